using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using NewsTools.Config;
using NewsTools.Text;

namespace NewsTools.Articles
{
    /// <summary>
    /// Decides what each block of an article is: story (Body), Caption, Heading, the Title, or clutter to remove
    /// (site taglines, configured boilerplate, teaser headlines of other articles, section labels, text in another script).
    /// Every decision is local to a line and its neighbours, so one pass over the blocks does it.
    /// </summary>
    internal sealed class BlockClassifier
    {
        // Photo credits that mark a line as a caption wherever they stand in it: one alternation, so one pass over the line.
        private static readonly System.Text.RegularExpressions.Regex CaptionMarkers = new System.Text.RegularExpressions.Regex(
            "PHOTOS?:|Photos?:|Photograph:|Picture:|Image:|\\(Photo|Credit:|Getty Images|AFP PHOTO|AP Photo|REUTERS/|Reuters/|FILE PHOTO",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

        // What the configuration says, built once per configuration and shared by every reader (and thread) using it:
        // compiling the pattern rules was most of what a new reader cost.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NewsToolsConfig, Rules> RulesByConfig =
            new System.Runtime.CompilerServices.ConditionalWeakTable<NewsToolsConfig, Rules>();

        private readonly Rules shared;

        public BlockClassifier(NewsToolsConfig config)
        {
            shared = RulesByConfig.GetValue(config, c => new Rules(c));
        }

        /// <summary>The configuration's word lists, boilerplate rules and outlet names, read-only once built.</summary>
        private sealed class Rules
        {
            public Rules(NewsToolsConfig config)
            {
                SmallWords = new HashSet<string>(TextVocabulary.List(config, "titleCaseSmallWords"), StringComparer.Ordinal);
                foreach (var pattern in config.Boilerplate)
                {
                    AddRule(BoilerplateRule.Parse(pattern, null));
                }

                foreach (var outlet in config.Outlets)
                {
                    foreach (var pattern in outlet.Boilerplate)
                    {
                        AddRule(BoilerplateRule.Parse(pattern, outlet.Name));
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
            }

            /// <summary>Words a title-cased headline leaves in lower case (Text/text.defaults.yaml titleCaseSmallWords, the user's additions too).</summary>
            public HashSet<string> SmallWords { get; }

            /// <summary>Literal rules are most rules: a hash lookup answers them all at once.</summary>
            public Dictionary<string, BoilerplateRule> LiteralRules { get; } = new Dictionary<string, BoilerplateRule>(StringComparer.OrdinalIgnoreCase);

            /// <summary>Prefix and pattern rules, tried in turn.</summary>
            public List<BoilerplateRule> PatternRules { get; } = new List<BoilerplateRule>();

            /// <summary>The pattern rules that run in linear time, as one alternation: a line it does not match matches none of them.</summary>
            public System.Text.RegularExpressions.Regex? LinearRules { get; }

            public Dictionary<string, string> OutletAliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            public int LongestAlias { get; }

            private void AddRule(BoilerplateRule rule)
            {
                if (rule.Literal != null)
                {
                    if (!LiteralRules.ContainsKey(rule.Literal))
                    {
                        LiteralRules[rule.Literal] = rule;
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
            var line = block.Plain.Trim();
            if (block.Hint == ParagraphKind.Heading)
            {
                block.Role = BlockRole.Heading;
            }

            // "- Sputnik International" or a bare "The Harbour Gazette": the site's own name line.
            var tagline = line.Length > 2 && TextNormalizer.IsDash(line[0]) ? line.Substring(1).Trim() : line;
            if (OutletFor(tagline) is string tagOutlet)
            {
                Remove(block, "Site name");
                Vote(tagOutlet);
                return;
            }

            var literal = line.Length <= BoilerplateRule.MaxLineLength && shared.LiteralRules.TryGetValue(line, out var hit) ? hit : null;
            bool? anyLinearRuleMatches = null;
            foreach (var rule in literal != null ? new[] { literal } : (IEnumerable<BoilerplateRule>)shared.PatternRules)
            {
                if (timedOut != null && timedOut.Contains(rule))
                {
                    continue;
                }

                // Nearly every line matches no pattern: one pass of the combined pattern says so for all of them at once.
                if (rule.IsLinearRegex && shared.LinearRules != null && line.Length <= BoilerplateRule.MaxLineLength
                    && !(anyLinearRuleMatches ??= shared.LinearRules.IsMatch(line)))
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
                    Remove(block, "Boilerplate: " + rule.Pattern);
                    if (rule.Outlet != null)
                    {
                        Vote(rule.Outlet);
                    }

                    return;
                }
            }

            if (latinScript && IsOtherScript(block))
            {
                Remove(block, "Other script");
                return;
            }

            // Captions are short; a line of thousands of characters is never one.
            if (block.Hint == ParagraphKind.Caption || line.StartsWith("©", StringComparison.Ordinal) || (line.Length < 1000 && CaptionMarkers.IsMatch(line)))
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

        private void AssignTitleAndHeadings(List<ArticleBlock> blocks, string? knownTitle)
        {
            var titleFound = knownTitle != null;
            var firstKept = FirstKept(blocks);
            // The nearest earlier block that is neither a label nor skipped clutter, kept up to date as the loop goes, so no
            // block looks back over all the ones before it (100k short lines would make that quadratic).
            ArticleBlock? previousNonLabel = null;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (i > 0)
                {
                    var before = blocks[i - 1];
                    if (!(before.Role == BlockRole.Removed && before.Reason != "Teaser") && !IsLabel(before))
                    {
                        previousNonLabel = before;
                    }
                }

                var block = blocks[i];
                if (block.Role == BlockRole.Removed || block.Role == BlockRole.Caption)
                {
                    continue;
                }

                var line = block.Plain.Trim();
                // Most blocks are sentences: their last character settles it without counting words.
                var words = EndsLikeSentence(line) ? int.MaxValue : WordCount(line);
                var headline = words != int.MaxValue && IsHeadlineLike(line, words);

                if (!titleFound)
                {
                    if (words == int.MaxValue)
                    {
                        words = WordCount(line);
                    }

                    // A short first line set apart by a blank line is the headline, however short ("Prices rise"),
                    // unless it is all there is or opens with a dateline: then it is the story itself.
                    if (block.FollowedByBlank && i == firstKept && words <= 25 && HasKeptBlockAfter(blocks, i) && DatelineParser.Parse(block.Text) == null)
                    {
                        block.Role = BlockRole.Title;
                        titleFound = true;
                        continue;
                    }

                    if (headline && words < 3)
                    {
                        Remove(block, "Section label");
                        if (i == firstKept)
                        {
                            firstKept = NextKept(blocks, i + 1);
                        }

                        continue;
                    }

                    if (headline && words <= 30)
                    {
                        block.Role = BlockRole.Title;
                        titleFound = true;
                        continue;
                    }

                    // The story started without a headline.
                    titleFound = true;
                }

                if (knownTitle != null && string.Equals(line, knownTitle.Trim(), StringComparison.Ordinal))
                {
                    block.Role = BlockRole.Title;
                    continue;
                }

                if (!headline || block.Role == BlockRole.Heading)
                {
                    continue;
                }

                var afterCaption = previousNonLabel is ArticleBlock prev && (prev.Role == BlockRole.Caption || prev.Reason == "Teaser");
                // A list (award winners, a programme) is a run of such lines; a teaser stands alone among sentences.
                if (words >= 5 && char.IsUpper(line[0]) && (afterCaption ? TitleCaseRatio(line) >= 0.75 : (words >= 8 && LooksLikeHeadline(line) && IsIsolated(blocks, i))))
                {
                    // A related article's headline dropped into the text (often right after its picture).
                    Remove(block, "Teaser");
                    if (i > 0 && IsLabel(blocks[i - 1]))
                    {
                        Remove(blocks[i - 1], "Section label");
                    }

                    continue;
                }

                if (words <= 8)
                {
                    block.Role = BlockRole.Heading;
                }
            }
        }

        /// <summary>Strict title case, at most one comma and no brackets: a headline, not a list of names or a score line.</summary>
        private bool LooksLikeHeadline(string line) =>
            TitleCaseRatio(line) >= 0.85 && line.Count(c => c == ',') <= 1 && line.IndexOf('(') < 0;

        private static bool IsIsolated(List<ArticleBlock> blocks, int i)
        {
            bool IsSentenceOrPicture(int j)
            {
                if (j < 0 || j >= blocks.Count)
                {
                    return true;
                }

                var line = blocks[j].Plain.Trim();
                return blocks[j].Role == BlockRole.Caption || blocks[j].Role == BlockRole.Removed || !IsHeadlineLike(line, WordCount(line));
            }

            return IsSentenceOrPicture(i - 1) && IsSentenceOrPicture(i + 1);
        }

        private static bool HasKeptBlockAfter(List<ArticleBlock> blocks, int i)
        {
            for (var j = i + 1; j < blocks.Count; j++)
            {
                if (blocks[j].Role != BlockRole.Removed)
                {
                    return true;
                }
            }

            return false;
        }

        private static int FirstKept(List<ArticleBlock> blocks) => NextKept(blocks, 0);

        private static int NextKept(List<ArticleBlock> blocks, int from)
        {
            for (var i = from; i < blocks.Count; i++)
            {
                if (blocks[i].Role != BlockRole.Removed)
                {
                    return i;
                }
            }

            return -1;
        }

        // The last character first: most blocks end like sentences, and then their words need no counting.
        private static bool IsLabel(ArticleBlock block) =>
            block.Role != BlockRole.Removed && block.Role != BlockRole.Caption && IsHeadlineLike(block.Plain.Trim(), 1) && WordCount(block.Plain.Trim()) < 3;

        /// <summary>No closing sentence punctuation: a headline, label or teaser rather than a sentence.</summary>
        internal static bool IsHeadlineLike(string line, int words)
        {
            if (line.Length == 0 || words == 0 || words > 30)
            {
                return false;
            }

            return !EndsLikeSentence(line);
        }

        private static bool EndsLikeSentence(string line)
        {
            if (line.Length == 0)
            {
                return false;
            }

            var last = line[line.Length - 1];
            return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == '\u2019' || last == ':' || last == ';' || last == ',' || last == ')' || last == '…';
        }

        private double TitleCaseRatio(string line)
        {
            var content = 0;
            var capitalised = 0;
            foreach (var token in Tokenizer.Tokenize(line))
            {
                // Numbers say nothing about case and are left out of the ratio.
                if (token.Kind == TokenKind.Word && !shared.SmallWords.Contains(token.Text))
                {
                    content++;
                    if (char.IsUpper(token.Text[0]))
                    {
                        capitalised++;
                    }
                }
            }

            return content == 0 ? 0 : (double)capitalised / content;
        }

        internal static int WordCount(string text)
        {
            // Branch-free over ASCII: whether a word starts here is arithmetic on 0/1 values, not a guess the processor can miss.
            var count = 0;
            var inWord = 0;
            var kinds = WordCharKinds;
            foreach (var c in text)
            {
                int kind = c < 128 ? kinds[c] : char.IsLetterOrDigit(c) ? WordLetter : c == '\u2019' ? WordJoiner : 0;
                var letter = kind & WordLetter;
                count += letter & (inWord ^ 1);
                inWord = letter | (inWord & (kind >> 1));
            }

            return count;
        }

        private const int WordLetter = 1;
        private const int WordJoiner = 2;

        // ASCII letters and digits (1), and the apostrophe and hyphen that join the parts of one word (2).
        private static readonly byte[] WordCharKinds = NewsTools.Text.AsciiTable.Build(c =>
            (byte)((uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 ? WordLetter : c == '\'' || c == '-' ? WordJoiner : 0));

        private static bool IsMostlyLatin(List<ArticleBlock> blocks)
        {
            long latin = 0;
            long other = 0;
            foreach (var block in blocks)
            {
                var (blockLatin, blockOther) = ScriptsOf(block);
                latin += blockLatin;
                other += blockOther;
            }

            return latin >= other;
        }

        private static bool IsOtherScript(ArticleBlock block)
        {
            var (latin, other) = ScriptsOf(block);
            return other > 0 && other >= latin;
        }

        private static (long Latin, long Other) ScriptsOf(ArticleBlock block)
        {
            if (block.Scripts is (long, long) known)
            {
                return known;
            }

            long latin = 0;
            long other = 0;
            var text = block.Plain;

            // Below U+0250 nothing is outside the Latin blocks, so nothing to count.
            if (OrOfChars(text) < 0x250)
            {
                latin = text.Length;
            }
            else
            {
                CountScripts(text, ref latin, ref other);
            }

            block.Scripts = (latin, other);
            return (latin, other);
        }

        /// <summary>Every character of the text OR-ed together (branch-free, a vector of characters at a time), so its high bits tell whether any character reaches a given block.</summary>
        private static int OrOfChars(string text)
        {
            var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
            var done = 0;
            var any = 0;
            if (Vector.IsHardwareAccelerated)
            {
                var vectors = MemoryMarshal.Cast<ushort, Vector<ushort>>(chars);
                var all = Vector<ushort>.Zero;
                foreach (var vector in vectors)
                {
                    all |= vector;
                }

                for (var k = 0; k < Vector<ushort>.Count; k++)
                {
                    any |= all[k];
                }

                done = vectors.Length * Vector<ushort>.Count;
            }

            for (var i = done; i < chars.Length; i++)
            {
                any |= chars[i];
            }

            return any;
        }

        private static void CountScripts(string text, ref long latin, ref long other)
        {
            foreach (var c in text)
            {
                if (c < 128)
                {
                    // ASCII fast path: most news text never leaves it.
                    if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
                    {
                        latin++;
                    }

                    continue;
                }

                if (!char.IsLetter(c))
                {
                    continue;
                }

                // Basic Latin, Latin-1, Latin Extended A/B and the phonetic/extended additions are all "Latin".
                if (c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF'))
                {
                    latin++;
                }
                else
                {
                    other++;
                }
            }
        }

        // A line longer than every outlet name is no outlet name: no need to hash all of it to find that out.
        private string? OutletFor(string name) => name.Length <= shared.LongestAlias && shared.OutletAliases.TryGetValue(name, out var outlet) ? outlet : null;

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
        private string? CreditedOutlet(string line)
        {
            // The first character after position i that Trim would keep; the text after a dash at i is at least this long.
            var nearestText = line.Length;
            for (var i = line.Length - 2; i >= 1; i--)
            {
                if (IsSpacedDash(line, i))
                {
                    return OutletFor(line.Substring(i + 1).Trim());
                }

                if (!char.IsWhiteSpace(line[i + 1]))
                {
                    nearestText = i + 1;
                }

                if (line.Length - nearestText > shared.LongestAlias)
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
