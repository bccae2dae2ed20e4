using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// The token classes must answer exactly what the word lists' own Contains answers: the scanners were switched from one to
    /// the other without any output changing, and a difference would change speakers silently.
    /// </summary>
    public class WordClassTableTests
    {
        private static readonly StringComparer Ci = StringComparer.OrdinalIgnoreCase;

        [Fact]
        public void CaseInsensitiveListsMatchAnyCaseAndCaseSensitiveListsOnlyTheirSpelling()
        {
            var table = new WordClassTable();
            table.Add(new HashSet<string>(new[] { "said", "according" }, Ci), WordClass.CueStart);
            table.Add(new HashSet<string>(new[] { "May", "But" }, StringComparer.Ordinal), WordClass.NotName);
            table.Add(new HashSet<string>(new[] { "ministry", "Ministry" }, Ci), WordClass.OrganizationWord);
            table.Seal();

            Assert.Equal(WordClass.CueStart, table.Lookup("SAID"));
            Assert.Equal(WordClass.CueStart, table.Lookup("He said it", 3, 4));
            Assert.Equal(WordClass.NotName, table.Lookup("May"));
            Assert.Equal(WordClass.None, table.Lookup("may"));
            Assert.Equal(WordClass.OrganizationWord, table.Lookup("MINISTRY"));
            Assert.Equal(WordClass.None, table.Lookup("sai"));
            Assert.Equal(WordClass.None, table.Lookup("saidx"));
        }

        /// <summary>
        /// A listed word in its listed, lower-case or capitalised spelling is handed out as the table's own string, the same one
        /// every time; any other spelling, or a word in no list, gets none, and the caller cuts its own.
        /// </summary>
        [Fact]
        public void AListedWordInAUsualSpellingIsTheTablesOwnString()
        {
            var table = new WordClassTable();
            table.Add(new HashSet<string>(new[] { "said", "Mr." }, Ci), WordClass.CueStart);
            table.Add(new HashSet<string>(new[] { "May" }, StringComparer.Ordinal), WordClass.NotName);
            table.Seal();

            const string Text = "said Said SAID sAId Mr. mr. may May saidx Okonkwo";
            var offset = 0;
            string? Next(int length)
            {
                var s = table.Spelling(Text, offset, length);
                Assert.True(s == null || s == Text.Substring(offset, length));
                offset += length + 1;
                return s;
            }

            var said = Next(4);
            Assert.Equal("said", said);
            Assert.Equal("Said", Next(4));
            Assert.Null(Next(4));
            Assert.Null(Next(4));
            Assert.Equal("Mr.", Next(3));
            Assert.Equal("mr.", Next(3));
            Assert.Equal("may", Next(3));
            Assert.Equal("May", Next(3));
            Assert.Null(Next(5));
            Assert.Null(Next(7));
            Assert.Same(said, table.Spelling("they said so", 5, 4));
        }

        /// <summary>
        /// Misses are answered by a bit filter before the slots are probed: in a table of thousands of words every word must
        /// still be found in any case, and words that differ by one letter, or only by a trailing period, must not be.
        /// </summary>
        [Fact]
        public void LargeTableFindsEveryWordAndNoNearMiss()
        {
            var words = new HashSet<string>(Ci);
            var shortWords = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in "bcdfghklmnprstvw")
            {
                foreach (var b in "aeiou")
                {
                    foreach (var c in "bdglmnrst")
                    {
                        words.Add($"{a}{b}{c}ton");
                        shortWords.Add($"{char.ToUpperInvariant(a)}{b}{c}.");
                    }
                }
            }

            var table = new WordClassTable();
            table.Add(words, WordClass.Place);
            table.Add(shortWords, WordClass.Abbreviation);
            table.Seal();

            foreach (var word in words)
            {
                Assert.Equal(WordClass.Place, table.Lookup(word.ToUpperInvariant()));
                Assert.Equal(WordClass.Place, table.Lookup("in " + word + ", ", 3, word.Length));
                Assert.Equal(WordClass.None, table.Lookup(word + "s"));
                Assert.Equal(WordClass.None, table.Lookup(word.Substring(0, 5)));
                Assert.Equal(WordClass.None, table.Lookup(word.Replace("ton", "tan")));
            }

            foreach (var word in shortWords)
            {
                Assert.Equal(WordClass.Abbreviation, table.Lookup(word));
                Assert.Equal(WordClass.None, table.Lookup(word.ToLowerInvariant()));
                Assert.Equal(WordClass.None, table.Lookup(word.TrimEnd('.')));
            }
        }

        [Fact]
        public void NonAsciiWordsAreAskedOfTheListsThemselves()
        {
            var table = new WordClassTable();
            table.Add(new HashSet<string>(new[] { "Zürich", "São Paulo" }, Ci), WordClass.Place);
            table.Add(new HashSet<string>(new[] { "Ångström" }, StringComparer.Ordinal), WordClass.NotName);
            table.Seal();

            Assert.Equal(WordClass.Place, table.Lookup("ZÜRICH"));
            Assert.Equal(WordClass.None, table.Lookup("Zurich"));
            Assert.Equal(WordClass.NotName, table.Lookup("Ångström"));
            Assert.Equal(WordClass.None, table.Lookup("ångström"));
        }

        /// <summary>Every word of the seeds and samples, in every case, gets from the default lexicon's table what the sets say.</summary>
        [Fact]
        public void DefaultLexiconTableAgreesWithItsListsOnRealText()
        {
            var config = ConfigLoader.Load();
            var lexicon = new CueLexicon(config);
            var lists = new (ICollection<string> Set, WordClass Class)[]
            {
                (lexicon.CueVerbs, WordClass.CueVerb), (lexicon.CueStartWords, WordClass.CueStart), (lexicon.TimeWords, WordClass.TimeWord),
                (lexicon.Determiners, WordClass.Determiner), (lexicon.TitleWords, WordClass.TitleWord), (lexicon.NotNames, WordClass.NotName),
                (lexicon.OrganizationWords, WordClass.OrganizationWord), (lexicon.Places, WordClass.Place), (lexicon.Demonyms.Keys, WordClass.Demonym),
                (lexicon.TitlesByLastWord.Keys, WordClass.TitleLastWord), (lexicon.Metonyms.Keys, WordClass.Metonym), (lexicon.Abbreviations, WordClass.Abbreviation),
                (lexicon.CueModifiers, WordClass.CueModifier), (lexicon.ClauseWords, WordClass.ClauseWord), (lexicon.IntroPrepositions, WordClass.IntroPreposition),
                (lexicon.SubjectPronouns, WordClass.SubjectPronoun), (lexicon.Descriptors, WordClass.Descriptor),
                (lexicon.PostModifierPrepositions, WordClass.PostModifierPreposition),
            };

            var words = SampleWords().ToList();
            Assert.True(words.Count > 500, "the samples should give a few hundred words");
            var checkedWords = 0;
            foreach (var word in words.Concat(words.Select(w => w.ToUpperInvariant())).Concat(words.Select(w => w.ToLowerInvariant())).Concat(lists.SelectMany(l => l.Set)))
            {
                var classes = lexicon.Classes.Lookup(word);
                foreach (var (set, wordClass) in lists)
                {
                    Assert.True(set.Contains(word) == ((classes & wordClass) != 0), $"'{word}' in {wordClass}: list says {set.Contains(word)}");
                }

                checkedWords++;
            }

            Assert.True(checkedWords > 1500);
        }

        /// <summary>
        /// The tokenizer packs each word's last eight characters as it reads it, and the table decides shorter words by them
        /// alone: words of seven, eight and nine letters that share their last eight ("spokesman" and "Spokesman", "pokesman"),
        /// a period kept by an abbreviation, and words with digits and joiners must get what a lookup of their text gets.
        /// </summary>
        /// <summary>
        /// The tokenizer keeps the classes of short words it met lately (per thread): a word met again, in another spelling, or
        /// under another lexicon read on the same thread must still get exactly what that lexicon's table answers.
        /// </summary>
        [Fact]
        public void WordsMetAgainGetTheirClassesFromTheTableInUseInEachSpelling()
        {
            var first = new WordClassTable();
            first.Add(new HashSet<string>(new[] { "said", "told", "warned" }, Ci), WordClass.CueVerb);
            first.Add(new HashSet<string>(new[] { "May", "But" }, StringComparer.Ordinal), WordClass.NotName);
            first.Seal();
            var second = new WordClassTable();
            second.Add(new HashSet<string>(new[] { "said", "the" }, Ci), WordClass.Determiner);
            second.Add(new HashSet<string>(new[] { "may", "Told" }, StringComparer.Ordinal), WordClass.TimeWord);
            second.Seal();
            const string Text = "But in May she said, SAID and Said the others may have told them. But Told was warned the May told.";

            foreach (var table in new[] { first, second, first, second })
            {
                var p = ParagraphText.Build(Text, 0, ParagraphKind.Body, 0, Text.Length, table, SentenceSplitter.For(ConfigLoader.Defaults));
                var listed = 0;
                for (var t = 0; t < p.Tokens.Count; t++)
                {
                    if (p.Tokens[t].Kind == NewsTools.Quotes.TokenKind.Word)
                    {
                        Assert.Equal(table.Lookup(p.Word(t)), p.Tokens[t].Classes);
                        listed += p.Tokens[t].Classes != WordClass.None ? 1 : 0;
                    }
                }

                Assert.True(listed >= 7);
            }
        }

        [Fact]
        public void TokenizerClassesAgreeWithLookupsAroundThePackedLength()
        {
            var table = new WordClassTable();
            table.Add(new HashSet<string>(new[] { "spokesman", "minister", "ministers", "said", "chairwoman", "Co-founder", "mr." }, Ci), WordClass.TitleWord);

            // As the abbreviations list has them: without their period, which the tokenizer then keeps on the word.
            table.Add(new HashSet<string>(new[] { "Mr", "Gov", "Sen" }, StringComparer.Ordinal), WordClass.Abbreviation);
            table.Add(new HashSet<string>(new[] { "Ministry", "Secretary", "May", "But" }, StringComparer.Ordinal), WordClass.NotName);
            table.Seal();
            var text = "The SPOKESMAN and a pokesman met minister Ana Ruiz, two ministers, a ministerial aide, the chairwoman and " +
                "a co-founder of 3M, before Mr. Hale and Gov. Diaz said the Ministry and the ministry of the Secretary, a secretary " +
                "and an Undersecretary, had spoken. But in May they may, but BUT is not But.";
            var p = ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, table, SentenceSplitter.For(ConfigLoader.Defaults));

            var found = new List<string>();
            for (var t = 0; t < p.Tokens.Count; t++)
            {
                var token = p.Tokens[t];
                if (token.Kind != NewsTools.Quotes.TokenKind.Word)
                {
                    continue;
                }

                Assert.Equal(table.Lookup(p.Word(t)), token.Classes);
                if (token.Classes != WordClass.None)
                {
                    found.Add(p.Word(t));
                }
            }

            Assert.Equal(new[] { "SPOKESMAN", "minister", "ministers", "chairwoman", "co-founder", "Mr.", "said", "Ministry", "Secretary", "But", "May", "But" }, found);
            Assert.Contains(p.Tokens, t => t.Kind == NewsTools.Quotes.TokenKind.Word && text.Substring(t.Start, t.End - t.Start) == "Gov.");
        }

        /// <summary>
        /// The scanners ask some lists about a word lower-cased (<c>ToLowerInvariant</c>): for an ASCII word that is its case
        /// folding, so its classes answer; a few other letters lower-case to ASCII letters they do not fold to ("İ" to "i"), and
        /// such words must still get what the list says of the word lower-cased.
        /// </summary>
        [Fact]
        public void LowerCasedQuestionsAnswerAsTheListsOfTheWordLowerCased()
        {
            var lexicon = new CueLexicon(ConfigLoader.Load());
            var text = "The Spokesman of the BOARD, WHO İS new, Said İT is İTS view that THE ministers from Ohio were TOLD; an aide’s İt and THEİR Kelvin sign \u212Aey.";
            var p = ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, lexicon.Classes, lexicon.Sentences);
            var lists = new (HashSet<string> Set, WordClass Class)[]
            {
                (lexicon.Determiners, WordClass.Determiner), (lexicon.TitleWords, WordClass.TitleWord), (lexicon.CueVerbs, WordClass.CueVerb),
                (lexicon.ClauseWords, WordClass.ClauseWord), (lexicon.TimeWords, WordClass.TimeWord), (lexicon.CueModifiers, WordClass.CueModifier),
                (lexicon.SubjectPronouns, WordClass.SubjectPronoun), (lexicon.Descriptors, WordClass.Descriptor),
            };

            var found = 0;
            for (var t = 0; t < p.Tokens.Count; t++)
            {
                if (p.Tokens[t].Kind != NewsTools.Quotes.TokenKind.Word)
                {
                    continue;
                }

                var lower = p.Word(t).ToLowerInvariant();
                foreach (var (set, wordClass) in lists)
                {
                    Assert.True(set.Contains(lower) == p.IsLowerIn(t, wordClass, set), $"'{p.Word(t)}' lower-cased in {wordClass}: list says {set.Contains(lower)}");
                    found += set.Contains(lower) ? 1 : 0;
                }

                foreach (var word in new[] { "is", "it", "its", "their", "the", "told", "who" })
                {
                    Assert.True((lower == word) == p.LowerIs(t, word), $"'{p.Word(t)}' lower-cased is '{word}': {lower == word}");
                }
            }

            Assert.True(found >= 8, "the text should hold words of the lists in upper and mixed case");
        }

        private static IEnumerable<string> SampleWords()
        {
            var root = TestData.RepoRoot;
            foreach (var file in System.IO.Directory.GetFiles(System.IO.Path.Combine(root, "samples"), "*.*"))
            {
                var text = System.IO.File.ReadAllText(file);
                foreach (var word in text.Split(new[] { ' ', '\n', '\r', ',', ';', ':', '"', '“', '”', '(', ')' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return word;
                }
            }
        }
    }
}
