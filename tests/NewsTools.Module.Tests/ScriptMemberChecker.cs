using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace NewsTools.Module.Tests
{
    /// <summary>
    /// Follows the member chains a format script block reads (`$_.Outlets.Name`, `$_.Date.ToString(...)`, the `$_` inside
    /// `$_.Sources | ForEach-Object { ... }`, a variable set from `@($_.Texts)[0]`) through the .NET types, the way PowerShell
    /// resolves them at run time: case-insensitive names, Nullable unwrapped, member enumeration over collections, and the
    /// Count/Length every object has. A name that resolves nowhere shows as an empty cell, never as an error, so only a
    /// check like this one notices it.
    /// </summary>
    internal static class ScriptMemberChecker
    {
        private const string Identifier = @"[A-Za-z_][A-Za-z0-9_]*";

        private static readonly Regex Chain = new Regex(@"\$(?<var>_|" + Identifier + @")(?<members>(\." + Identifier + @"(\s*\()?)+)", RegexOptions.CultureInvariant);

        private static readonly Regex ElementVariable = new Regex(@"\$(?<var>" + Identifier + @")\s*=\s*@\(\s*\$_\.(?<members>" + Identifier + @"(\." + Identifier + @")*)\s*\)\s*\[\s*\d+\s*\]", RegexOptions.CultureInvariant);

        private const BindingFlags Instance = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;

        /// <summary>Problems found in <paramref name="script"/> run against an object of <paramref name="type"/>.</summary>
        public static IReadOnlyList<string> Check(string script, Type type)
        {
            var problems = new List<string>();
            CheckScope(script, type, problems);
            return problems;
        }

        private static void CheckScope(string script, Type type, List<string> problems)
        {
            var variables = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase) { ["_"] = type };

            // Blocks of ForEach-Object/Where-Object get their own $_: the elements of what is piped into them.
            var outer = new System.Text.StringBuilder();
            var i = 0;
            while (i < script.Length)
            {
                var keyword = new[] { "ForEach-Object", "Where-Object" }.FirstOrDefault(k => string.CompareOrdinal(script, i, k, 0, k.Length) == 0);
                if (keyword == null)
                {
                    outer.Append(script[i++]);
                    continue;
                }

                var open = i + keyword.Length;
                while (open < script.Length && char.IsWhiteSpace(script[open]))
                {
                    open++;
                }

                if (open >= script.Length || script[open] != '{')
                {
                    // `ForEach-Object Name`: no block of its own.
                    outer.Append(keyword);
                    i += keyword.Length;
                    continue;
                }

                var close = MatchingBrace(script, open);
                if (open < 0 || close < 0)
                {
                    problems.Add($"unbalanced block after {keyword}");
                    return;
                }

                var input = PipelineInput(outer.ToString());
                if (input != null)
                {
                    var inputType = Resolve(input, variables, problems);
                    if (inputType != null)
                    {
                        CheckScope(script.Substring(open + 1, close - open - 1), ElementType(inputType), problems);
                    }
                }

                i = close + 1;
            }

            var text = outer.ToString();
            foreach (Match match in ElementVariable.Matches(text))
            {
                var collection = Resolve("$_." + match.Groups["members"].Value, variables, problems);
                if (collection != null)
                {
                    variables[match.Groups["var"].Value] = ElementType(collection);
                }
            }

            foreach (Match match in Chain.Matches(text))
            {
                if (variables.ContainsKey(match.Groups["var"].Value))
                {
                    Resolve(match.Value, variables, problems);
                }
            }
        }

        /// <summary>The `$x.A.B` (or `$x.A.B()`) expression piped into the block that follows <paramref name="before"/>'s last `|`, if any.</summary>
        private static string? PipelineInput(string before)
        {
            var pipe = before.LastIndexOf('|');
            if (pipe < 0)
            {
                return null;
            }

            // Back to where the pipeline's first command starts: an unclosed '(' or a ';', '{' or '|' outside parentheses.
            var start = pipe - 1;
            var depth = 0;
            for (; start >= 0; start--)
            {
                var c = before[start];
                if (c == ')')
                {
                    depth++;
                }
                else if (c == '(' && depth-- == 0)
                {
                    break;
                }
                else if (depth == 0 && (c == ';' || c == '{' || c == '|'))
                {
                    break;
                }
            }

            var segment = before.Substring(start + 1, pipe - start - 1).Trim();
            var match = Chain.Match(segment);
            if (!match.Success || match.Index != 0)
            {
                return null;
            }

            var whole = match.Length == segment.Length || (match.Value.EndsWith("(", StringComparison.Ordinal) && segment.Substring(match.Length).Trim() == ")");
            return whole ? match.Value : null;
        }

        /// <summary>The type `$var.A.B()` evaluates to, or null (with a problem noted) when a member does not exist.</summary>
        private static Type? Resolve(string expression, Dictionary<string, Type> variables, List<string> problems)
        {
            var match = Chain.Match(expression);
            if (!match.Success || !variables.TryGetValue(match.Groups["var"].Value, out var current))
            {
                return null;
            }

            var members = match.Groups["members"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries);
            foreach (var raw in members)
            {
                var isCall = raw.TrimEnd().EndsWith("(", StringComparison.Ordinal);
                var name = raw.TrimEnd('(', ' ', '\t');
                var next = isCall ? MethodReturn(current, name) : PropertyType(current, name);
                if (next == null)
                {
                    problems.Add($"{expression}: {Describe(current)} has no {(isCall ? "method" : "property")} {name}");
                    return null;
                }

                current = next;
                if (isCall)
                {
                    // Arguments and anything after a call are not followed.
                    break;
                }
            }

            return current;
        }

        private static Type? PropertyType(Type type, string name)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            var property = FindProperty(type, name);
            if (property != null)
            {
                return property.PropertyType;
            }

            // Member enumeration: a collection gives its elements' property.
            var element = ElementType(type);
            if (element != typeof(object) && element != type)
            {
                property = FindProperty(element, name);
                if (property != null)
                {
                    return typeof(IEnumerable<>).MakeGenericType(property.PropertyType);
                }
            }

            // PowerShell gives every object Count and Length.
            return name.Equals("Count", StringComparison.OrdinalIgnoreCase) || name.Equals("Length", StringComparison.OrdinalIgnoreCase) ? typeof(int) : null;
        }

        private static PropertyInfo? FindProperty(Type type, string name) =>
            type.GetProperty(name, Instance)
            ?? (type.IsInterface ? type.GetInterfaces().Select(t => t.GetProperty(name, Instance)).FirstOrDefault(p => p != null) : null);

        private static Type? MethodReturn(Type type, string name)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            var candidates = type.GetMethods(Instance)
                .Concat(type.IsInterface ? type.GetInterfaces().SelectMany(t => t.GetMethods(Instance)) : Enumerable.Empty<MethodInfo>())
                .Concat(typeof(object).GetMethods(Instance))
                .Where(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            // GetEnumerator on a generic collection: prefer the typed enumerator, whose elements ForEach-Object sees.
            return candidates.Select(m => m.ReturnType).OrderByDescending(t => t.IsGenericType).First();
        }

        /// <summary>What enumerating a value of <paramref name="type"/> yields (the type itself when it is not a collection).</summary>
        internal static Type ElementType(Type type)
        {
            if (type == typeof(string))
            {
                return type;
            }

            var generic = new[] { type }.Concat(type.GetInterfaces())
                .FirstOrDefault(t => t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(IEnumerable<>) || t.GetGenericTypeDefinition() == typeof(IEnumerator<>)));
            if (generic != null)
            {
                return generic.GetGenericArguments()[0];
            }

            return typeof(IEnumerable).IsAssignableFrom(type) || typeof(IEnumerator).IsAssignableFrom(type) ? typeof(object) : type;
        }

        private static int MatchingBrace(string text, int open)
        {
            if (open < 0)
            {
                return -1;
            }

            var depth = 0;
            for (var i = open; i < text.Length; i++)
            {
                if (text[i] == '{')
                {
                    depth++;
                }
                else if (text[i] == '}' && --depth == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static string Describe(Type type) => type.IsGenericType
            ? type.Name.Split('`')[0] + "<" + string.Join(", ", type.GetGenericArguments().Select(Describe)) + ">"
            : type.Name;
    }
}
