using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "..., saying ..." and "..., telling ...": a participle cue has no subject of its own; its speaker is the subject that
    /// opens the clause, read past an opening adverbial and through a possessive.
    /// </summary>
    public class ParticipleCueTests
    {
        private static Quote Quoted(string sentence) => QuoteRulesTests.Extract("Harbour vote\n\n" + sentence).Single(q => q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial);

        [Theory]
        [InlineData("Carly Okafor threw her support behind the new crane on Wednesday, saying it was time for a \"real working harbour again.\"", "Carly Okafor")]
        [InlineData("Kelly Shah backed the toll, saying the port needed \"every cent it can get.\"", "Kelly Shah")]
        [InlineData("His chief aide doubled down on the attacks, saying the plan was sound \"on paper\" but not in practice.", "His chief aide")]
        [InlineData("But a few days later, Okafor reversed herself again, telling reporters that the tolls \"are set for good.\"", "Okafor")]
        public void TheClauseSubjectSpeaksThroughAParticipleCue(string sentence, string mention)
        {
            var q = Quoted(sentence);
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("What do you make of Okafor privately saying \"pray for him\" in response?", "Okafor")]
        [InlineData("Few expected Okafor publicly saying \"we lost\" after the count.", "Okafor")]
        public void ANameBeforeAnAdverbAndAParticipleIsItsSubject(string sentence, string mention)
        {
            // "Okafor privately saying": an adverb between the name and the participle leaves the name its subject.
            var q = Quoted(sentence);
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal("saying", q.Cue);
        }

        [Fact]
        public void AnAuxiliaryBeforeTheParticipleIsNoAdverb()
        {
            // "Groups including the Harbour Union are calling for": "are" makes the verb finite; its subject is the group, not
            // the name just before the auxiliary.
            var q = Quoted("Groups including the Harbour Union are calling for an end to the \"raw deal\" given to dockers.");
            Assert.Equal("Groups", q.SpeakerMention);
        }

        [Theory]
        [InlineData("Fishermen on the north quay rejected the toll, arguing that it was \"a tax on the poor.\"", "Fishermen")]
        [InlineData("Okafor on Monday attacked the toll, arguing that it was \"a tax on the poor.\"", "Okafor")]
        [InlineData("The senator from Lagos rejected the toll, saying it was \"a tax on the poor.\"", "The senator")]
        public void APrepositionAfterANameOrRoleOpensItsModifierNotAnAdverbial(string sentence, string mention)
        {
            // "Fishermen on the north quay": the phrase after the preposition modifies the subject, which speaks through the
            // participle; neither it nor "Monday" opens an adverbial that the subject would stand in.
            var q = Quoted(sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("The harbour board released a statement Wednesday saying the tolls were \"based on opinion, not facts.\"", "The harbour board")]
        [InlineData("Okafor issued a statement late on Friday saying the board was \"a disgrace.\"", "Okafor")]
        [InlineData("The vote went ahead on Friday, with Ada Okafor saying the tolls were \"fair at last.\"", "Ada Okafor")]
        public void AWeekdayBeforeTheParticipleIsNoNameThatCouldBeItsSubject(string sentence, string mention)
        {
            // "a statement Wednesday saying": the weekday closes a time phrase; the clause's subject, not the statement before
            // the time phrase, speaks. A name right before the participle still does.
            var q = Quoted(sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("76-year-old Ada Okafor backed the toll, saying the port needed \"every cent it can get.\"", "76-year-old Ada Okafor")]
        [InlineData("3-time champion Okafor rejected the toll, saying it was \"a tax on the poor.\"", "3-time champion Okafor")]
        public void ANumberCompoundOpensTheSubjectAsAnArticleDoes(string sentence, string mention)
        {
            // "76-year-old Ada Okafor": the compound is a modifier of the name, not a word that ends the search for a subject.
            var q = Quoted(sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("2-1 down at the break, Okafor rallied the side, saying they were \"not finished yet.\"")]
        [InlineData("10-12 boats left the quay at dawn, saying the toll was \"a tax on the poor.\"")]
        public void AScoreOrARangeOpensNoSubject(string sentence)
        {
            // "2-1", "10-12": numbers joined to numbers modify no name; read as a subject opener, "2-1 down at the break"
            // made "the break" the speaker; neither opens a subject, and the quotes stay unattributed as before.
            Assert.All(QuoteRulesTests.Extract("Harbour vote\n\n" + sentence), q => Assert.Null(q.SpeakerMention));
        }

        [Fact]
        public void AnOpeningAdverbIsStillSkipped()
        {
            var q = Quoted("Apparently, Okafor backed the toll, saying the port needed \"every cent it can get.\"");
            Assert.Equal("Okafor", q.SpeakerMention);
        }
        [Theory]
        [InlineData("Okafor later referred to the storm at the quay and said she would \"protect our fishing families.\"", "Okafor")]
        [InlineData("Okafor earlier quashed rumours of a sale by tweeting that \"the quay is not for sale.\"", "Okafor")]
        [InlineData("But Okafor later blamed the delay on a \"bad contractor,\" claiming she had warned the board.", "Okafor")]
        [InlineData("A few days later Okafor went back to the quay, saying \"the work goes on.\"", "Okafor")]
        [InlineData("Hours later, Okafor went back to the quay, saying \"the work goes on.\"", "Okafor")]
        public void AnAdverbOfTimeAfterTheSubjectLeavesItTheSubject(string sentence, string mention)
        {
            // "Okafor later referred": a name before "later" or "earlier" is the clause's subject, which the cue after "and" or a
            // participle takes; "A few days later" and "Hours later," are still adverbials before the subject.
            var q = Quoted(sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }
        [Fact]
        public void ACueAfterAndSharesTheSubjectOfTheVerbBeforeIt()
        {
            // "Okafor smiled and said": the cue after "and" has the subject of "smiled", not the subject of the earlier clause's cue.
            var q = Quoted("When Hale mentioned the tolls, Okafor smiled and said, \"The tolls will fall.\"");
            Assert.Equal("Okafor", q.SpeakerMention);
        }

        [Fact]
        public void ASubjectInsideARelativeClauseBeforeAndIsNotTheCuesSubject()
        {
            // "the folks whom Hale had captivated and declared": Hale captivated them; he did not declare anything.
            var quotes = QuoteRulesTests.Extract("Harbour vote\n\nOkafor, one of the harbour pilots, thought about the folks whom Hale had captivated and declared him the candidate for the \"angry fishermen.\"");
            Assert.All(quotes, q => Assert.NotEqual("Hale", q.SpeakerMention));
        }
    }
}
