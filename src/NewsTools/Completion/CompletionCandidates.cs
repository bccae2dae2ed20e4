using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsTools.PowerShell.Completion
{
    /// <summary>
    /// The completion logic without PowerShell types, so it can be tested anywhere: which names match what the user typed,
    /// and how each must be written on the command line.
    /// </summary>
    internal static class CompletionCandidates
    {
        /// <summary>
        /// Distinct names with a word starting with <paramref name="word"/> (quotes stripped, case-insensitive): people are
        /// looked up by surname ('Var' offers Elena Varga) and outlets by their distinctive word ('Str', The Straits Times).
        /// Names that start with the word come first, then the others, each sorted.
        /// </summary>
        public static IReadOnlyList<string> Match(IEnumerable<string?> names, string? word)
        {
            var prefix = Unquote(word ?? "");
            return names
                .Where(n => !string.IsNullOrWhiteSpace(n) && AnyWordStartsWith(n!, prefix))
                .Select(n => n!)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(n => n, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        private static bool AnyWordStartsWith(string name, string prefix)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            for (var i = 1; i < name.Length; i++)
            {
                if (!char.IsLetterOrDigit(name[i - 1]) && string.Compare(name, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0 && name.Length - i >= prefix.Length)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The text to insert: single-quoted when the name holds spaces or characters PowerShell would parse.</summary>
        public static string ToCompletionText(string name)
        {
            foreach (var c in name)
            {
                if (char.IsWhiteSpace(c) || "'\"`$&@(){}[];,|<>#".IndexOf(c) >= 0)
                {
                    return "'" + name.Replace("'", "''") + "'";
                }
            }

            return name;
        }

        private static string Unquote(string word)
        {
            var w = word.Trim();
            if (w.Length > 0 && (w[0] == '\'' || w[0] == '"'))
            {
                w = w.Substring(1);
            }

            if (w.Length > 0 && (w[w.Length - 1] == '\'' || w[w.Length - 1] == '"'))
            {
                w = w.Substring(0, w.Length - 1);
            }

            return w.TrimEnd('*');
        }
    }
}
