using System.Collections.Generic;

namespace NewsTools.Module.Tests
{
    /// <summary>
    /// A small PowerShell lexer, enough to check that (), {}, [] nest and that strings, here-strings and comments close.
    /// Not a parser: it exists because no PowerShell is available to parse the scripts here.
    /// </summary>
    internal static class PowerShellScanner
    {
        public static string? FindImbalance(string text)
        {
            var stack = new Stack<(char c, int line)>();
            var line = 1;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c == '\n')
                {
                    line++;
                    i++;
                    continue;
                }

                if (c == '`')
                {
                    i += 2;
                    continue;
                }

                if (c == '<' && i + 1 < text.Length && text[i + 1] == '#')
                {
                    var end = text.IndexOf("#>", i + 2, System.StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return $"block comment at line {line} never closes";
                    }

                    line += Count(text, i, end);
                    i = end + 2;
                    continue;
                }

                if (c == '#')
                {
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }

                    continue;
                }

                if (c == '@' && i + 1 < text.Length && (text[i + 1] == '\'' || text[i + 1] == '"') && i + 2 < text.Length && (text[i + 2] == '\n' || text[i + 2] == '\r'))
                {
                    var close = "\n" + text[i + 1] + "@";
                    var end = text.IndexOf(close, i + 2, System.StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return $"here-string at line {line} never closes";
                    }

                    line += Count(text, i, end + 1);
                    i = end + close.Length;
                    continue;
                }

                if (c == '\'' || c == '"')
                {
                    var start = line;
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            return $"string at line {start} never closes";
                        }

                        if (text[i] == '\n')
                        {
                            line++;
                        }

                        if (c == '"' && text[i] == '`')
                        {
                            i += 2;
                            continue;
                        }

                        if (text[i] == c)
                        {
                            if (i + 1 < text.Length && text[i + 1] == c)
                            {
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        i++;
                    }

                    continue;
                }

                if (c == '(' || c == '{' || c == '[')
                {
                    stack.Push((c, line));
                }
                else if (c == ')' || c == '}' || c == ']')
                {
                    var open = c == ')' ? '(' : c == '}' ? '{' : '[';
                    if (stack.Count == 0 || stack.Peek().c != open)
                    {
                        return $"'{c}' at line {line} does not match " + (stack.Count == 0 ? "anything" : $"'{stack.Peek().c}' from line {stack.Peek().line}");
                    }

                    stack.Pop();
                }

                i++;
            }

            return stack.Count == 0 ? null : $"'{stack.Peek().c}' from line {stack.Peek().line} never closes";
        }

        private static int Count(string text, int from, int to)
        {
            var n = 0;
            for (var k = from; k < to && k < text.Length; k++)
            {
                if (text[k] == '\n')
                {
                    n++;
                }
            }

            return n;
        }
    }
}
