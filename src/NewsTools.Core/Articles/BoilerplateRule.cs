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

        // RegexOptions.NonBacktracking (.NET 7+) matches in time linear in the line whatever the pattern; the netstandard2.0
        // enum lacks the name, so it is asked for by value and the pattern falls back to backtracking where it is refused
        // (Windows PowerShell's .NET Framework, or a pattern with backreferences or lookarounds).
        private const RegexOptions NonBacktracking = (RegexOptions)1024;

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

        public static BoilerplateRule Parse(string pattern, string? outlet) => Parse(pattern, outlet, builtIn: false);

        /// <summary>
        /// As <see cref="Parse(string, string?)"/>; a <paramref name="builtIn"/> pattern is one of the shipped defaults, which are
        /// anchored at the line's start with at most one open-ended repeat (a test holds them to that), so backtracking on them
        /// is linear too: they run on the interpreter, built in well under a millisecond, where the linear engine costs about
        /// 100 ms of a fresh process's first article to build. A user's pattern, which nobody here has read, keeps the linear engine.
        /// </summary>
        internal static BoilerplateRule Parse(string pattern, string? outlet, bool builtIn)
        {
            var p = pattern.Trim();
            if (p.Length > 2 && p[0] == '/' && p[p.Length - 1] == '/')
            {
                try
                {
                    var body = p.Substring(1, p.Length - 2);
                    var regex = builtIn
                        ? new Regex(body, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout)
                        : CreateRegex(body);
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

        private static Regex CreateRegex(string pattern)
        {
            const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
            try
            {
                // Linear in the line (at most MaxLineLength characters): no timeout to fire spuriously on a busy machine.
                return new Regex(pattern, options | NonBacktracking, Regex.InfiniteMatchTimeout);
            }
            catch (Exception ex) when (ex is NotSupportedException || ex is ArgumentOutOfRangeException)
            {
                return new Regex(pattern, options | RegexOptions.Compiled, MatchTimeout);
            }
        }

        /// <summary>Whether this is a pattern rule that runs in linear time (no backtracking, so no timeout).</summary>
        internal bool IsLinearRegex => regex != null && (regex.Options & NonBacktracking) != 0;

        /// <summary>Whether this is a shipped pattern rule, run on the interpreter without a timeout (see <see cref="Parse(string, string?, bool)"/>).</summary>
        internal bool IsShippedRegex => regex != null && (regex.Options & NonBacktracking) == 0 && regex.MatchTimeout == Regex.InfiniteMatchTimeout;

        /// <summary>
        /// One pattern that matches a line exactly when one of the <paramref name="rules"/> of the kind asked for does: the
        /// linear ones on the linear engine, or the shipped ones on the interpreter (each pattern in its own group, so inline
        /// options keep their scope), or null when there are fewer than two or the runtime refuses it.
        /// </summary>
        internal static Regex? Combine(System.Collections.Generic.IEnumerable<BoilerplateRule> rules, bool shipped = false)
        {
            var patterns = new System.Collections.Generic.List<string>();
            foreach (var rule in rules)
            {
                if (shipped ? rule.IsShippedRegex : rule.IsLinearRegex)
                {
                    patterns.Add("(?:" + rule.regex!.ToString() + ")");
                }
            }

            if (patterns.Count < 2)
            {
                return null;
            }

            try
            {
                var engine = shipped ? RegexOptions.None : NonBacktracking;
                return new Regex(string.Join("|", patterns), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | engine, Regex.InfiniteMatchTimeout);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is NotSupportedException)
            {
                return null;
            }
        }

        /// <summary>Whether the pattern can take more than linear time (it runs with backtracking, bounded by a timeout).</summary>
        public bool CanBacktrack => regex != null && (regex.Options & NonBacktracking) == 0 && regex.MatchTimeout != Regex.InfiniteMatchTimeout;

        /// <summary>Boilerplate lines are short (a promo, a widget label); longer lines are story and are not tested.</summary>
        public const int MaxLineLength = 400;

        public bool IsMatch(string line) => IsMatch(line, out _);

        /// <summary>As <see cref="IsMatch(string)"/>; <paramref name="timedOut"/> says the pattern gave up on this line.</summary>
        public bool IsMatch(string line, out bool timedOut) => IsMatch(new LineView(line, 0, line.Length), out timedOut);

        /// <summary>As <see cref="IsMatch(string, out bool)"/>, on a line read where it stands.</summary>
        internal bool IsMatch(LineView line, out bool timedOut)
        {
            timedOut = false;
            if (line.Length > MaxLineLength)
            {
                return false;
            }

            if (literal != null)
            {
                return line.EqualsText(literal, StringComparison.OrdinalIgnoreCase);
            }

            if (prefix != null)
            {
                return line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
            }

            try
            {
                return line.IsMatchedBy(regex!);
            }
            catch (RegexMatchTimeoutException)
            {
                timedOut = true;
                return false;
            }
        }

        public override string ToString() => Pattern;
    }
}
