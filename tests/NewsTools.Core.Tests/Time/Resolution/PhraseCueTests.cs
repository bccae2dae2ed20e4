using System;
using NewsTools.Config;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    /// <summary>Phrases before an expression that say which way it lies ("as soon as Friday", "until Friday").</summary>
    public class PhraseCueTests
    {
        // Tuesday 12 March 2024.
        private static readonly DateTime Reference = new DateTime(2024, 3, 12);

        private static string? Value(string sentence) => Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference)).Value;

        [Theory]
        [InlineData("The vote could come as soon as Friday.", "2024-03-15")]
        [InlineData("Officials said the ruling could come as early as Monday.", "2024-03-18")]
        [InlineData("The ferry may sail no earlier than Saturday.", "2024-03-16")]
        [InlineData("The curfew lasts until 9 a.m. Friday.", "2024-03-15T09:00")]
        [InlineData("Polls stay open until Saturday.", "2024-03-16")]
        public void AForwardPhrasePlacesTheDayAhead(string sentence, string value)
        {
            Assert.Equal(value, Value(sentence));
        }

        [Fact]
        public void WithoutThePhraseTheSameClauseLooksBack()
        {
            // The phrase decides, not the modal: without it the clause has no tense and the nearer, earlier Friday wins.
            Assert.Equal("2024-03-08", Value("The vote could come Friday."));
        }

        [Theory]
        [InlineData("Investigators knew as early as Monday that the ferry plan was unsafe.", "2024-03-11")]
        [InlineData("Rebels held the bridge until Friday.", "2024-03-08")]
        [InlineData("Soon after Friday's vote, the minister resigned.", "2024-03-08")]
        [InlineData("The council decided before the summer.", "2023-SU")]
        public void PastNarrativeKeepsTheDayBehind(string sentence, string value)
        {
            // "knew" is what "as early as" qualifies, though "plan" (a future cue) stands nearer; a lone "soon" is no cue.
            Assert.Equal(value, Value(sentence));
        }

        [Theory]
        [InlineData("Rare until recently: wolves in the valley.", "PAST_REF", Tense.Unknown)]
        [InlineData("Until now the village has no school.", "PRESENT_REF", Tense.Present)]
        public void UntilBeforeAReferenceWordLeavesItsTenseAlone(string sentence, string value, Tense tense)
        {
            var e = Assert.Single(new TimeExpressionTagger(ConfigLoader.Defaults).TagText(sentence, Reference));
            Assert.Equal(value, e.Value);
            Assert.Equal(tense, e.Tense);
        }

        [Theory]
        [InlineData("The council will decide before the summer.")]
        [InlineData("Before the summer, the council will decide.")]
        public void AFutureClauseBeforeASeasonIsTheComingOne(string sentence)
        {
            Assert.Equal("2024-SU", Value(sentence));
        }
    }
}
