using System.Collections.Generic;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;
using Xunit;

namespace NewsTools.Tests.Time.Scanning
{
    /// <summary>The tokenizer's words, marks and numbers, and the lexicon group it gives each word.</summary>
    public class TimeTokenizerTests
    {
        private static TokenList Tokenize(string text)
        {
            var tokens = new TokenList(16);
            TimeTokenizer.Tokenize(text, 0, text.Length, tokens, Lexicon.Default);
            return tokens;
        }

        private static LexGroup? Lex(in TimeToken t) => Lexicon.Default.Groups[t.LexIndex];

        private static List<string> Texts(string text, TokenList tokens)
        {
            var list = new List<string>();
            for (var i = 0; i < tokens.Count; i++)
            {
                list.Add(text.Substring(tokens[i].Start, tokens[i].End - tokens[i].Start));
            }

            return list;
        }

        [Fact]
        public void MarksNumbersAndWordsAreEachTokens()
        {
            var text = "On Sunday (Jan 28), at 5 p.m. in May\u2019s talks";
            var tokens = Tokenize(text);

            Assert.Equal(new[] { "On", "Sunday", "(", "Jan", "28", ")", ",", "at", "5", "p.m.", "in", "May", "\u2019", "s", "talks" }, Texts(text, tokens));
            Assert.Equal(TokenKind.Punct, tokens[2].Kind);
            Assert.Equal(28, tokens[4].Number);
            Assert.True(tokens[5].Kind == TokenKind.Punct && !tokens[5].SpaceBefore && !tokens[6].SpaceBefore && tokens[7].SpaceBefore);
            Assert.True(tokens[0].BreakBefore && tokens[0].Capitalized && !tokens[1].BreakBefore);
            Assert.Equal("pm", Lex(tokens[9])?.Word);
            Assert.Equal("may", Lex(tokens[11])?.Word);
        }

        [Fact]
        public void EveryWordGetsTheGroupThatFindGives()
        {
            // Short and long words, any case, against the end of the text, before marks, digits, curly apostrophes and
            // letters outside ASCII: the tokenizer's fast lookups must answer as the lexicon's plain Find does.
            var text = "The THE the thee th a A an of OF Mayor mays may MAY May\u2019s may\u00e9 caf\u00e9 \u00e9t\u00e9 yesterday YESTERDAY "
                + "afternoons afternoon quarterly twice-yearly fortnight Thanksgiving mid-2019 2019s midweek tonight\u2019s\n"
                + "weekend weekends decade decades sept Sept. jan Jan. jAN ago AGO since until fiscal lastly last next thisyear may";
            var tokens = Tokenize(text);
            var lexicon = Lexicon.Default;
            var words = 0;
            var withGroup = 0;
            var starts = new HashSet<int>();
            for (var n = 0; n < tokens.StartCount; n++)
            {
                starts.Add(tokens.Starts[n]);
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                ref var t = ref tokens[i];
                if (t.Kind != TokenKind.Word || text[t.End - 1] == '.')
                {
                    continue;
                }

                var expected = lexicon.Find(text, t.Start, t.End - t.Start);
                Assert.Same(expected, Lex(t));
                Assert.Equal(expected != null && expected.CanStart, starts.Contains(i));
                words++;
                withGroup += expected != null ? 1 : 0;
            }

            Assert.True(words > 50 && withGroup > 25, $"{words} words, {withGroup} with a group");
        }

        [Fact]
        public void WordsEndAtTheStretchEndAndRunOnThroughLettersOutsideAscii()
        {
            // The stretch ends inside a word: the word ends there, and is looked up as cut ("May" of "Mayday").
            var text = "Mayday parade on Sunday";
            var tokens = new TokenList(16);
            TimeTokenizer.Tokenize(text, 0, 3, tokens, Lexicon.Default);
            Assert.Equal(1, tokens.Count);
            Assert.Equal(3, tokens[0].End);
            Assert.Equal("may", Lex(tokens[0])?.Word);

            tokens.Clear();
            TimeTokenizer.Tokenize(text, 17, text.Length, tokens, Lexicon.Default);
            Assert.Equal("sunday", Lex(tokens[0])?.Word);

            // A letter outside ASCII continues a word wherever it stands; other characters outside ASCII end it.
            var mixed = "Caf\u00e9s na\u00efvely \u0160koda Sundays\u2014Monday Stra\u00dfenbahnhaltestelle x";
            Assert.Equal(new[] { "Caf\u00e9s", "na\u00efvely", "\u0160koda", "Sundays", "\u2014", "Monday", "Stra\u00dfenbahnhaltestelle", "x" }, Texts(mixed, Tokenize(mixed)));
        }

        [Fact]
        public void LongWordsEndAtTheirFirstOtherCharacterWhateverTheirLength()
        {
            // Words of one to 24 letters, read eight characters at a time up to sixteen: each ends at the mark, digit,
            // space or character outside ASCII after it, at the end of the stretch, and at the end of the text.
            var followers = new[] { " x", ", x", "5 x", "—x", "éx", "Łx", "'s", string.Empty };
            for (var length = 1; length <= 24; length++)
            {
                var word = new string('a', length - 1) + "Z";
                foreach (var after in followers)
                {
                    var text = "On " + word + after;
                    var tokens = Tokenize(text);
                    var expected = after.Length > 0 && char.IsLetter(after[0]) ? word + after : word;
                    Assert.Equal(expected, Texts(text, tokens)[1]);
                }

                // The stretch ends inside the word, at each letter: the word ends there, whatever the text holds after it.
                var longer = "On " + word + "abcdefghijklmnopqrstuvwxyz and";
                for (var cut = 4; cut <= 3 + length; cut++)
                {
                    var tokens = new TokenList(16);
                    TimeTokenizer.Tokenize(longer, 0, cut, tokens, Lexicon.Default);
                    Assert.Equal(2, tokens.Count);
                    Assert.Equal(cut, tokens[1].End);
                }
            }

            // Long time words (nine to sixteen letters) get their groups, as the lexicon's Find gives them.
            var phrase = "Thanksgiving afternoons, fortnightly WEDNESDAYS";
            var found = Tokenize(phrase);
            for (var i = 0; i < found.Count; i++)
            {
                Assert.Same(Lexicon.Default.Find(phrase, found[i].Start, found[i].End - found[i].Start), Lex(found[i]));
            }

            Assert.NotNull(Lex(found[0]));
        }

        [Fact]
        public void ShortWordFindsEveryShortGroupInAnyCaseAndNothingElse()
        {
            var lexicon = Lexicon.Default;
            var groups = lexicon.Groups;
            var shortWords = lexicon.ShortWordCount + 1;
            Assert.True(shortWords > 100);
            for (var g = 1; g < shortWords; g++)
            {
                var word = groups[g]!.Word;
                foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word.Substring(1) })
                {
                    // Eight characters must follow the word's start: what follows it is ignored.
                    var text = " " + form + "\u2019s \u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9";
                    Assert.Equal(g, lexicon.ShortWord(text, 1, form.Length));
                }

                if (word.Length < Lexicon.ShortWordLength)
                {
                    // One letter more is another word: the group Find gives it, or none.
                    var longer = " " + word + "q        ";
                    var found = lexicon.Find(longer, 1, word.Length + 1);
                    Assert.Same(found, groups[lexicon.ShortWord(longer, 1, word.Length + 1)]);
                }
            }

            Assert.Equal(0, lexicon.ShortWord("qzxv         ", 0, 4));
        }

        [Fact]
        public void AnApostropheBeginsAnExpressionOnlyRightBeforeADigit()
        {
            // Only the "'90s" kind of apostrophe can begin an expression; one in a possessive, a contraction or closing a
            // quotation is no start, nor one before a space or at the end of the stretch.
            var text = "In the '90s and the \u201980s, Tom's band didn't play 'jazz' ' 7 '";
            var tokens = Tokenize(text);
            var starts = new HashSet<int>();
            for (var n = 0; n < tokens.StartCount; n++)
            {
                starts.Add(tokens.Starts[n]);
            }

            var apostrophesStarting = new List<int>();
            for (var i = 0; i < tokens.Count; i++)
            {
                var c = text[tokens[i].Start];
                if (tokens[i].Kind == TokenKind.Punct && (c == '\'' || c == '\u2019') && starts.Contains(i))
                {
                    apostrophesStarting.Add(tokens[i].Start);
                }
            }

            Assert.Equal(new[] { text.IndexOf("'90s", System.StringComparison.Ordinal), text.IndexOf("\u201980s", System.StringComparison.Ordinal) }, apostrophesStarting);
        }

        [Fact]
        public void EveryGroupSitsAtItsIndex()
        {
            // Tokens hold a group's index, not the group: the index must lead back to the group.
            var groups = Lexicon.Default.Groups;
            Assert.Null(groups[0]);
            for (var g = 1; g < groups.Length; g++)
            {
                Assert.Equal(g, groups[g]!.Index);
            }
        }

        [Fact]
        public void TheScanAnswersKindAndModifierQuestionsAsTheGroupsDo()
        {
            // The scan reads kinds and modifier values from the lexicon's arrays by index; they must say what the groups say,
            // and a token with no group (a plain word, a number, a mark) has no kind and no modifier.
            var text = "the last of 12 quarters, Monday and every year since May; ago now";
            var tokens = Tokenize(text);
            var scan = new TimeScan(text, tokens, 0, text.Length);
            var kinds = System.Enum.GetValues<LexKind>();
            var mods = System.Enum.GetValues<Mod>();
            var checkedGroups = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                var group = Lex(tokens[i]);
                checkedGroups += group == null ? 0 : 1;
                foreach (var kind in kinds)
                {
                    Assert.Equal(group != null && (group.Kinds & (1 << (int)kind)) != 0, scan.Is(i, kind));
                }

                foreach (var mod in mods)
                {
                    Assert.Equal(group != null && group.Modifier == (int)mod, scan.Mod(i, mod));
                }
            }

            Assert.True(checkedGroups >= 8);
            var lexicon = Lexicon.Default;
            for (var g = 1; g < lexicon.Groups.Length; g++)
            {
                Assert.Equal(lexicon.Groups[g]!.Kinds, lexicon.GroupKinds[g]);
                Assert.Equal(lexicon.Groups[g]!.Modifier, lexicon.GroupModifiers[g]);
            }
        }

        [Fact]
        public void ALongTextTokenizesAsItsSentencesDoOneByOne()
        {
            // Thousands of characters into a small list: room is made a stretch at a time, and no token is lost or cut where
            // one stretch ends and the next begins.
            const int Times = 200;
            var sentence = "On 5 May, the talks ended last week\u2019s row over Sundays\u2014and nearly 30 years. ";
            var text = string.Concat(System.Linq.Enumerable.Repeat(sentence, Times));
            var all = Tokenize(text);
            var one = Tokenize(sentence);
            Assert.Equal(one.Count * Times, all.Count);
            Assert.Equal(one.StartCount * Times, all.StartCount);
            for (var i = 0; i < all.Count; i++)
            {
                var offset = (i / one.Count) * sentence.Length;
                ref var expected = ref one[i % one.Count];
                ref var got = ref all[i];
                Assert.Equal((expected.Start + offset, expected.End + offset, expected.Kind, expected.Number, expected.LexIndex), (got.Start, got.End, got.Kind, got.Number, got.LexIndex));
            }

            for (var n = 0; n < all.StartCount; n++)
            {
                Assert.Equal(one.Starts[n % one.StartCount] + ((n / one.StartCount) * one.Count), all.Starts[n]);
            }
        }
    }
}
