using System.Linq;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using NewsTools.Tests.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    /// <summary>A name or description a person gives right before a quote ("called her", "dubbed", "described ... as") is theirs.</summary>
    public class NamingVerbRuleTests
    {
        [Fact]
        public void ANameGivenAfterANamingVerbAndItsObjectIsTheSubjectsWords()
        {
            var kit = new RuleKit("Governor Alma Reyes called her rival \"the Undertaker\" at the fair.");
            var found = new NamingVerbRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("called", found!.Value.Cue.Text);
            Assert.Equal("Governor Alma Reyes", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Names);

            var relative = new RuleKit("She forwarded the memo to Tom Baird (who she dubbed \"the Fixer\") on Monday.");
            Assert.Equal("she", new NamingVerbRule(relative.Cues).Find(relative.Quote())!.Value.Cue.Speaker!.Text);
        }

        [Fact]
        public void AnIndefinitePronounGivesTheNameItsOwnWords()
        {
            // "Someone" names no one the article knows, but the name is theirs, not that of the writer who agrees after it.
            var q = QuoteRulesTests.Extract("Ruth Okafor has run the ferry board since 2019.\n\nSomeone called the new timetable a \"quiet revolution,\" and I agree.")
                .Single(x => x.Text == "quiet revolution");
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("Someone", q.SpeakerMention);
            Assert.Equal("called", q.Cue);
        }

        [Fact]
        public void ADescriptionAfterAsGoesToTheVerbsSubjectPastAnAsideOrAParticiple()
        {
            var kit = new RuleKit("Mayor Ken Oduya spent the week portraying the bus drivers, in particular, as \"saboteurs\" of the city.");
            var found = new NamingVerbRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("portraying", found!.Value.Cue.Text);
            Assert.Equal("Mayor Ken Oduya", found.Value.Cue.Speaker!.Text);

            var referred = new RuleKit("Rita Alvarez went further, referring to the backers of the levy as \"tax hounds.\"");
            Assert.Equal("Rita Alvarez", new NamingVerbRule(referred.Cues).Find(referred.Quote())!.Value.Cue.Speaker!.Text);
        }

        [Fact]
        public void ACommonNounAPassiveOrADescribingParticipleNamesNoSpeaker()
        {
            // "a show called": a thing is named, nobody speaks.
            var show = new RuleKit("The troupe staged a show called \"Brokers\" in Madrid.");
            Assert.Null(new NamingVerbRule(show.Cues).Find(show.Quote()));

            // In the passive the subject is the one named.
            var passive = new RuleKit("Victor Hale was dubbed \"the Ferryman\" by his crews.");
            Assert.Null(new NamingVerbRule(passive.Cues).Find(passive.Quote()));

            // A past participle after a comma describes the name before it.
            var described = new RuleKit("Victor Hale, nicknamed \"the Ferryman\", ran the port for a decade.");
            Assert.Null(new NamingVerbRule(described.Cues).Find(described.Quote()));

            // A clause word between verb and quote: the quote is not the verb's naming.
            var clause = new RuleKit("Victor Hale called and said that the port was \"open\".");
            Assert.Null(new NamingVerbRule(clause.Cues).Find(clause.Quote()));
        }

        [Fact]
        public void ANameInCapitalsGivenByAPersonIsAPartialQuoteNotATitle()
        {
            var text = "Senator Dana Whitfield spoke at the rally. At one point, she referred to the governor as \"the Undertaker.\" " +
                "She also mocked a plan that Governor Victor Hale dubbed \"Fresh Start\" last spring.";
            var quotes = QuoteRulesTests.Extract(text);
            var undertaker = quotes.Single(q => q.Text.StartsWith("the Undertaker"));
            Assert.Equal(QuoteKind.Partial, undertaker.Kind);
            Assert.Equal("Dana Whitfield", undertaker.Speaker);
            Assert.Equal("referred", undertaker.Cue);

            // "She also mocked a plan that Governor Victor Hale dubbed": the name is a quote, reported by her cue.
            var plan = quotes.Single(q => q.Text.StartsWith("Fresh Start"));
            Assert.Equal(QuoteKind.Partial, plan.Kind);
            Assert.Equal("Dana Whitfield", plan.Speaker);

            // A title with no one naming it stays a term.
            var title = QuoteRulesTests.Extract("The station aired \"Fresh Start\" on Sunday.").Single();
            Assert.Equal(QuoteKind.Term, title.Kind);
        }

        [Fact]
        public void ARoleOwnedByANameIsNotThatName()
        {
            // "Mr Hale's lawyer labelled": the lawyer speaks, not Hale; the rule leaves it to the others.
            var kit = new RuleKit("Victor Hale was jailed in May.", "Mr Hale's lawyer labelled the court \"illegal\" on Monday.");
            Assert.Null(new NamingVerbRule(kit.Cues).Find(kit.Quote()));
        }

        [Fact]
        public void ANameGivenIsNoStatementTheNextParagraphContinues()
        {
            var text = "Speaking in the council, Ted Brandt reminded members that Governor Alma Reyes once described him as a \"Modern Scrooge\".\n\n" +
                "\"Given the outrage that remark caused, how could the council now revive it in its own posters?\"";
            var quotes = QuoteRulesTests.Extract(text);
            Assert.Equal(QuoteKind.Partial, quotes.Single(q => q.Text.StartsWith("Modern Scrooge")).Kind);
            var question = quotes.Single(q => q.Text.StartsWith("Given the outrage"));
            Assert.NotEqual("Alma Reyes", question.Speaker);
        }

        [Fact]
        public void AnEarlierCueKeepsTheNameItsReportedClauseGives()
        {
            // 'She noted that Sanders called him "weak"': the outer cue reports the clause, so the quote is hers, and still a quote.
            var q = QuoteRulesTests.Extract("Senator Dana Whitfield noted that Victor Hale had called the plan \"Fresh Start\" in March.").Single();
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("Dana Whitfield", q.Speaker);
        }
    }
}
