using System;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// What the attribution reads in place instead of cutting strings, and the one mention the resolver renews for every name,
    /// must answer exactly what the allocating forms answered.
    /// </summary>
    public class InPlaceReadingTests
    {
        [Theory]
        [InlineData("He said: \"We will go.\" Then he left.")]
        [InlineData("\"Is it over?\" she asked, \"or not …\"  ")]
        [InlineData("\"mutual good.\u00A0\" Trump said \"!\"\t\"\"")]
        public void EndsSentenceInPlaceAnswersAsOnTheCutText(string text)
        {
            for (var start = 0; start <= text.Length; start++)
            {
                for (var end = start; end <= text.Length; end++)
                {
                    Assert.Equal(CutTextEndsSentence(text.Substring(start, end - start)), QuoteClassifier.EndsSentence(text, start, end));
                }
            }
        }

        /// <summary>
        /// The tokenizer notes whether a token holds an apostrophe of any kind, and the possessive and apostrophe tests read that
        /// note before the characters: they must answer as the characters do, for every kind of token and apostrophe.
        /// </summary>
        [Theory]
        [InlineData("The ministers' aides met Hawai\u02BCi's envoy and Abe’s staff, who don't rock ’n’ roll.")]
        [InlineData("Café owners' `jokes` and ‚Witze‘ ‹shows› … O’Neill’s \u02BCtwas\u02BC ''' Mr. Smith's U.S. envoy's 'tis")]
        [InlineData("\u02BCs José's ÉLAN’S d'Artagnan-style Jean-Luc's s\u02BC x's and the others' views")]
        public void TheApostropheNoteAnswersAsTheTokensCharacters(string text)
        {
            var p = ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, new CueLexicon(ConfigLoader.Defaults).Classes, SentenceSplitter.For(ConfigLoader.Defaults));
            Assert.True(p.Tokens.Count > 10);
            for (var t = 0; t < p.Tokens.Count; t++)
            {
                var token = p.Tokens[t];
                var chars = text.Substring(token.Start, token.End - token.Start);
                Assert.Equal(chars.Any(TextNormalizer.IsApostrophe), token.Apostrophe);
                Assert.Equal(chars.Contains('\'') || chars.Contains('’'), p.HasApostrophe(t));
                Assert.Equal(Possessive.Length(text, token.Start, token.End) > 0, p.IsPossessive(t));
            }

            Assert.Contains(Enumerable.Range(0, p.Tokens.Count), t => p.IsPossessive(t));
        }

        // The rule as the classifier applied it to a cut and trimmed copy of the quotation, before it read in place.
        private static bool CutTextEndsSentence(string content)
        {
            var t = content.TrimEnd();
            if (t.Length == 0)
            {
                return false;
            }

            var c = t[t.Length - 1];
            return c == '.' || c == '!' || c == '?' || c == '…';
        }

        /// <summary>
        /// A word read in one paragraph of an article and again in a later one is the same string, not a second copy; and whatever
        /// words share a slot of the kept strings, each token's word is its own text.
        /// </summary>
        [Fact]
        public void AWordSeenBeforeIsNotCutAgainAndEveryWordIsItsOwnText()
        {
            var lexicon = new CueLexicon(ConfigLoader.Load());
            var first = "Okafor said the harbour would reopen.";
            var second = "The minister, Okafor, said nothing more.";
            var strings = new WordStrings();
            var a = ParagraphText.Build(first, 0, ParagraphKind.Body, 0, first.Length, lexicon.Classes, lexicon.Sentences, strings: strings);
            var b = ParagraphText.Build(second, 1, ParagraphKind.Body, 0, second.Length, lexicon.Classes, lexicon.Sentences, strings: strings);
            Assert.Equal("Okafor", a.Word(0));
            Assert.Same(a.Word(0), b.Word(3));
            Assert.Same(a.Word(1), b.Word(5));

            // Far more distinct words than slots, each read twice: every answer is the token's text.
            var words = Enumerable.Range(0, 20000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var text = string.Join(" ", words.Concat(words));
            var p = ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, lexicon.Classes, lexicon.Sentences, strings: strings);
            Assert.Equal(words.Concat(words).ToList(), Enumerable.Range(0, p.Tokens.Count).Select(t => p.Word(t)).ToList());
        }

        /// <summary>
        /// A word of the lexicon's lists ("said") is the lexicon's own string in every paragraph, even without the article's word
        /// strings: the commonest words cost no copy per article. Words in no list are still each token's own text.
        /// </summary>
        [Fact]
        public void AListedWordIsTheLexiconsOwnStringInEveryParagraph()
        {
            var lexicon = new CueLexicon(ConfigLoader.Load());
            var first = "Adaeze said the ferry would run.";
            var second = "Nobody else said anything, Adaeze added.";
            var a = ParagraphText.Build(first, 0, ParagraphKind.Body, 0, first.Length, lexicon.Classes, lexicon.Sentences);
            var b = ParagraphText.Build(second, 1, ParagraphKind.Body, 0, second.Length, lexicon.Classes, lexicon.Sentences);
            Assert.Equal("said", a.Word(1));
            Assert.Same(a.Word(1), b.Word(2));
            Assert.Equal(new[] { "Nobody", "else", "said", "anything", ",", "Adaeze", "added", "." }, Enumerable.Range(0, b.Tokens.Count).Select(t => b.Word(t)).ToArray());
        }

        /// <summary>
        /// The tokenizer keeps the lexicon slot of each listed word, so that Word hands out the lexicon's spelling without probing
        /// for it again: in a paragraph of many short words (its token array grown several times over), and in a shorter one that
        /// recycles it, every listed word is still the lexicon's own string and every word its own text.
        /// </summary>
        [Fact]
        public void ListedWordsOfALongRecycledParagraphAreTheLexiconsStringsAndTheirOwnText()
        {
            var lexicon = new CueLexicon(ConfigLoader.Load());
            var sentence = "He said a ship of the port, Mr. Ade told them. The ferry said no, and Ms. Obi added it is so. ";
            var longText = string.Concat(Enumerable.Repeat(sentence, 400));
            var shortText = "THE MINISTER SAID SO, said the minister of ports.";
            var p = ParagraphText.Build(longText, 0, ParagraphKind.Body, 0, longText.Length, lexicon.Classes, lexicon.Sentences);
            AssertListedWordsAreTheLexiconsStrings(lexicon, longText, p);
            var recycled = ParagraphText.Build(shortText, 1, ParagraphKind.Body, 0, shortText.Length, lexicon.Classes, lexicon.Sentences, p);
            AssertListedWordsAreTheLexiconsStrings(lexicon, shortText, recycled);
        }

        private static void AssertListedWordsAreTheLexiconsStrings(CueLexicon lexicon, string text, ParagraphText paragraph)
        {
            var listed = 0;
            for (var t = 0; t < paragraph.Tokens.Count; t++)
            {
                var token = paragraph.Tokens[t];
                var word = paragraph.Word(t);
                Assert.Equal(text.Substring(token.Start, token.End - token.Start), word);
                if (token.Classes != WordClass.None && lexicon.Classes.Spelling(text, token.Start, token.End - token.Start) is string own)
                {
                    Assert.Same(own, word);
                    listed++;
                }
            }

            Assert.True(listed >= 3);
        }

        /// <summary>An entity's words are its name split at each space, empty words included, as string.Split gave them.</summary>
        [Theory]
        [InlineData("Wang Yi")]
        [InlineData("Okafor")]
        [InlineData("")]
        [InlineData(" Bank  of England ")]
        public void AnEntitysWordsAreItsNameSplitAtEachSpace(string name)
        {
            var strings = new WordStrings();
            Assert.Equal(name.Split(' '), Entity.SplitName(name, strings));
            Assert.Equal(name.Split(' '), Entity.SplitName(name, null));
            Assert.Equal(name.Split(' '), new Entity(name, SpeakerType.Person) { Strings = strings }.Words);
        }

        /// <summary>A recycled entity renewed with a name of as many words splits it into its previous array, emptied between names.</summary>
        [Fact]
        public void ARenewedEntityReusesItsWordsArrayForANameOfAsManyWords()
        {
            var e = new Entity("Wang Yi", SpeakerType.Person);
            var words = e.Words;
            e.Renew("", SpeakerType.Unknown);
            Assert.All(words, w => Assert.Null(w));
            e.Renew("Taro Kono", SpeakerType.Person);
            Assert.Equal(new[] { "Taro", "Kono" }, e.Words);
            Assert.Same(words, e.Words);
            e.Renew("Okafor", SpeakerType.Person);
            Assert.Equal(new[] { "Okafor" }, e.Words);
        }

        /// <summary>An article's quotes come in a list of just its quotes, not one grown quote by quote with room to spare.</summary>
        [Fact]
        public void AnArticlesQuotesAreAListOfJustItsQuotes()
        {
            var config = ConfigLoader.Load();
            var text = string.Join("\n\n", Enumerable.Range(1, 5).Select(i => $"\"The ferry will run again by spring number {i},\" Okafor said."));
            var article = new ArticleReader(config).Parse(text, new ArticleOptions { Id = "t" });
            var quotes = Assert.IsType<System.Collections.Generic.List<Quote>>(new QuoteExtractor(config).Extract(article));
            Assert.Equal(5, quotes.Count);
            Assert.Equal(quotes.Count, quotes.Capacity);
        }

        /// <summary>After an article of more quotes than a workspace keeps room for, the thread does not keep that room for the next.</summary>
        [Fact]
        public void AnArticleOfTensOfThousandsOfQuotesLeavesNoWorkspaceWithTheThread()
        {
            var config = ConfigLoader.Load();
            var text = string.Join("\n\n", Enumerable.Repeat("\"we will go on,\" he said.", 17000));
            var article = new ArticleReader(config).Parse(text, new ArticleOptions { Id = "t" });
            var quotes = new QuoteExtractor(config).Extract(article);
            Assert.True(quotes.Count > 1 << 14, quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Null(typeof(QuoteExtractor).GetField("spareWorkspace", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null));
        }

        /// <summary>The words of a name read in the text are the strings the text's words were cut as, not new copies.</summary>
        [Fact]
        public void AnEntitysWordsAreTheArticlesWordStrings()
        {
            var lexicon = new CueLexicon(ConfigLoader.Load());
            var strings = new WordStrings();
            var text = "Chidi Okonkwo arrived.";
            var p = ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, lexicon.Classes, lexicon.Sentences, strings: strings);
            var words = new Entity("Chidi Okonkwo", SpeakerType.Person) { Strings = strings }.Words;
            Assert.Same(p.Word(0), words[0]);
            Assert.Same(p.Word(1), words[1]);
        }

        /// <summary>
        /// The tokenizer writes tokens in place into an array sized by a guess from the paragraph's length; a paragraph of short
        /// words and marks holds more, and every token must be kept, in order, as the array grows.
        /// </summary>
        [Fact]
        public void TokensPastTheFirstGuessOfTheirNumberAreAllKept()
        {
            var words = Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? "\"a\"" : i % 3 == 1 ? "b," : "c.").ToList();
            var text = string.Join(" ", words);
            var lexicon = new CueLexicon(ConfigLoader.Load());
            var p = ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, lexicon.Classes, lexicon.Sentences);

            var expected = words.SelectMany(w => w == "\"a\"" ? new[] { "\"", "a", "\"" } : w == "b," ? new[] { "b", "," } : new[] { "c." }).ToList();
            Assert.Equal(expected, Enumerable.Range(0, p.Tokens.Count).Select(t => p.Word(t)).ToList());
            Assert.Equal(100, p.Quotes.Count);
            Assert.All(p.Quotes, q => Assert.Equal("a", p.Word(q.OpenToken + 1)));
        }

        [Fact]
        public void ARenewedMentionKeepsNothingOfItsPreviousPhrase()
        {
            var properties = typeof(Mention).GetProperties().Where(p => p.CanWrite).ToList();
            var used = new Mention();
            foreach (var property in properties)
            {
                // Every property away from its initial value, as after a phrase like "Chinese foreign minister Wang Yi's".
                object value = property.PropertyType == typeof(string) ? "used" :
                    property.PropertyType == typeof(int) ? 7 :
                    property.PropertyType == typeof(bool) ? true :
                    property.PropertyType == typeof(WordClass) ? WordClass.Demonym | WordClass.TitleWord :
                    property.PropertyType == typeof(Mention) ? new Mention() :
                    throw new InvalidOperationException($"Mention.{property.Name} ({property.PropertyType.Name}): teach this test its type and Renew its initial value.");
                property.SetValue(used, value);
            }

            var renewed = used.Renew(1, 3, 10, 20, "Wang Yi");
            var fresh = new Mention { FirstToken = 1, EndToken = 3, Start = 10, End = 20, Text = "Wang Yi" };

            Assert.Same(used, renewed);
            Assert.All(properties, p => Assert.True(Equals(p.GetValue(fresh), p.GetValue(renewed)), $"Mention.{p.Name}: renewed {p.GetValue(renewed)}, new {p.GetValue(fresh)}"));
        }

        /// <summary>
        /// A token's sentence is read from a table filled with the sentences: it must be the sentence whose range holds the
        /// token, also in a paragraph built into a recycled one that had more tokens and other sentences.
        /// </summary>
        [Fact]
        public void EveryTokensSentenceIsTheOneWhoseRangeHoldsIt()
        {
            var lexicon = new CueLexicon(ConfigLoader.Defaults);
            var longer = "The council met on Monday. \"We will not wait,\" the mayor said. Rates rose. Critics, who had asked for a delay " +
                "since March, said the vote was rushed. Mr. Hale left early.";
            var shorter = "Ms. Ortiz said the port would reopen. \"Soon,\" she added.";
            var first = ParagraphText.Build(longer, 0, ParagraphKind.Body, 0, longer.Length, lexicon.Classes, lexicon.Sentences);
            AssertSentencesHoldTheirTokens(first, 5);
            var second = ParagraphText.Build(shorter, 1, ParagraphKind.Body, 0, shorter.Length, lexicon.Classes, lexicon.Sentences, recycled: first);
            Assert.Same(first, second);
            AssertSentencesHoldTheirTokens(second, 2);
        }

        /// <summary>Whether a token is a capitalised word is read once by the tokenizer: it must be what its first character says.</summary>
        [Fact]
        public void ACapitalisedTokenIsAWordWhoseFirstCharacterIsUpperCase()
        {
            var text = "Émile Zola's élan, said \"Ökonom\" Ana-María López of 3M (and iPhone maker Apple), was 'Real'.";
            var p = Paragraph(text);
            for (var t = -1; t <= p.Tokens.Count; t++)
            {
                var expected = t >= 0 && t < p.Tokens.Count && p.Tokens[t].Kind == NewsTools.Quotes.TokenKind.Word && char.IsUpper(text[p.Tokens[t].Start]);
                Assert.Equal(expected, p.IsCapitalised(t));
            }

            Assert.Equal(7, Enumerable.Range(0, p.Tokens.Count).Count(p.IsCapitalised));
        }

        private static void AssertSentencesHoldTheirTokens(ParagraphText p, int sentences)
        {
            Assert.Equal(sentences, p.Sentences.Count);
            for (var t = 0; t < p.Tokens.Count; t++)
            {
                var s = p.SentenceOf(t);
                Assert.True(p.Sentences[s].First <= t && t < p.Sentences[s].End, $"token {t} is not in sentence {s}");
            }

            Assert.Equal(sentences - 1, p.SentenceOf(p.Tokens.Count));
        }

        private static ParagraphText Paragraph(string text)
        {
            var lexicon = new CueLexicon(ConfigLoader.Defaults);
            return ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, lexicon.Classes, lexicon.Sentences);
        }

        [Theory]
        [InlineData("SAYING so, the King kept singing sadly; Ing and ing and RING rang — it was reportedly fine, she ADDED.", "ing")]
        [InlineData("SAYING so, the King kept singing sadly; Ing and ing and RING rang — it was reportedly fine, she ADDED.", "LY")]
        [InlineData("SAYING so, the King kept singing sadly; Ing and ing and RING rang — it was reportedly fine, she ADDED.", "ed")]
        public void EndsWithIgnoringCaseAnswersAsTheCutWord(string text, string suffix)
        {
            var p = Paragraph(text);
            for (var t = 0; t < p.Tokens.Count; t++)
            {
                Assert.Equal(p.Word(t).EndsWith(suffix, StringComparison.OrdinalIgnoreCase), p.EndsWithIgnoringCase(t, suffix));
            }
        }

        [Fact]
        public void ACueReadFromAParagraphIsItsTokensTextAndStartsAsItsText()
        {
            var p = Paragraph("According to the ministry, prices rose, Wang Yi said on Monday.");
            for (var first = 0; first < p.Tokens.Count; first++)
            {
                for (var end = first + 1; end <= Math.Min(p.Tokens.Count, first + 3); end++)
                {
                    var cue = CueMatch.Over(p, first, end);
                    var expected = p.Source.Substring(p.Tokens[first].Start, p.Tokens[end - 1].End - p.Tokens[first].Start);
                    foreach (var prefix in new[] { "according", "ACCORDING TO", "said", "s" })
                    {
                        Assert.Equal(expected.StartsWith(prefix, StringComparison.OrdinalIgnoreCase), cue.TextStartsWithIgnoringCase(prefix));
                    }

                    Assert.Equal(expected, cue.Text);
                }
            }

            // A text given is the text, whatever the tokens hold.
            var given = CueMatch.Over(p, 0, 2);
            given.Text = ":";
            Assert.Equal(":", given.Text);
            Assert.False(given.TextStartsWithIgnoringCase("according"));
        }

        [Fact]
        public void ARenewedMentionCutsItsOwnPhraseNotTheOneBefore()
        {
            const string source = "Chinese foreign minister Wang Yi met Japan's Taro Kono.";
            var m = new Mention().Renew(0, 5, 0, 32, null, source);
            Assert.Equal("Chinese foreign minister Wang Yi", m.Text);

            // Renewed over the next phrase, the cut of the last one is not kept.
            m.Renew(6, 9, 37, 55, null, source);
            Assert.Equal("Japan's Taro Kono.", m.Text);
            m.Renew(6, 9, 37, 54, "given", source);
            Assert.Equal("given", m.Text);
        }

        [Theory]
        [InlineData("He said: \u201C We will win this race, and soon. \u201D Then he left.")]
        [InlineData("She called it \" a so-called reform \" and \"Face the Nation\" twice.")]
        [InlineData("\"\u00A0Is it over?\u00A0\" she asked, \"   \" and \"...\" then \"9 out of 10 said so\"")]
        [InlineData("\"Two words\" and \"Three short words\" and \"Now four words here\" and \"We will  not\tstop until every single one of them is home, however long it takes.\"")]
        public void AQuotationIsJudgedAsOnItsTrimmedCutText(string text)
        {
            var p = Paragraph(text);
            Assert.NotEmpty(p.Quotes);
            foreach (var span in p.Quotes)
            {
                // What the classifier read from a cut and trimmed copy of the content.
                var content = p.Source.Substring(span.ContentStart, span.ContentEnd - span.ContentStart).Trim();
                var first = content.FirstOrDefault(char.IsLetterOrDigit);
                var words = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                Assert.Equal((char.IsUpper(first) || char.IsDigit(first)) && words >= 4, QuoteClassifier.LooksLikeStatement(p, span));
            }
        }
    }
}
