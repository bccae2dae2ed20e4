using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsTools.Config
{
    /// <summary>One node boundary or scalar of a YAML document, in document order.</summary>
    internal enum YamlEventKind
    {
        MappingStart,
        MappingEnd,
        SequenceStart,
        SequenceEnd,
        Scalar,
    }

    /// <summary>
    /// A YAML event as <see cref="ConfigReader"/> reads it: a scalar's text, or null for a plain ~, null or nothing. A class,
    /// not a struct: lists of it then run the framework's shared precompiled code instead of being compiled at start-up.
    /// </summary>
    internal sealed class YamlEvent
    {
        public static readonly YamlEvent MappingStartEvent = new YamlEvent(YamlEventKind.MappingStart);
        public static readonly YamlEvent MappingEndEvent = new YamlEvent(YamlEventKind.MappingEnd);
        public static readonly YamlEvent SequenceStartEvent = new YamlEvent(YamlEventKind.SequenceStart);
        public static readonly YamlEvent SequenceEndEvent = new YamlEvent(YamlEventKind.SequenceEnd);

        private YamlEvent(YamlEventKind kind, string? value = null)
        {
            Kind = kind;
            Value = value;
        }

        public static YamlEvent Scalar(string? value) => new YamlEvent(YamlEventKind.Scalar, value);

        public YamlEventKind Kind { get; }

        public string? Value { get; }
    }

    /// <summary>
    /// Reads the plain subset of YAML the built-in *.defaults.yaml are written in (block mappings and sequences, flow
    /// [lists] and {maps}, plain, 'single' and "double" quoted one-line scalars, comments) straight into events, without
    /// loading the YAML library: every process reads the defaults before its first article, and the library's own
    /// start-up was most of what that cost. Anything outside the subset (anchors, tags, block or multi-line scalars,
    /// several documents, tabs in indentation) is refused with <see cref="NotSupportedException"/>, and the caller then
    /// reads that file with the YAML library instead; tests hold every embedded file to the library's events.
    /// </summary>
    internal sealed class PlainYamlReader
    {
        private readonly string text;
        private readonly List<YamlEvent> events = new List<YamlEvent>();
        private int pos;

        private PlainYamlReader(string text)
        {
            this.text = text;
        }

        /// <summary>The document's events (none for an empty document), or NotSupportedException naming the line.</summary>
        public static List<YamlEvent> Read(string yaml)
        {
            var reader = new PlainYamlReader(yaml);
            reader.ReadDocument();
            return reader.events;
        }

        private void ReadDocument()
        {
            if (!SkipToContentLine())
            {
                return;
            }

            if (At("---") || At("...") || Peek() == '%' || Peek() == '\uFEFF')
            {
                throw Unsupported("document markers, directives and byte-order marks");
            }

            ReadBlockNode(Column());
            if (SkipToContentLine())
            {
                throw Unsupported("content after the document's root");
            }
        }

        /// <summary>A node that starts at the current position (the first content of a line, at <paramref name="indent"/>).</summary>
        private void ReadBlockNode(int indent)
        {
            if (AtDash())
            {
                ReadBlockSequence(indent);
            }
            else if (IsMappingEntry())
            {
                ReadBlockMapping(indent);
            }
            else
            {
                ReadInlineLine();
            }
        }

        /// <summary>A value that begins on the current line and ends it: "key: value", "- value".</summary>
        private void ReadInlineLine()
        {
            ReadInlineValue();
            ExpectLineEnd();
        }

        private void ReadBlockSequence(int indent)
        {
            events.Add(YamlEvent.SequenceStartEvent);
            while (true)
            {
                pos++;
                SkipSpaces();
                if (AtLineEnd())
                {
                    ReadIndentedValue(indent, sameIndentSequence: false);
                }
                else
                {
                    // "- key: value" or "- - x": the entry's node starts on the dash's line, at the column after it.
                    ReadBlockNode(Column());
                }

                if (!NextEntry(indent) || !AtDash())
                {
                    break;
                }
            }

            events.Add(YamlEvent.SequenceEndEvent);
        }

        private void ReadBlockMapping(int indent)
        {
            events.Add(YamlEvent.MappingStartEvent);
            while (true)
            {
                if (AtDash() || !IsMappingEntry())
                {
                    throw Unsupported("a line that is neither a key nor a list entry");
                }

                events.Add(YamlEvent.Scalar(ReadScalar(inFlow: false, isKey: true)));
                SkipSpaces();
                pos++; // the ':' IsMappingEntry found
                SkipSpaces();
                if (AtLineEnd())
                {
                    ReadIndentedValue(indent, sameIndentSequence: true);
                }
                else
                {
                    ReadInlineLine();
                }

                if (!NextEntry(indent))
                {
                    break;
                }
            }

            events.Add(YamlEvent.MappingEndEvent);
        }

        /// <summary>
        /// The value of a key or dash that ends its line: a node on the following, deeper lines (or, for a key, a list at the
        /// key's own indent, as YAML allows), else null.
        /// </summary>
        private void ReadIndentedValue(int indent, bool sameIndentSequence)
        {
            if (SkipToContentLine())
            {
                var column = Column();
                if (column > indent || (sameIndentSequence && column == indent && AtDash()))
                {
                    ReadBlockNode(column);
                    return;
                }
            }

            events.Add(YamlEvent.Scalar(null));
        }

        /// <summary>Moves to the next content line; true when it continues the collection at <paramref name="indent"/>.</summary>
        private bool NextEntry(int indent)
        {
            if (!SkipToContentLine())
            {
                return false;
            }

            var column = Column();
            if (column > indent)
            {
                // A continued plain scalar or a misplaced line: the library folds or rejects it; leave that to it.
                throw Unsupported("a line indented deeper than its collection");
            }

            return column == indent;
        }

        /// <summary>A value that begins on the current line: a flow collection or a scalar.</summary>
        private void ReadInlineValue()
        {
            switch (Peek())
            {
                case '[':
                    ReadFlowSequence();
                    break;
                case '{':
                    ReadFlowMapping();
                    break;
                default:
                    events.Add(YamlEvent.Scalar(ReadScalar(inFlow: false, isKey: false)));
                    break;
            }
        }

        private void ReadFlowSequence()
        {
            events.Add(YamlEvent.SequenceStartEvent);
            pos++;
            while (true)
            {
                SkipFlowSpace();
                if (Peek() == ']')
                {
                    pos++;
                    break;
                }

                ReadFlowNode();
                if (FlowSeparator(']'))
                {
                    break;
                }
            }

            events.Add(YamlEvent.SequenceEndEvent);
        }

        private void ReadFlowMapping()
        {
            events.Add(YamlEvent.MappingStartEvent);
            pos++;
            while (true)
            {
                SkipFlowSpace();
                if (Peek() == '}')
                {
                    pos++;
                    break;
                }

                if (Peek() == '[' || Peek() == '{')
                {
                    throw Unsupported("a collection as a key");
                }

                events.Add(YamlEvent.Scalar(ReadScalar(inFlow: true, isKey: true)));
                SkipFlowSpace();
                if (Peek() != ':')
                {
                    throw Unsupported("a key without a value in a {map}");
                }

                pos++;
                SkipFlowSpace();
                ReadFlowNode();
                if (FlowSeparator('}'))
                {
                    break;
                }
            }

            events.Add(YamlEvent.MappingEndEvent);
        }

        private void ReadFlowNode()
        {
            switch (Peek())
            {
                case '[':
                    ReadFlowSequence();
                    break;
                case '{':
                    ReadFlowMapping();
                    break;
                default:
                    events.Add(YamlEvent.Scalar(ReadScalar(inFlow: true, isKey: false)));
                    SkipFlowSpace();
                    if (Peek() == ':')
                    {
                        throw Unsupported("a key: value pair inside a [list]");
                    }

                    break;
            }
        }

        /// <summary>After an entry of a flow collection: a comma (true when the closing bracket follows it) or the closing bracket.</summary>
        private bool FlowSeparator(char close)
        {
            SkipFlowSpace();
            if (Peek() == close)
            {
                pos++;
                return true;
            }

            if (Peek() != ',')
            {
                throw Unsupported("a list entry not followed by a comma or '" + close + "'");
            }

            pos++;
            SkipFlowSpace();
            if (Peek() == close)
            {
                pos++;
                return true;
            }

            return false;
        }

        /// <summary>A one-line scalar: quoted, or plain up to a comment, the line's end, ': ' (keys) or a flow indicator (in [ ] and { }).</summary>
        private string? ReadScalar(bool inFlow, bool isKey)
        {
            var c = Peek();
            if (c == '"' || c == '\'')
            {
                return ReadQuoted();
            }

            if (c == '\0' || c == '\n' || c == '\r' || "[]{},#&*!|>%@`".IndexOf(c) >= 0 || ((c == '-' || c == '?' || c == ':') && IsPlainEnd(PeekAt(1), inFlow)))
            {
                throw Unsupported("a value starting with '" + c + "'");
            }

            var value = ReadPlainLine(inFlow, isKey);
            while (inFlow && (Peek() == '\n' || Peek() == '\r'))
            {
                // In [ ] and { } a plain scalar may go on over the next lines: the line break folds into a space (blank lines
                // into line breaks), unless what follows ends the entry or is a comment.
                var end = pos;
                var breaks = 0;
                while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\r' || text[pos] == '\n'))
                {
                    breaks += text[pos] == '\n' ? 1 : 0;
                    pos++;
                }

                var next = Peek();
                if (next == '\0' || next == ',' || next == ']' || next == '}' || next == '#' || (next == ':' && IsPlainEnd(PeekAt(1), inFlow)))
                {
                    pos = end;
                    break;
                }

                value += breaks == 1 ? " " : new string('\n', breaks - 1);
                value += ReadPlainLine(inFlow, isKey);
            }

            return value.Length == 0 || value == "~" || value == "null" || value == "Null" || value == "NULL" ? null : value;
        }

        /// <summary>A plain scalar's text up to the end of its line (or a comment, ': ', or in [ ] a flow indicator), trailing blanks left out.</summary>
        private string ReadPlainLine(bool inFlow, bool isKey)
        {
            var start = pos;
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == '\n' || c == '\r')
                {
                    break;
                }

                if (c == '#' && pos > start && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
                {
                    break;
                }

                if (c == ':' && IsPlainEnd(PeekAt(1), inFlow))
                {
                    if (!isKey && !inFlow)
                    {
                        throw Unsupported("': ' inside a value");
                    }

                    break;
                }

                if (inFlow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}'))
                {
                    break;
                }

                pos++;
            }

            return text.Substring(start, pos - start).TrimEnd(' ', '\t');
        }

        private static bool IsPlainEnd(char next, bool inFlow) =>
            next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\0' || (inFlow && (next == ',' || next == '[' || next == ']' || next == '{' || next == '}'));

        /// <summary>
        /// A quoted scalar on one line, opened by the mark at the reader: in single quotes '' stands for one quote; in double
        /// quotes a backslash starts an escape.
        /// </summary>
        private string ReadQuoted()
        {
            var mark = Peek();
            var value = new StringBuilder();
            pos++;
            while (true)
            {
                var c = Peek();
                if (c == '\0' || c == '\n' || c == '\r')
                {
                    throw Unsupported("a quoted value over several lines");
                }

                pos++;
                if (c == mark)
                {
                    if (mark == '"' || Peek() != '\'')
                    {
                        return value.ToString();
                    }

                    pos++;
                }
                else if (c == '\\' && mark == '"')
                {
                    AppendEscape(value);
                    continue;
                }

                value.Append(c);
            }
        }

        /// <summary>The character a double-quoted escape stands for (the reader is past the backslash).</summary>
        private void AppendEscape(StringBuilder value)
        {
            var e = Peek();
            pos++;
            switch (e)
            {
                case '0': value.Append('\0'); break;
                case 'a': value.Append('\a'); break;
                case 'b': value.Append('\b'); break;
                case 't': case '\t': value.Append('\t'); break;
                case 'n': value.Append('\n'); break;
                case 'v': value.Append('\v'); break;
                case 'f': value.Append('\f'); break;
                case 'r': value.Append('\r'); break;
                case 'e': value.Append('\x1B'); break;
                case ' ': value.Append(' '); break;
                case '"': value.Append('"'); break;
                case '/': value.Append('/'); break;
                case '\\': value.Append('\\'); break;
                case 'N': value.Append('\u0085'); break;
                case '_': value.Append('\u00A0'); break;
                case 'L': value.Append('\u2028'); break;
                case 'P': value.Append('\u2029'); break;
                case 'x': value.Append(char.ConvertFromUtf32(Hex(2))); break;
                case 'u': value.Append(char.ConvertFromUtf32(Hex(4))); break;
                case 'U': value.Append(char.ConvertFromUtf32(Hex(8))); break;
                default: throw Unsupported("the escape \\" + e);
            }
        }

        private int Hex(int digits)
        {
            if (pos + digits > text.Length || !int.TryParse(text.Substring(pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                throw Unsupported("a malformed escape");
            }

            pos += digits;
            return code;
        }

        /// <summary>Whether the line from here is "key: ..." (a plain or quoted key, then a colon and a space or the line's end).</summary>
        private bool IsMappingEntry()
        {
            var start = pos;
            try
            {
                var c = Peek();
                if (c == '[' || c == '{')
                {
                    return false;
                }

                if (c == '"' || c == '\'')
                {
                    _ = ReadQuoted();
                    SkipSpaces();
                    return Peek() == ':' && IsPlainEnd(PeekAt(1), inFlow: false);
                }

                for (var i = pos; i < text.Length && text[i] != '\n' && text[i] != '\r'; i++)
                {
                    if (text[i] == '#' && i > pos && (text[i - 1] == ' ' || text[i - 1] == '\t'))
                    {
                        return false;
                    }

                    if (text[i] == ':' && IsPlainEnd(i + 1 < text.Length ? text[i + 1] : '\0', inFlow: false))
                    {
                        return true;
                    }
                }

                return false;
            }
            finally
            {
                pos = start;
            }
        }

        /// <summary>A block list entry: '-' then a space or the line's end.</summary>
        private bool AtDash() => Peek() == '-' && IsPlainEnd(PeekAt(1), inFlow: false);

        private void ExpectLineEnd()
        {
            SkipSpaces();
            if (!AtLineEnd())
            {
                throw Unsupported("more on the line after its value");
            }
        }

        /// <summary>At the line's end or its comment.</summary>
        private bool AtLineEnd()
        {
            var c = Peek();
            return c == '\0' || c == '\n' || c == '\r' || c == '#';
        }

        /// <summary>
        /// Skips the rest of the line (blanks or a comment), blank and comment-only lines, and the indentation of the next
        /// content line; false at the end of the text.
        /// </summary>
        private bool SkipToContentLine()
        {
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == ' ' || c == '\r' || c == '\n')
                {
                    pos++;
                }
                else if (c == '#')
                {
                    while (pos < text.Length && text[pos] != '\n')
                    {
                        pos++;
                    }
                }
                else if (c == '\t')
                {
                    throw Unsupported("a tab in the indentation");
                }
                else
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Blanks, line breaks and comments between the entries of a flow collection.</summary>
        private void SkipFlowSpace()
        {
            while (pos < text.Length)
            {
                var c = text[pos];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    pos++;
                }
                else if (c == '#' && (pos == 0 || text[pos - 1] == ' ' || text[pos - 1] == '\t' || text[pos - 1] == '\n'))
                {
                    while (pos < text.Length && text[pos] != '\n')
                    {
                        pos++;
                    }
                }
                else
                {
                    return;
                }
            }
        }

        private void SkipSpaces()
        {
            while (pos < text.Length && (text[pos] == ' ' || text[pos] == '\t'))
            {
                pos++;
            }
        }

        private bool At(string s) => string.CompareOrdinal(text, pos, s, 0, s.Length) == 0;

        private char Peek() => pos < text.Length ? text[pos] : '\0';

        private char PeekAt(int offset) => pos + offset < text.Length ? text[pos + offset] : '\0';

        private int LineStart(int at) => at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;

        private int Column() => pos - LineStart(pos);

        private int Line()
        {
            var line = 1;
            for (var i = 0; i < pos && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }

            return line;
        }

        private NotSupportedException Unsupported(string what) => new NotSupportedException($"line {Line()}: {what} is outside the plain YAML this reader reads.");
    }
}
