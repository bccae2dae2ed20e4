using System;
using System.Text.RegularExpressions;
using NewsTools.Engine;

namespace NewsTools.Articles
{
    /// <summary>
    /// One line-level boilerplate rule from the config: a literal line ("Subscribe"), a prefix ending in "..."
    /// ("READ MORE:..."), or a regular expression between slashes. Matching is on the whole trimmed line, ignoring case.
    /// </summary>
    public sealed class BoilerplateRule
    {
        // User patterns run on single short lines, and the timeout bounds any pattern that would backtrack badly.
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

        private readonly string? literal;
        private readonly string? prefix;
        private readonly Regex? regex;

        private BoilerplateRule(string pattern, string? outlet, string? literal, string? prefix, Regex? regex)
        {
            Pattern = pattern;
            Outlet = outlet;
            this.literal = literal;
            this.prefix = prefix;
            this.regex = regex;
        }

        public string Pattern { get; }

        /// <summary>The whole line this rule matches, when it is a literal rule (so callers can index literals in a hash set).</summary>
        public string? Literal => literal;

        /// <summary>The outlet whose profile holds the rule, or null for rules that apply to every outlet.</summary>
        public string? Outlet { get; }

        public static BoilerplateRule Parse(string pattern, string? outlet)
        {
            var p = pattern.Trim();
            if (p.Length > 2 && p[0] == '/' && p[p.Length - 1] == '/')
            {
                try
                {
                    var regex = new Regex(p.Substring(1, p.Length - 2), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout);
                    return new BoilerplateRule(pattern, outlet, null, null, regex);
                }
                catch (ArgumentException ex)
                {
                    throw new NewsToolsException("BoilerplatePatternInvalid", InputErrorKind.InvalidData, pattern, $"The boilerplate pattern '{pattern}' is not a valid regular expression: {ex.Message}", ex);
                }
            }

            if (p.EndsWith("...", StringComparison.Ordinal))
            {
                return new BoilerplateRule(pattern, outlet, null, p.Substring(0, p.Length - 3).TrimEnd(), null);
            }

            return new BoilerplateRule(pattern, outlet, p, null, null);
        }

        /// <summary>Boilerplate lines are short (a promo, a widget label); longer lines are story and are not tested.</summary>
        public const int MaxLineLength = 400;

        public bool IsMatch(string line)
        {
            if (line.Length > MaxLineLength)
            {
                return false;
            }

            if (literal != null)
            {
                return string.Equals(line, literal, StringComparison.OrdinalIgnoreCase);
            }

            if (prefix != null)
            {
                return line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
            }

            try
            {
                return regex!.IsMatch(line);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        }

        public override string ToString() => Pattern;
    }
}
