using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsTools.Cli
{
    public enum OutputFormat
    {
        Json,
        Csv,
        Table,
    }

    /// <summary>
    /// Writes engine objects as JSON Lines (the .NET property names, as ConvertTo-Json would), CSV (lists joined with "; ",
    /// formula-like cells neutralised), or a fixed-width table of chosen columns (control characters shown, not obeyed).
    /// </summary>
    public sealed class OutputWriter
    {
        public static readonly JsonSerializerOptions JsonOptions = CreateJsonOptions();

        private readonly TextWriter writer;
        private readonly OutputFormat format;
        private readonly IReadOnlyList<string> tableColumns;
        private readonly System.Threading.CancellationToken cancellation;
        private bool headerWritten;
        private PropertyInfo[]? csvProperties;
        private readonly List<string[]> tableRows = new List<string[]>();

        public OutputWriter(TextWriter writer, OutputFormat format, IReadOnlyList<string> tableColumns, System.Threading.CancellationToken cancellation = default)
        {
            this.writer = writer;
            this.format = format;
            this.tableColumns = tableColumns;
            this.cancellation = cancellation;
        }

        public static OutputFormat ParseFormat(string? value) => (value ?? "json").ToLowerInvariant() switch
        {
            "json" or "jsonl" => OutputFormat.Json,
            "csv" => OutputFormat.Csv,
            "table" => OutputFormat.Table,
            _ => throw new UsageException($"Unknown --format '{value}': use json, csv or table."),
        };

        public void Write(object item)
        {
            // Checked before each item, so Ctrl+C during a long write stops between whole lines, never inside one.
            cancellation.ThrowIfCancellationRequested();
            switch (format)
            {
                case OutputFormat.Json:
                    writer.WriteLine(JsonSerializer.Serialize(item, item.GetType(), JsonOptions));
                    break;
                case OutputFormat.Csv:
                    WriteCsv(item);
                    break;
                default:
                    tableRows.Add(tableColumns.Select(c => Cell(item, c)).ToArray());
                    break;
            }
        }

        /// <summary>Tables need every row to size their columns, so they are written at the end.</summary>
        public void Flush()
        {
            if (format == OutputFormat.Table && tableColumns.Count > 0)
            {
                var widths = tableColumns.Select((c, i) => Math.Min(MaxCellWidth(i), Math.Max(c.Length, tableRows.Count == 0 ? 0 : tableRows.Max(r => r[i].Length)))).ToArray();
                writer.WriteLine(string.Join("  ", tableColumns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
                writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
                foreach (var row in tableRows)
                {
                    writer.WriteLine(string.Join("  ", row.Select((cell, i) => Fit(cell, widths[i]).PadRight(widths[i]))).TrimEnd());
                }

                tableRows.Clear();
            }

            writer.Flush();
        }

        private int MaxCellWidth(int column) => column == tableColumns.Count - 1 ? 80 : 40;

        private static string Fit(string text, int width) => text.Length <= width ? text : text.Substring(0, Math.Max(0, width - 1)) + "…";

        private static string Cell(object item, string property)
        {
            var prop = item.GetType().GetProperty(property);
            var text = prop == null ? "" : Format(prop.GetValue(item));
            return ConsoleText.Escape(text.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' '));
        }

        private void WriteCsv(object item)
        {
            csvProperties ??= item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
            if (!headerWritten)
            {
                writer.WriteLine(string.Join(",", csvProperties.Select(p => CsvEscape(p.Name))));
                headerWritten = true;
            }

            writer.WriteLine(string.Join(",", csvProperties.Select(p => CsvEscape(Format(p.GetValue(item))))));
        }

        private static string CsvEscape(string value)
        {
            value = NeutraliseFormula(value);
            return value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        }

        /// <summary>
        /// A cell that starts with = + - @ (or a tab or CR) is run as a formula by spreadsheets opening the CSV, so text taken
        /// from articles or file names could compute or fetch things there. Such cells get a leading apostrophe, as OWASP
        /// advises and spreadsheet-safe exporters do; a plain number ("-3", "+1.5") is left as it is.
        /// </summary>
        internal static string NeutraliseFormula(string value)
        {
            if (value.Length == 0)
            {
                return value;
            }

            var first = value[0];
            if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t' && first != '\r')
            {
                return value;
            }

            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? value : "'" + value;
        }

        /// <summary>Scalars as invariant text, dates as yyyy-MM-dd when they carry no time, collections joined with "; ".</summary>
        public static string Format(object? value) => value switch
        {
            null => "",
            string s => s,
            DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
            double x => x.ToString("0.###", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            IDictionary dict => string.Join("; ", dict.Keys.Cast<object>().Select(k => Format(k) + "=" + Format(dict[k]))),
            IEnumerable list => string.Join("; ", list.Cast<object?>().Select(Format)),
            _ => value.ToString() ?? "",
        };

        private static JsonSerializerOptions CreateJsonOptions()
        {
            var options = new JsonSerializerOptions
            {
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                WriteIndented = false,
                TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(OutputJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
            };
            options.Converters.Add(new JsonStringEnumConverter());
            options.Converters.Add(new DateConverter());
            return options;
        }

        /// <summary>Dates without a time of day are written as "2018-01-28", the way analysts read and sort them.</summary>
        private sealed class DateConverter : JsonConverter<DateTime>
        {
            public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                DateTime.Parse(reader.GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

            public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));
        }
    }
}
