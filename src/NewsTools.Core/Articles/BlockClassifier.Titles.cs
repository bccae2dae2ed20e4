using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Text;

namespace NewsTools.Articles
{
    /// <summary>The title, section labels, subheadings and other articles' teasers, told apart by where a line stands and how it is cased.</summary>
    internal sealed partial class BlockClassifier
    {
        /// <summary>A first line set apart by a blank line is the headline up to this many words, however it is cased.</summary>
        private const int MaxSetApartTitleWords = 25;

        /// <summary>A headline-like line before the title with fewer words is a section label ("World", "Business news").</summary>
        private const int MinTitleWords = 3;

        /// <summary>A headline-like first line is the title up to this many words; a longer one is the story's first sentence.</summary>
        private const int MaxTitleWords = 30;

        /// <summary>Headline-like lines of this many words or fewer, inside the story, are its subheadings.</summary>
        private const int MaxHeadingWords = 8;

        /// <summary>
        /// Another article's headline dropped into the text has at least <see cref="MinTeaserWords"/> words and, right after a
        /// picture or another teaser, this share of title-cased words; standing alone among sentences it needs
        /// <see cref="MinIsolatedTeaserWords"/> words and strict headline case, since a short one is more likely a subheading.
        /// </summary>
        private const double TeaserTitleCaseShare = 0.75;
        private const int MinTeaserWords = 5;
        private const int MinIsolatedTeaserWords = 8;

        /// <summary>What the first story block, before a title is found, turns out to be.</summary>
        private enum Opening
        {
            Title,
            SectionLabel,
            StoryStart,
        }

        /// <summary>
        /// The title (unless the page gave one), section labels before it, and among the story's lines the subheadings and the
        /// teasers of other articles, in one pass.
        /// </summary>
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

                var line = block.Line;
                // Most blocks are sentences: their last character settles it without counting words (or cutting a string).
                var words = EndsLikeSentence(line) ? int.MaxValue : WordCount(line.AsSpan());
                var headline = words != int.MaxValue && IsHeadlineLike(line, words);
                if (!titleFound)
                {
                    var opening = ClassifyOpening(blocks, i, firstKept, line, words, headline);
                    if (opening == Opening.SectionLabel)
                    {
                        Remove(block, "Section label");
                        if (i == firstKept)
                        {
                            firstKept = NextKept(blocks, i + 1);
                        }

                        continue;
                    }

                    // Found, or the story started without a headline.
                    titleFound = true;
                    if (opening == Opening.Title)
                    {
                        block.Role = BlockRole.Title;
                        continue;
                    }
                }

                if (knownTitle != null && line.EqualsText(knownTitle.Trim(), StringComparison.Ordinal))
                {
                    block.Role = BlockRole.Title;
                    continue;
                }

                if (headline && block.Role != BlockRole.Heading)
                {
                    ClassifyHeadlineInStory(blocks, i, line.ToString(), words, previousNonLabel);
                }
            }
        }

        /// <summary>Whether a story block met before any title is the title, a section label above it, or the story's first line.</summary>
        private static Opening ClassifyOpening(List<ArticleBlock> blocks, int i, int firstKept, LineView line, int words, bool headline)
        {
            var block = blocks[i];
            if (words == int.MaxValue)
            {
                words = WordCount(line.AsSpan());
            }

            // A short first line set apart by a blank line is the headline, however short ("Prices rise"),
            // unless it is all there is or opens with a dateline: then it is the story itself.
            if (block.FollowedByBlank && i == firstKept && words <= MaxSetApartTitleWords && HasKeptBlockAfter(blocks, i) && DatelineParser.Parse(block.PlainView) == null)
            {
                return Opening.Title;
            }

            if (headline && words < MinTitleWords)
            {
                return Opening.SectionLabel;
            }

            return headline && words <= MaxTitleWords ? Opening.Title : Opening.StoryStart;
        }

        /// <summary>A headline-like line inside the story: another article's teaser (removed, with its label) or a subheading.</summary>
        private void ClassifyHeadlineInStory(List<ArticleBlock> blocks, int i, string line, int words, ArticleBlock? previousNonLabel)
        {
            var block = blocks[i];
            var afterCaption = previousNonLabel is ArticleBlock prev && (prev.Role == BlockRole.Caption || prev.Reason == "Teaser");
            // A list (award winners, a programme) is a run of such lines; a teaser stands alone among sentences.
            if (words >= MinTeaserWords && char.IsUpper(line[0]) &&
                (afterCaption ? TitleCaseRatio(line) >= TeaserTitleCaseShare : (words >= MinIsolatedTeaserWords && LooksLikeHeadline(line) && IsIsolated(blocks, i))))
            {
                // A related article's headline dropped into the text (often right after its picture).
                Remove(block, "Teaser");
                if (i > 0 && IsLabel(blocks[i - 1]))
                {
                    Remove(blocks[i - 1], "Section label");
                }

                return;
            }

            if (words <= MaxHeadingWords)
            {
                block.Role = BlockRole.Heading;
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

                var line = blocks[j].Line;
                return blocks[j].Role == BlockRole.Caption || blocks[j].Role == BlockRole.Removed || !IsHeadlineLike(line, WordCount(line.AsSpan()));
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
            block.Role != BlockRole.Removed && block.Role != BlockRole.Caption && IsHeadlineLike(block.Line, 1) && WordCount(block.Line.AsSpan()) < 3;

        /// <summary>No closing sentence punctuation: a headline, label or teaser rather than a sentence.</summary>
        internal static bool IsHeadlineLike(LineView line, int words)
        {
            if (line.Length == 0 || words == 0 || words > 30)
            {
                return false;
            }

            return !EndsLikeSentence(line);
        }

        private static bool EndsLikeSentence(LineView line)
        {
            if (line.Length == 0)
            {
                return false;
            }

            var last = line.Last;
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

        internal static int WordCount(string text) => WordCount(text.AsSpan());

        internal static int WordCount(ReadOnlySpan<char> text)
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
    }
}
