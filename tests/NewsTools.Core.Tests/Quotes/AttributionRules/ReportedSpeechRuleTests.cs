using System.Linq;
using NewsTools.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    public class ThatClauseRuleTests
    {
        [Fact]
        public void ACueItsAddresseeAndThatOpenTheReportedClause()
        {
            var kit = new RuleKit("Wang told Kono that the talks had been frank.");
            var found = new ThatClauseRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal("told", found!.Value.Cue.Text);
            Assert.Equal("Wang", found.Value.Cue.Speaker!.Text);
            Assert.Equal("Kono", found.Value.Cue.Addressee!.Text);
            Assert.Equal("the talks had been frank", kit.Clause(found.Value));
        }

        [Fact]
        public void WithoutThatItFindsNothing()
        {
            var kit = new RuleKit("Wang told Kono the talks had been frank.");
            Assert.Null(new ThatClauseRule(kit.Cues).Find(kit.Sentence()));
        }
    }

    public class AccordingToRuleTests
    {
        [Fact]
        public void TheSourceFollowsToAndTheClauseIsTheRestOfTheSentence()
        {
            var opening = new RuleKit("According to the harbour board, the bridge will reopen in May.");
            var found = new AccordingToRule(opening.Cues.Parser).Find(opening.Sentence());
            Assert.Equal("According to", found!.Value.Cue.Text);
            Assert.Equal("the harbour board", found.Value.Cue.Speaker!.Text);
            Assert.Equal("the bridge will reopen in May", opening.Clause(found.Value));

            var closing = new RuleKit("The bridge will reopen in May, according to the harbour board.");
            var last = new AccordingToRule(closing.Cues.Parser).Find(closing.Sentence());
            Assert.Equal("The bridge will reopen in May", closing.Clause(last!.Value));
        }

        [Fact]
        public void ItIsAskedBeforeTheBareClauseRuleSoTheSourceSpeaks()
        {
            var kit = new RuleKit("According to Wang, officials said the talks were frank.");
            Assert.Equal("officials", new BareClauseRule(kit.Cues).Find(kit.Sentence())!.Value.Cue.Speaker!.Text);
            var first = kit.FirstReported();
            Assert.Equal("Wang", first!.Value.Cue.Speaker!.Text);
            Assert.Equal("officials said the talks were frank", kit.Clause(first.Value));
        }

        [Fact]
        public void AccordingToInsideTheSentenceIsNoAttribution()
        {
            var kit = new RuleKit("The bridge was built according to the old plans of the city.");
            Assert.Null(new AccordingToRule(kit.Cues.Parser).Find(kit.Sentence()));
        }
    }

    public class SentenceEndAttributionRuleTests
    {
        [Fact]
        public void TheAttributionClosesTheSentenceAfterItsLastComma()
        {
            var kit = new RuleKit("The talks were frank and useful, the Chinese Foreign Ministry said in a statement.");
            var found = new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal("the Chinese Foreign Ministry", found!.Value.Cue.Speaker!.Text);
            Assert.Equal("The talks were frank and useful", kit.Clause(found.Value));
        }

        [Fact]
        public void AClosingPhraseMayFollowTheAttributionButAClauseMayNot()
        {
            var phrase = new RuleKit("Prices rose sharply in March, growers said on Thursday, a week before the festival.");
            var found = new SentenceEndAttributionRule(phrase.Cues).Find(phrase.Sentence());
            Assert.Equal("growers", found!.Value.Cue.Speaker!.Text);
            Assert.Equal("Prices rose sharply in March", phrase.Clause(found.Value));

            var clause = new RuleKit("In Kabul, officials said, the mood was tense.");
            Assert.Null(new SentenceEndAttributionRule(clause.Cues).Find(clause.Sentence()));
        }

        [Fact]
        public void ADatelinesCommaIsNoPartOfTheClauseBeforeAnAdjunct()
        {
            var kit = new RuleKit("FRANKFURT, May 14 (Reuters) - Halvex is in advanced talks to buy Corra, three people familiar with the matter said, in a deal that could be announced next week.");
            var found = new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal("three people", found!.Value.Cue.Speaker!.Text);
        }

        [Theory]
        [InlineData("When the council proposed closing the school, the parents did not write letters.")]
        [InlineData("Prices rose sharply in March, the growers never said.")]
        [InlineData("The tolls will rise again, the minister wouldn't say.")]
        [InlineData("The figure is less than the 3,000 cases mentioned last week, but will cover many of the biggest deals.")]
        public void ANegatedCueAfterTheCommaAttributesNothing(string sentence)
        {
            var kit = new RuleKit(sentence);
            Assert.Null(new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence()));
        }

        [Theory]
        [InlineData("An announcement could come as early as next week, one of the sources said, asking not to be named because the talks are private.", "one of the sources", "An announcement could come as early as next week")]
        [InlineData("Halvex is in advanced talks to buy Corra for about $40 billion, people familiar with the matter said on Tuesday, in what would be the biggest deal this year.", "people", "Halvex is in advanced talks to buy Corra for about $40 billion")]
        [InlineData("Growth in the first half of 2005 will slow, Mr Mendis told reporters, although he would not say by how much.", "Mr Mendis", "Growth in the first half of 2005 will slow")]
        [InlineData("Halvex is in advanced talks to buy a stake in Corra, three people familiar with the matter told Reuters, in a deal that could be announced next week.", "three people", "Halvex is in advanced talks to buy a stake in Corra")]
        [InlineData("The strike took out an oil depot overnight, regional officials said Sunday, as Moscow's forces pressed their offensive in the east.", "regional officials", "The strike took out an oil depot overnight")]
        [InlineData("A drone attack hit an oil depot overnight, officials said, while forces continued their offensive.", "officials", "A drone attack hit an oil depot overnight")]
        [InlineData("A NASA probe has detected deposits of water ice near the pole, the agency announced Wednesday, a finding that could shape plans to send astronauts there.", "the agency", "A NASA probe has detected deposits of water ice near the pole")]
        [InlineData("Ice at the poles could be turned into drinking water, oxygen and even rocket fuel, NASA officials have said, making it a key resource for a long-term human presence on the moon.", "NASA officials", "Ice at the poles could be turned into drinking water, oxygen and even rocket fuel")]
        // A second predicate of the clause's subject ("but will focus", "and could rise") goes on after the attribution, and a
        // number's separator ("1,300") parts no clause.
        [InlineData("The cuts will affect all levels and regions, the company said, but will focus on reducing layers of management.", "the company", "The cuts will affect all levels and regions")]
        [InlineData("This estimate is preliminary, bank governor Sunil Mendis told reporters, and could rise in 2006.", "bank governor Sunil Mendis", "This estimate is preliminary")]
        [InlineData("More than 90% of large companies are highly optimistic about their prospects, a survey of 1,300 bosses suggests.", "a survey of 1,300 bosses", "More than 90% of large companies are highly optimistic about their prospects")]
        public void AClauseThatHangsOnTheAttributionMayFollowIt(string sentence, string speaker, string clause)
        {
            var kit = new RuleKit(sentence);
            var found = new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal(speaker, found!.Value.Cue.Speaker!.Text);
            Assert.Equal(clause, kit.Clause(found.Value));
        }

        [Theory]
        [InlineData("On an annual basis, the data suggests annual growth of just 0.2%, suggesting a much more hesitant recovery.")]
        [InlineData("On Tuesday, even as shares were tumbling, Mr Ackman wrote to investors, telling them the firm was sound.")]
        public void AnAttributionBeforeAHangingClauseNeedsAPlainClauseBeforeIt(string sentence)
        {
            var kit = new RuleKit(sentence);
            Assert.Null(new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence()));
        }

        [Fact]
        public void AnAdjectiveInIngIsNoHangingClause()
        {
            var kit = new RuleKit("Male life expectancy is much higher than originally estimated, leading pension researchers have said.");
            var found = new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal("leading pension researchers", found!.Value.Cue.Speaker!.Text);
        }

        [Fact]
        public void TheAttributionMayBeInvertedWithItsApposition()
        {
            var named = new RuleKit("The vote could still fail next month, said Maria Lopez, a lawyer for the tenants.");
            var found = new SentenceEndAttributionRule(named.Cues).Find(named.Sentence());
            Assert.Equal("said", found!.Value.Cue.Text);
            Assert.StartsWith("Maria Lopez", found.Value.Cue.Speaker!.Text);
            Assert.Equal("The vote could still fail next month", named.Clause(found.Value));

            var body = new RuleKit("The talks were frank and useful, says the ministry.");
            Assert.Equal("the ministry", new SentenceEndAttributionRule(body.Cues).Find(body.Sentence())!.Value.Cue.Speaker!.Text);
        }

        [Theory]
        [InlineData("The cuts will mostly affect sales staff, she wrote.", "she", "The cuts will mostly affect sales staff")]
        [InlineData("Prices would rise again next year, he said in a statement.", "he", "Prices would rise again next year")]
        public void HeOrSheClosesTheSentenceAsANameDoes(string text, string speaker, string clause)
        {
            var kit = new RuleKit(text);
            var found = new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal(speaker, found!.Value.Cue.Speaker!.Text);
            Assert.Equal(clause, kit.Clause(found.Value));
        }

        [Theory]
        [InlineData("The plant will close in June and the jobs will go, it said.")]
        [InlineData("Thompson reacted sharply to some Liverpool supporters, who criticised the performance.")]
        [InlineData("Questioned about the disaster on Friday, he said his faith had not been shaken.")]
        [InlineData("At the party conference, the chancellor said the cuts were too deep, he told activists.")]
        public void APronounThatMayStandForNoSpeakerOrAClauseThatReportsAlreadyAttributesNothingBackwards(string text)
        {
            // "it" and "they" reach places and documents; "who" opens a relative clause; a verb after the cue makes what follows
            // the report; a cue in the clause before the comma is that clause's own attribution.
            var kit = new RuleKit(text);
            Assert.Null(new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence()));
        }

        [Fact]
        public void AClauseCloseByHeOrSheIsSaidByThePersonNamedBefore()
        {
            var quotes = QuoteRulesTests.Extract("Cuts row\n\nCEO Linda Cho said in a memo that the company had to cut costs. The cuts will mostly affect sales staff, she wrote.");
            Assert.Equal(new[] { "Linda Cho", "Linda Cho" }, quotes.Select(q => q.Speaker).ToArray());
        }

        [Theory]
        [InlineData("The vote could still fail next month, said")]
        [InlineData("The talks were frank and useful, says")]
        public void AnInvertedCueThatEndsTheParagraphHasNoSpeakerAndNoError(string text)
        {
            // Nothing follows the cue: the word after it is past the paragraph's last token, and no test may read it.
            var kit = new RuleKit(text);
            var found = new SentenceEndAttributionRule(kit.Cues).Find(kit.Sentence());
            Assert.True(found == null || found.Value.Cue.Speaker == null);
            Assert.DoesNotContain(QuoteRulesTests.Extract(text), q => q.Speaker != null);
        }

        [Fact]
        public void AVerbAfterTheInvertedCueOrAnObjectPronounMakesItNoAttribution()
        {
            // What follows "said" is the reported clause of the subject before the comma, not an inverted subject.
            var clause = new RuleKit("The senator, a Republican from Ohio, said the deal was bad for workers.");
            var found = new SentenceEndAttributionRule(clause.Cues).Find(clause.Sentence());
            Assert.True(found == null || found.Value.Cue.Speaker!.Text != "the deal");

            // "called him a master": the verb takes an object, there is no inverted subject.
            var obj = new RuleKit("His old partner at the firm, Ron Hale, called him a master at hard deals.");
            Assert.Null(new SentenceEndAttributionRule(obj.Cues).Find(obj.Sentence()));

            // A subject and its apposition before the comma: the verb after it is the subject's own ("wrote an account").
            var apposition = new RuleKit("Ellen Okafor, known as the Harbour Diarist, wrote an anonymous account of her life at sea.");
            Assert.Null(new SentenceEndAttributionRule(apposition.Cues).Find(apposition.Sentence()));

            // "called" names a work here; it does not stand before a subject.
            var naming = new RuleKit("Dana Price has been working on a drama for the Harbour channel, called The Rise And Fall Of Port Alder.");
            Assert.Null(new SentenceEndAttributionRule(naming.Cues).Find(naming.Sentence()));
        }
    }

    public class BareClauseRuleTests
    {
        [Fact]
        public void ASayingVerbWhoseClauseFollowsWithoutThat()
        {
            var kit = new RuleKit("Cox says Obama is trying to mislead voters.");
            var found = new BareClauseRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal("says", found!.Value.Cue.Text);
            Assert.Equal("Cox", found.Value.Cue.Speaker!.Text);
            Assert.Equal("Obama is trying to mislead voters", kit.Clause(found.Value));

            var time = new RuleKit("Wang said Tuesday the talks had been frank.");
            Assert.Equal("the talks had been frank", time.Clause(new BareClauseRule(time.Cues).Find(time.Sentence())!.Value));
        }

        [Fact]
        public void WordsThatOpenNoClauseAreNoReportedSpeech()
        {
            var kit = new RuleKit("Cox says hello to everyone in town.");
            Assert.Null(new BareClauseRule(kit.Cues).Find(kit.Sentence()));
        }

        [Fact]
        public void AThatClauseLaterInTheSentenceIsAskedFirst()
        {
            var kit = new RuleKit("Wang said the ministry had told Kono that the talks were frank.");
            var bare = new BareClauseRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal("Wang", bare!.Value.Cue.Speaker!.Text);
            var first = kit.FirstReported();
            Assert.Equal("told", first!.Value.Cue.Text);
            Assert.Equal("the talks were frank", kit.Clause(first.Value));
        }
    }

    public class DialogueDashRuleTests
    {
        [Theory]
        [InlineData("— We are ready to talk, the minister said.", "the minister", "said")]
        [InlineData("― We will not sign this, said Lavrov.", "Lavrov", "said")]
        [InlineData("– We are ready, – he added.", "he", "added")]
        public void ADashOpeningTheParagraphIsALineOfDialogueClosedByItsAttribution(string line, string speaker, string cue)
        {
            var kit = new RuleKit(line);
            var found = new DialogueDashRule(kit.Cues).Find(kit.Sentence());
            Assert.Equal(speaker, found!.Value.Cue.Speaker!.Text);
            Assert.Equal(cue, found.Value.Cue.Text);
        }

        [Theory]
        [InlineData("We are ready to talk, the minister said.")]
        [InlineData("The talks resumed — we are ready, the minister said.")]
        [InlineData("— We are ready to talk, and the minister agreed.")]
        public void WithoutAnOpeningDashOrAnAttributionAfterTheLastCommaItFindsNothing(string line)
        {
            var kit = new RuleKit(line);
            Assert.Null(new DialogueDashRule(kit.Cues).Find(kit.Sentence()));
        }

        [Fact]
        public void TheLineIsADirectQuoteWithoutTheDash()
        {
            var quotes = QuoteRulesTests.Extract("Talks resumed in Geneva on Monday.\n\n— We are ready to talk, the minister said.\n\n— We will not sign this, said Lavrov.");
            Assert.Collection(
                quotes,
                q =>
                {
                    Assert.Equal(NewsTools.Quotes.QuoteKind.Direct, q.Kind);
                    Assert.Equal("We are ready to talk", q.Text);
                    Assert.Equal("minister", q.Speaker);
                },
                q =>
                {
                    Assert.Equal(NewsTools.Quotes.QuoteKind.Direct, q.Kind);
                    Assert.Equal("We will not sign this", q.Text);
                    Assert.Equal("Lavrov", q.Speaker);
                });
        }

        [Fact]
        public void AQuestionOrAnExclamationKeepsItsMarkAndItsAttribution()
        {
            var quotes = QuoteRulesTests.Extract("Talks resumed in Geneva on Monday.\n\n— Is it over? asked a reporter.\n\n— Never! shouted the minister.");
            Assert.Collection(
                quotes,
                q =>
                {
                    Assert.Equal(NewsTools.Quotes.QuoteKind.Direct, q.Kind);
                    Assert.Equal("Is it over?", q.Text);
                    Assert.Equal("reporter", q.Speaker);
                    Assert.Equal("asked", q.Cue);
                },
                q =>
                {
                    Assert.Equal(NewsTools.Quotes.QuoteKind.Direct, q.Kind);
                    Assert.Equal("Never!", q.Text);
                    Assert.Equal("minister", q.Speaker);
                    Assert.Equal("shouted", q.Cue);
                });
        }
    }
}
