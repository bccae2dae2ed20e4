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
    internal sealed class BlockClassifier
    {
        // Photo credits that mark a line as a caption wherever they stand in it.
        private static readonly string[] CaptionMarkers = { "PHOTO:", "PHOTOS:", "Photo:", "Photos:", "Photograph:", "Picture:", "Image:", "(Photo", "Credit:", "Getty Images", "AFP PHOTO", "AP Photo", "REUTERS/", "Reuters/", "FILE PHOTO" };

        private static readonly HashSet<string> SmallWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "a", "an", "the", "and", "or", "but", "nor", "for", "of", "on", "in", "to", "at", "by", "as", "with", "from", "into", "over", "vs", "via", "amid", "after", "is", "are", "be", "up",
        };

        private readonly List<BoilerplateRule> rules = new List<BoilerplateRule>();
        private readonly List<(string Alias, string Outlet)> outletAliases = new List<(string, string)>();

        public BlockClassifier(NewsToolsConfig config)
        {
            foreach (var pattern in config.Boilerplate)
            {
                rules.Add(BoilerplateRule.Parse(pattern, null));
            }

            foreach (var outlet in config.Outlets)
            {
                foreach (var pattern in outlet.Boilerplate)
                {
                    rules.Add(BoilerplateRule.Parse(pattern, outlet.Name));
                }

                foreach (var alias in new[] { outlet.Name }.Concat(outlet.Aliases))
                {
                    outletAliases.Add((alias, outlet.Name));
                }
            }

            // Longest alias first, so "Sputnik International" is tried before "Sputnik".
            outletAliases.Sort((a, b) => b.Alias.Length.CompareTo(a.Alias.Length));
        }

        /// <summary>Outlet names with the number of clues for each (taglines, credits, outlet-specific boilerplate).</summary>
        public Dictionary<string, int> OutletVotes { get; } = new Dictionary<string, int>(StringComparer.Ordinal);

        public void Classify(List<ArticleBlock> blocks, string? knownTitle)
        {
            OutletVotes.Clear();
            var latinScript = IsMostlyLatin(blocks);
            foreach (var block in blocks)
            {
                ClassifyLine(block, latinScript);
            }

            RemoveDuplicateCaptions(blocks);
            AssignTitleAndHeadings(blocks, knownTitle);
        }

        private void ClassifyLine(ArticleBlock block, bool latinScript)
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

            foreach (var rule in rules)
            {
                if (rule.IsMatch(line))
                {
                    Remove(block, "Boilerplate: " + rule.Pattern);
                    if (rule.Outlet != null)
                    {
                        Vote(rule.Outlet);
                    }

                    return;
                }
            }

            if (latinScript && IsOtherScript(line))
            {
                Remove(block, "Other script");
                return;
            }

            // Captions are short; a line of thousands of characters is never one.
            if (block.Hint == ParagraphKind.Caption || line.StartsWith("©", StringComparison.Ordinal) || (line.Length < 1000 && CaptionMarkers.Any(m => line.IndexOf(m, StringComparison.Ordinal) >= 0)))
            {
                block.Role = BlockRole.Caption;
            }

            // "... - Sputnik International": an outlet credit at the end of a picture caption.
            var dash = LastDash(line);
            if (dash > 0 && OutletFor(line.Substring(dash + 1).Trim()) is string creditOutlet)
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
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (block.Role == BlockRole.Removed || block.Role == BlockRole.Caption)
                {
                    continue;
                }

                var line = block.Plain.Trim();
                var words = WordCount(line);
                var headline = IsHeadlineLike(line, words);

                if (!titleFound)
                {
                    // A short first line set apart by a blank line is the headline, however short ("Prices rise").
                    if (block.FollowedByBlank && i == FirstKept(blocks) && words <= 25)
                    {
                        block.Role = BlockRole.Title;
                        titleFound = true;
                        continue;
                    }

                    if (headline && words < 3)
                    {
                        Remove(block, "Section label");
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

                var afterCaption = PreviousNonLabel(blocks, i) is ArticleBlock prev && (prev.Role == BlockRole.Caption || prev.Reason == "Teaser");
                if (words >= 5 && TitleCaseRatio(line) >= 0.75 && (afterCaption || words >= 8))
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

        private static int FirstKept(List<ArticleBlock> blocks)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Role != BlockRole.Removed)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsLabel(ArticleBlock block) =>
            block.Role != BlockRole.Removed && block.Role != BlockRole.Caption && WordCount(block.Plain.Trim()) < 3 && IsHeadlineLike(block.Plain.Trim(), 1);

        private static ArticleBlock? PreviousNonLabel(List<ArticleBlock> blocks, int i)
        {
            for (var j = i - 1; j >= 0; j--)
            {
                if (blocks[j].Role == BlockRole.Removed && blocks[j].Reason != "Teaser")
                {
                    continue;
                }

                if (IsLabel(blocks[j]))
                {
                    continue;
                }

                return blocks[j];
            }

            return null;
        }

        /// <summary>No closing sentence punctuation: a headline, label or teaser rather than a sentence.</summary>
        internal static bool IsHeadlineLike(string line, int words)
        {
            if (line.Length == 0 || words == 0 || words > 30)
            {
                return false;
            }

            var last = line[line.Length - 1];
            return !(last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == '\u2019' || last == ':' || last == ';' || last == ',' || last == ')' || last == '…');
        }

        private static double TitleCaseRatio(string line)
        {
            var content = 0;
            var capitalised = 0;
            foreach (var token in Tokenizer.Tokenize(line))
            {
                if (token.Kind == TokenKind.Number)
                {
                    content++;
                    capitalised++;
                }
                else if (token.Kind == TokenKind.Word && !SmallWords.Contains(token.Text))
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
            var count = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord)
                {
                    count++;
                }

                inWord = letter || (inWord && (c == '\'' || c == '\u2019' || c == '-'));
            }

            return count;
        }

        private static bool IsMostlyLatin(List<ArticleBlock> blocks)
        {
            long latin = 0;
            long other = 0;
            foreach (var block in blocks)
            {
                CountScripts(block.Plain, ref latin, ref other);
            }

            return latin >= other;
        }

        private static bool IsOtherScript(string line)
        {
            long latin = 0;
            long other = 0;
            CountScripts(line, ref latin, ref other);
            return other > 0 && other >= latin;
        }

        private static void CountScripts(string text, ref long latin, ref long other)
        {
            foreach (var c in text)
            {
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

        private string? OutletFor(string name)
        {
            foreach (var (alias, outlet) in outletAliases)
            {
                if (string.Equals(name, alias, StringComparison.OrdinalIgnoreCase))
                {
                    return outlet;
                }
            }

            return null;
        }

        internal string? OutletOrNull(string name) => OutletFor(name.Trim());

        private static int LastDash(string line)
        {
            for (var i = line.Length - 2; i > 0; i--)
            {
                if (TextNormalizer.IsDash(line[i]) && line[i - 1] == ' ' && line[i + 1] == ' ')
                {
                    return i;
                }
            }

            return -1;
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
