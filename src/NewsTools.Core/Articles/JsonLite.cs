using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsTools.Articles
{
    /// <summary>
    /// A small, forgiving JSON reader for JSON-LD blocks in web pages (netstandard2.0 has no JSON parser built in).
    /// Objects become dictionaries, arrays lists; malformed input yields null rather than an exception.
    /// </summary>
    internal sealed class JsonLite
    {
        private const int MaxDepth = 64;
        private readonly string s;
        private int i;

        private JsonLite(string s)
        {
            this.s = s;
        }

        public static object? Parse(string json)
        {
            var parser = new JsonLite(json);
            try
            {
                return parser.Value(0);
            }
            catch (System.FormatException)
            {
                return null;
            }
        }

        private object? Value(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new System.FormatException("too deep");
            }

            Skip();
            if (i >= s.Length)
            {
                throw new System.FormatException("end");
            }

            switch (s[i])
            {
                case '{':
                    i++;
                    var obj = new Dictionary<string, object?>();
                    Skip();
                    if (i < s.Length && s[i] == '}')
                    {
                        i++;
                        return obj;
                    }

                    while (true)
                    {
                        Skip();
                        var key = String();
                        Skip();
                        Expect(':');
                        obj[key] = Value(depth + 1);
                        Skip();
                        if (i < s.Length && s[i] == ',')
                        {
                            i++;
                            continue;
                        }

                        Expect('}');
                        return obj;
                    }

                case '[':
                    i++;
                    var list = new List<object?>();
                    Skip();
                    if (i < s.Length && s[i] == ']')
                    {
                        i++;
                        return list;
                    }

                    while (true)
                    {
                        list.Add(Value(depth + 1));
                        Skip();
                        if (i < s.Length && s[i] == ',')
                        {
                            i++;
                            continue;
                        }

                        Expect(']');
                        return list;
                    }

                case '"':
                    return String();
                default:
                    var start = i;
                    while (i < s.Length && s[i] != ',' && s[i] != '}' && s[i] != ']' && !char.IsWhiteSpace(s[i]))
                    {
                        i++;
                    }

                    var word = s.Substring(start, i - start);
                    if (word == "true")
                    {
                        return true;
                    }

                    if (word == "false")
                    {
                        return false;
                    }

                    if (word == "null")
                    {
                        return null;
                    }

                    if (double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                    {
                        return number;
                    }

                    throw new System.FormatException("bad literal");
            }
        }

        private string String()
        {
            Expect('"');
            var sb = new StringBuilder();
            while (i < s.Length && s[i] != '"')
            {
                if (s[i] == '\\' && i + 1 < s.Length)
                {
                    i++;
                    switch (s[i])
                    {
                        case 'n': sb.Append('\n'); break;
                        case 't': sb.Append('\t'); break;
                        case 'r': sb.Append('\r'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'u' when i + 4 < s.Length && int.TryParse(s.Substring(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                            sb.Append((char)code);
                            i += 4;
                            break;
                        default: sb.Append(s[i]); break;
                    }

                    i++;
                }
                else
                {
                    sb.Append(s[i++]);
                }
            }

            Expect('"');
            return sb.ToString();
        }

        private void Skip()
        {
            while (i < s.Length && char.IsWhiteSpace(s[i]))
            {
                i++;
            }
        }

        private void Expect(char c)
        {
            if (i >= s.Length || s[i] != c)
            {
                throw new System.FormatException("expected " + c);
            }

            i++;
        }
    }
}
