using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NewsTools.Module.Tests
{
    /// <summary>
    /// Reads the PowerShell data-file subset a module manifest uses: hashtables, @() arrays, quoted strings, numbers,
    /// $true/$false and comments. Anything else is an error, so the manifest stays plain data.
    /// </summary>
    internal sealed class Psd1Reader
    {
        private readonly string text;
        private int pos;

        private Psd1Reader(string text)
        {
            this.text = text;
        }

        public static Dictionary<string, object?> ReadFile(string path) => Read(File.ReadAllText(path));

        public static Dictionary<string, object?> Read(string text)
        {
            var reader = new Psd1Reader(text);
            reader.Skip();
            var value = reader.Value() as Dictionary<string, object?> ?? throw new InvalidDataException("A manifest is one hashtable.");
            reader.Skip();
            if (reader.pos != text.Length)
            {
                throw reader.Error("text after the hashtable");
            }

            return value;
        }

        private object? Value()
        {
            Skip();
            if (Take("@{"))
            {
                var table = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                while (true)
                {
                    SkipSeparators();
                    if (Take("}"))
                    {
                        return table;
                    }

                    var key = Key();
                    Skip();
                    Expect("=");
                    table[key] = Value();
                }
            }

            if (Take("@("))
            {
                var list = new List<object?>();
                while (true)
                {
                    SkipSeparators();
                    if (Take(")"))
                    {
                        return list;
                    }

                    list.Add(Value());
                    Skip();
                    Take(",");
                }
            }

            if (Peek('\'') || Peek('"'))
            {
                return QuotedString();
            }

            if (Take("$true"))
            {
                return true;
            }

            if (Take("$false"))
            {
                return false;
            }

            var start = pos;
            while (pos < text.Length && (char.IsDigit(text[pos]) || text[pos] == '.'))
            {
                pos++;
            }

            if (pos > start)
            {
                return text.Substring(start, pos - start);
            }

            throw Error("a value");
        }

        private string Key()
        {
            if (Peek('\'') || Peek('"'))
            {
                return QuotedString();
            }

            var start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '_'))
            {
                pos++;
            }

            return pos > start ? text.Substring(start, pos - start) : throw Error("a key");
        }

        private string QuotedString()
        {
            var quote = text[pos++];
            var sb = new StringBuilder();
            while (pos < text.Length)
            {
                var c = text[pos++];
                if (c == quote)
                {
                    if (pos < text.Length && text[pos] == quote)
                    {
                        sb.Append(quote);
                        pos++;
                        continue;
                    }

                    return sb.ToString();
                }

                if (quote == '"' && (c == '$' || c == '`'))
                {
                    throw Error("a literal string (no expansion in a manifest)");
                }

                sb.Append(c);
            }

            throw Error("a closing quote");
        }

        private void SkipSeparators()
        {
            while (true)
            {
                Skip();
                if (!Take(";") && !Take(","))
                {
                    return;
                }
            }
        }

        private void Skip()
        {
            while (pos < text.Length)
            {
                if (char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }
                else if (text[pos] == '#')
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

        private bool Peek(char c) => pos < text.Length && text[pos] == c;

        private bool Take(string token)
        {
            if (string.CompareOrdinal(text, pos, token, 0, token.Length) == 0)
            {
                pos += token.Length;
                return true;
            }

            return false;
        }

        private void Expect(string token)
        {
            if (!Take(token))
            {
                throw Error("'" + token + "'");
            }
        }

        private InvalidDataException Error(string expected)
        {
            var line = 1;
            for (var i = 0; i < pos && i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                }
            }

            return new InvalidDataException($"Manifest line {line}: expected {expected}.");
        }
    }
}
