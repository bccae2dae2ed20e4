using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Config;
using NewsTools.Text;

namespace NewsTools.Articles
{
    /// <summary>
    /// Decides what each block of an article is: story (Body), Caption, Heading, the Title, or clutter to remove
    /// (site taglines, configured boilerplate, teaser headlines of other articles, section labels, text in another script).
    /// Every decision is local to a line and its neighbours, so one pass over the blocks does it.
    /// </summary>
    internal sealed partial class BlockClassifier
    {
        // What the configuration says, built once per configuration and shared by every reader (and thread) using it:
        // compiling the pattern rules was most of what a new reader cost.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NewsToolsConfig, Rules> RulesByConfig =
            new System.Runtime.CompilerServices.ConditionalWeakTable<NewsToolsConfig, Rules>();

        private readonly Rules shared;

        public BlockClassifier(NewsToolsConfig config)
        {
            shared = RulesByConfig.GetValue(config, c => new Rules(c));
        }

        /// <summary>The prefix and pattern rules of the configuration, in the order they are tried.</summary>
        internal IReadOnlyList<BoilerplateRule> PatternRules => shared.PatternRules;

        /// <summary>The configuration's word lists, boilerplate rules and outlet names, read-only once built.</summary>
        private sealed class Rules
        {
            public Rules(NewsToolsConfig config)
            {
                SmallWords = new HashSet<string>(TextVocabulary.List(config, "titleCaseSmallWords"), StringComparer.Ordinal);
                CaptionMarkers = new CaptionMarkerSearch(TextVocabulary.List(config, "captionMarkers"));
                var builtIn = BuiltInPatterns();
                foreach (var pattern in config.Boilerplate)
                {
                    AddRule(BoilerplateRule.Parse(pattern, null, builtIn.Contains(pattern)));
                }

                foreach (var outlet in config.Outlets)
                {
                    foreach (var pattern in outlet.Boilerplate)
                    {
                        AddRule(BoilerplateRule.Parse(pattern, outlet.Name, builtIn.Contains(pattern)));
                    }

                    foreach (var alias in new[] { outlet.Name }.Concat(outlet.Aliases))
                    {
                        // The first profile to claim an alias keeps it.
                        if (!OutletAliases.ContainsKey(alias.Trim()))
                        {
                            OutletAliases[alias.Trim()] = outlet.Name;
                            LongestAlias = Math.Max(LongestAlias, alias.Trim().Length);
                        }
                    }
                }

                LinearRules = BoilerplateRule.Combine(PatternRules);
                ShippedRules = BoilerplateRule.Combine(PatternRules, shipped: true);
            }

            /// <summary>The boilerplate rules the shipped defaults hold, general and per outlet (the same text in a user's file is the same rule).</summary>
            internal static HashSet<string> BuiltInPatterns()
            {
                var defaults = ConfigLoader.Defaults;
                var patterns = new HashSet<string>(defaults.Boilerplate, StringComparer.Ordinal);
                foreach (var outlet in defaults.Outlets)
                {
                    patterns.UnionWith(outlet.Boilerplate);
                }

                return patterns;
            }

            /// <summary>Words a title-cased headline leaves in lower case (Text/text.defaults.yaml titleCaseSmallWords, the user's additions too).</summary>
            public HashSet<string> SmallWords { get; }

            /// <summary>The photo credits that make a line a caption (Config/articles.defaults.yaml captionMarkers, the user's too).</summary>
            public CaptionMarkerSearch CaptionMarkers { get; }

            /// <summary>Literal rules are most rules: a hash lookup answers them all at once.</summary>
            public Dictionary<string, BoilerplateRule> LiteralRules { get; } = new Dictionary<string, BoilerplateRule>(StringComparer.OrdinalIgnoreCase);

            /// <summary>The length of the longest literal rule (at most <see cref="BoilerplateRule.MaxLineLength"/>): no longer line can be one.</summary>
            public int LongestLiteral { get; private set; }

            /// <summary>Prefix and pattern rules, tried in turn.</summary>
            public List<BoilerplateRule> PatternRules { get; } = new List<BoilerplateRule>();

            /// <summary>The pattern rules that run in linear time, as one alternation: a line it does not match matches none of them.</summary>
            public System.Text.RegularExpressions.Regex? LinearRules { get; }

            /// <summary>The same for the shipped pattern rules, which run on the interpreter.</summary>
            public System.Text.RegularExpressions.Regex? ShippedRules { get; }

            public Dictionary<string, string> OutletAliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            public int LongestAlias { get; }

            private void AddRule(BoilerplateRule rule)
            {
                if (rule.Literal != null)
                {
                    if (!LiteralRules.ContainsKey(rule.Literal))
                    {
                        LiteralRules[rule.Literal] = rule;
                        LongestLiteral = Math.Max(LongestLiteral, Math.Min(rule.Literal.Length, BoilerplateRule.MaxLineLength));
                    }
                }
                else
                {
                    PatternRules.Add(rule);
                }
            }
        }

        /// <summary>Outlet names with the number of clues for each (taglines, credits, outlet-specific boilerplate).</summary>
        public Dictionary<string, int> OutletVotes { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

        public void Classify(List<ArticleBlock> blocks, string? knownTitle) =>
            Classify(blocks, knownTitle, "(text)", Engine.SilentReporter.Instance, default);

        /// <summary>Classifies the blocks; a pattern rule that times out is dropped for the rest of the article and reported.</summary>
        public void Classify(List<ArticleBlock> blocks, string? knownTitle, string input, Engine.IEngineReporter reporter, System.Threading.CancellationToken cancellationToken)
        {
            OutletVotes.Clear();
            var latinScript = IsMostlyLatin(blocks);
            // A pattern that needs more than its timeout on one line will on the next: give each one timeout per article,
            // so three bad rules cost three timeouts, not three per line.
            HashSet<BoilerplateRule>? timedOut = null;
            for (var i = 0; i < blocks.Count; i++)
            {
                if ((i & 255) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                ClassifyLine(blocks[i], latinScript, ref timedOut, input, reporter);
            }

            RemoveDuplicateCaptions(blocks);
            cancellationToken.ThrowIfCancellationRequested();
            AssignTitleAndHeadings(blocks, knownTitle);
        }

        private void ClassifyLine(ArticleBlock block, bool latinScript, ref HashSet<BoilerplateRule>? timedOut, string input, Engine.IEngineReporter reporter)
        {
            // Read in place: most lines are story, and no rule needs a string of them.
            var line = block.Line;
            if (block.Hint == ParagraphKind.Heading)
            {
                block.Role = BlockRole.Heading;
            }

            // "- Sputnik International" or a bare "The Harbour Gazette": the site's own name line.
            var tagline = line.Length > 2 && TextNormalizer.IsDash(line[0]) ? line.From(1).Trim() : line;
            if (OutletFor(tagline) is string tagOutlet)
            {
                Remove(block, "Site name");
                Vote(tagOutlet);
                return;
            }

            if (MatchingBoilerplate(line, ref timedOut, input, reporter) is BoilerplateRule rule)
            {
                Remove(block, "Boilerplate: " + rule.Pattern);
                if (rule.Outlet != null)
                {
                    Vote(rule.Outlet);
                }

                return;
            }

            if (latinScript && IsOtherScript(block))
            {
                Remove(block, "Other script");
                return;
            }

            if (block.Hint == ParagraphKind.Caption || (line.Length > 0 && line[0] == '©') || (line.Length < MaxCaptionLength && shared.CaptionMarkers.IsIn(line)))
            {
                block.Role = BlockRole.Caption;
            }

            // "... - Sputnik International": an outlet credit at the end of a picture caption.
            if (CreditedOutlet(line) is string creditOutlet)
            {
                block.Role = BlockRole.Caption;
                Vote(creditOutlet);
            }
        }

        /// <summary>Captions are short: a line of this many characters or more is never one, whatever credit it names.</summary>
        private const int MaxCaptionLength = 1000;

        /// <summary>
        /// The first configured boilerplate rule the line matches, or null: a literal line by one lookup, else each pattern rule
        /// in turn. A rule that times out is reported once and skipped for the rest of the article.
        /// </summary>
        private BoilerplateRule? MatchingBoilerplate(LineView line, ref HashSet<BoilerplateRule>? timedOut, string input, Engine.IEngineReporter reporter)
        {
            // A literal rule is a whole line: a line longer than every literal (most story lines) is not hashed at all.
            var literal = line.Length <= shared.LongestLiteral && shared.LiteralRules.TryGetValue(line.ToString(), out var hit) ? hit : null;
            bool? anyLinearRuleMatches = null;
            bool? anyShippedRuleMatches = null;
            // By index on the list itself: a foreach allocated an enumerator for every line, and calls through IReadOnlyList
            // went through an interface stub for every rule of every line.
            var rules = shared.PatternRules;
            var count = literal != null ? 1 : rules.Count;
            for (var r = 0; r < count; r++)
            {
                var rule = literal ?? rules[r];
                if (timedOut != null && timedOut.Contains(rule))
                {
                    continue;
                }

                // Nearly every line matches no pattern: one pass of the combined pattern says so for all of them at once.
                if (rule.IsLinearRegex && shared.LinearRules != null && line.Length <= BoilerplateRule.MaxLineLength
                    && !(anyLinearRuleMatches ??= line.IsMatchedBy(shared.LinearRules)))
                {
                    continue;
                }

                if (rule.IsShippedRegex && shared.ShippedRules != null && line.Length <= BoilerplateRule.MaxLineLength
                    && !(anyShippedRuleMatches ??= line.IsMatchedBy(shared.ShippedRules)))
                {
                    continue;
                }

                var match = rule.IsMatch(line, out var gaveUp);
                if (gaveUp)
                {
                    (timedOut ??= new HashSet<BoilerplateRule>()).Add(rule);
                    reporter.Warning($"The boilerplate pattern '{rule.Pattern}' took too long on a line and is not applied to the rest of this article.", input);
                }

                if (match)
                {
                    return rule;
                }
            }

            return null;
        }

        /// <summary>A caption printed twice (once glued to its photo credit) is kept once: the cleaner copy stays.</summary>
        private static void RemoveDuplicateCaptions(List<ArticleBlock> blocks)
        {
            ArticleBlock? previous = null;
            foreach (var block in blocks)
            {
                if (block.Role == BlockRole.Removed)
                {
                    continue;
                }

                if (block.Role == BlockRole.Caption && previous?.Role == BlockRole.Caption)
                {
                    var core = CaptionCore(block.Plain);
                    var previousCore = CaptionCore(previous.Plain);
                    if (core.Length > 20 && previousCore.Length > 20 && (previous.Plain.IndexOf(core, StringComparison.Ordinal) >= 0 || block.Plain.IndexOf(previousCore, StringComparison.Ordinal) >= 0))
                    {
                        var credited = previous.Plain.TrimStart().StartsWith("©", StringComparison.Ordinal) || !block.Plain.TrimStart().StartsWith("©", StringComparison.Ordinal);
                        Remove(credited ? previous : block, "Duplicate caption");
                    }
                }

                previous = block;
            }
        }

        private static string CaptionCore(string caption)
        {
            var text = caption.Trim();
            var dash = LastDash(text);
            if (dash > 0)
            {
                text = text.Substring(0, dash).Trim();
            }

            return text.Length > 60 ? text.Substring(text.Length - 60) : text;
        }

        // A line longer than every outlet name is no outlet name: no need to hash all of it to find that out.
        private string? OutletFor(string name) => name.Length <= shared.LongestAlias && shared.OutletAliases.TryGetValue(name, out var outlet) ? outlet : null;

        private string? OutletFor(LineView name) => name.Length <= shared.LongestAlias ? OutletFor(name.ToString()) : null;

        internal string? OutletOrNull(string name) => OutletFor(name.Trim());

        /// <summary>The offset of the dash of the last " - " in the line (hyphen, figure, en, em, horizontal bar or minus between spaces), or -1.</summary>
        private static int LastDash(string line)
        {
            // One backward pass instead of a search per dash width.
            for (var i = line.Length - 2; i >= 1; i--)
            {
                if (IsSpacedDash(line, i))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsSpacedDash(string line, int i)
        {
            var c = line[i];
            return (c == '-' || (uint)(c - '\u2012') <= '\u2015' - '\u2012' || c == '\u2212') && line[i - 1] == ' ' && line[i + 1] == ' ';
        }

        /// <summary>
        /// The outlet named after the last " - " of a trimmed line, or null: what OutletFor gives for the trimmed text after
        /// <see cref="LastDash"/>. Only the end of a line can name an outlet, so the backward search stops as soon as the text
        /// after any earlier dash would be longer than every outlet name, instead of reading every line to its start.
        /// </summary>
        private string? CreditedOutlet(LineView line)
        {
            // Read in the line's source, by its offsets there: this loop runs over the end of every line.
            var text = line.Source;
            var end = line.Start + line.Length;
            // The first character after position i that Trim would keep; the text after a dash at i is at least this long.
            var nearestText = end;
            for (var i = end - 2; i >= line.Start + 1; i--)
            {
                if (IsSpacedDash(text, i))
                {
                    return OutletFor(new LineView(text, i + 1, end - i - 1).Trim());
                }

                if (!char.IsWhiteSpace(text[i + 1]))
                {
                    nearestText = i + 1;
                }

                if (end - nearestText > shared.LongestAlias)
                {
                    return null;
                }
            }

            return null;
        }

        private void Vote(string outlet)
        {
            OutletVotes.TryGetValue(outlet, out var n);
            OutletVotes[outlet] = n + 1;
        }

        private static void Remove(ArticleBlock block, string reason)
        {
            block.Role = BlockRole.Removed;
            block.Reason = reason;
        }
    }
}
