using System.Linq;
using NewsTools.Config;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Text
{
    public class TextTests
    {
        [Fact]
        public void SentencesDoNotEndAtAbbreviationsInitialsOrDates()
        {
            const string text = "Mr. Wang met U.S. officials on Jan. 28, 2018 in Washington. John F. Kennedy was not there! \"Will he come?\" she asked. It rained.";

            var sentences = SentenceSplitter.For(ConfigLoader.Defaults).Split(text, 0, text.Length).Select(s => s.Of(text)).ToList();

            Assert.Equal(new[]
            {
                "Mr. Wang met U.S. officials on Jan. 28, 2018 in Washington.",
                "John F. Kennedy was not there!",
                "\"Will he come?\" she asked.",
                "It rained.",
            }, sentences);
        }

        [Fact]
        public void AClosingQuoteAfterTheStopBelongsToTheSentence()
        {
            const string text = "\"We agree.\" The minister left.";
            var sentences = SentenceSplitter.For(ConfigLoader.Defaults).Split(text, 0, text.Length).Select(s => s.Of(text)).ToList();

            Assert.Equal(new[] { "\"We agree.\"", "The minister left." }, sentences);
        }

        [Fact]
        public void TokensKeepOffsetsApostrophesAndHyphens()
        {
            const string text = "Japan's two-day visit cost $1,200.50 in the 1970s.";
            var tokens = Tokenizer.Tokenize(text);

            Assert.Equal(new[] { "Japan's", "two-day", "visit", "cost", "$", "1,200.50", "in", "the", "1970s", "." }, tokens.Select(t => t.Text));
            Assert.All(tokens, t => Assert.Equal(t.Text, text.Substring(t.Start, t.End - t.Start)));
        }

        [Fact]
        public void NormalisingKeepsTheLength()
        {
            const string text = "on\u00A0Sunday\u202Fnight";
            var plain = TextNormalizer.ForAnalysis(text);

            Assert.Equal("on Sunday night", plain);
            Assert.Equal(text.Length, plain.Length);
        }

        [Fact]
        public void NamesSplitTitlesOffAndGuessTheirType()
        {
            var config = new NewsToolsConfig
            {
                Titles = { "Foreign Minister" },
                Demonyms = { ["Japanese"] = "Japan" },
                Places = { "Beijing" },
                OrganizationWords = { "Ministry" },
                NotNames = { "The", "On", "Sunday" },
            };
            const string text = "Japanese Foreign Minister Taro Kono met the Chinese Foreign Ministry in Beijing on Sunday.";

            var names = new NameFinder(config).Find(text);

            var kono = names.Single(n => n.Text == "Taro Kono");
            Assert.Equal(NameType.Person, kono.Type);
            Assert.Equal("Japanese Foreign Minister", kono.Title);
            Assert.Equal("Taro Kono", text.Substring(kono.Start, kono.End - kono.Start));
            Assert.Contains("Organization:Chinese Foreign Ministry", names.Select(n => n.ToString()));
            Assert.Contains(names, n => n.Text == "Beijing" && n.Type == NameType.Place);
        }

        [Theory]
        [InlineData("Called Speegle, the site reads results aloud.", "Speegle")]
        [InlineData("Dubbed Harbourline, the new ferry sails on Monday.", "Harbourline")]
        [InlineData("Known as Mira Holt, the singer toured the ports.", "Mira Holt")]
        public void AParticipleThatOpensTheSentenceIsNoPartOfTheName(string text, string name)
        {
            // "Called", "Dubbed", "Known" open a phrase that names what follows; they are no one's first name.
            var names = new NameFinder(ConfigLoader.Defaults).Find(text).Select(n => n.Text).ToArray();
            Assert.Contains(name, names);
            Assert.DoesNotContain(names, n => n.Contains(text.Substring(0, text.IndexOf(' '))));
        }

        [Theory]
        [InlineData("Overall, Miles Shipside said prices would hold.", "Miles Shipside")]
        [InlineData("Besides Clinton, three senators spoke.", "Clinton")]
        [InlineData("Ultimately, says Mr Donofrio, there will be no value in it.", "Donofrio")]
        public void ASentenceAdverbIsNoPartOfAName(string text, string name)
        {
            // "Overall", "Besides", "Ultimately" open sentences in capitals; they are no one's name (notNames).
            var names = new NameFinder(ConfigLoader.Defaults).Find(text).Select(n => n.Text).ToArray();
            Assert.Contains(name, names);
            Assert.DoesNotContain(names, n => n.StartsWith(text.Substring(0, text.IndexOfAny(new[] { ' ', ',' })), System.StringComparison.Ordinal));
        }
    }
}
