using System.Linq;
using NewsTools.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    public class TrailingAttributionRuleTests
    {
        [Fact]
        public void ASubjectAndCueRightAfterAPartialQuoteAttributeIt()
        {
            var kit = new RuleKit("The mayor called the plan \"a disgrace,\" he said.");
            var found = new TrailingAttributionRule(kit.Cues).Find(kit.Quote());
            Assert.NotNull(found);
            Assert.Equal("said", found!.Value.Cue.Text);
            Assert.Equal("he", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Adjacent);
        }

        [Fact]
        public void AQuoteThatOpensItsSentenceOrACueThatIntroducesTheNextQuoteIsNotItsBusiness()
        {
            var opening = new RuleKit("\"We are ready,\" he said.");
            Assert.Null(new TrailingAttributionRule(opening.Cues).Find(opening.Quote()));

            var colon = new RuleKit("The mayor called the plan \"a disgrace,\" he said: \"We will fight it.\"");
            Assert.Null(new TrailingAttributionRule(colon.Cues).Find(colon.Quote()));
        }

        [Fact]
        public void ItWinsOverTheCueOfTheReportedClauseBeforeTheQuote()
        {
            var kit = new RuleKit("Officials said the plan was \"a disgrace,\" Mayor Ruth Okafor said.");
            Assert.Equal("Officials", new CueBeforeQuoteRule(kit.Cues).Find(kit.Quote())!.Value.Cue.Speaker!.Text);
            Assert.Equal("Mayor Ruth Okafor", kit.FirstCue()!.Value.Cue.Speaker!.Text);
        }
    }

    public class CueBeforeQuoteRuleTests
    {
        [Fact]
        public void TheNearestCueBeforeTheQuoteInItsSentence()
        {
            var kit = new RuleKit("Mayor Ruth Okafor said: \"We are not done yet.\"");
            var found = new CueBeforeQuoteRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("said", found!.Value.Cue.Text);
            Assert.Equal("Mayor Ruth Okafor", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Adjacent);
        }

        [Fact]
        public void ACueFurtherBackIsNotAdjacent()
        {
            var kit = new RuleKit("Okafor said the bridge was \"nearly finished\" at last.");
            var found = new CueBeforeQuoteRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("Okafor", found!.Value.Cue.Speaker!.Text);
            Assert.False(found.Value.Adjacent);
        }

        [Fact]
        public void ASubjectThatCannotSpeakIsRefused()
        {
            // "protests" cannot speak, so "demands" is no cue for the quote.
            var kit = new RuleKit("The recent spate of protests demands \"more listening.\"");
            Assert.Null(new CueBeforeQuoteRule(kit.Cues).Find(kit.Quote()));

            // The same sentence with a group as the subject has its cue.
            var group = new RuleKit("The striking dockworkers demand \"more listening.\"");
            Assert.Equal("dockworkers", new CueBeforeQuoteRule(group.Cues).Find(group.Quote())!.Value.Cue.Speaker!.Text);
        }

        [Fact]
        public void ACapitalisedCueVerbIsACueOnlyInATitleCaseHeadline()
        {
            var headline = new RuleKit("Mayor Okafor Says Harbour Board Is \"Broken\"");
            var found = new CueBeforeQuoteRule(headline.Cues).Find(headline.Quote());
            Assert.Equal("Says", found!.Value.Cue.Text);
            Assert.Equal("Mayor Okafor", found.Value.Cue.Speaker!.Text);

            // In running text a capitalised "Said" is a name, not a verb.
            var prose = new RuleKit("Mayor Okafor Said the harbour board was \"broken\"");
            Assert.Null(new CueBeforeQuoteRule(prose.Cues).Find(prose.Quote()));
        }

        [Fact]
        public void APartialQuoteInAReportedClauseKeepsItsCueOverALaterOne()
        {
            // "engineers said" after the quote has no named subject, so the trailing rule passes and this rule answers
            // before the rule that reads after the quote could give the words to the engineers.
            var kit = new RuleKit("Okafor said the bridge was \"nearly finished,\" engineers said.");
            Assert.Equal("engineers", new CueAfterQuoteRule(kit.Cues).Find(kit.Quote())!.Value.Cue.Speaker!.Text);
            Assert.Equal("Okafor", kit.FirstCue()!.Value.Cue.Speaker!.Text);
        }
    }

    public class DashSignatureRuleTests
    {
        [Fact]
        public void ADashAndANameSignAQuoteThatOpensItsSentence()
        {
            var kit = new RuleKit("\"We will rebuild the pier.\" ― Ruth Okafor (@okafor)");
            var found = new DashSignatureRule(kit.Cues.Lexicon, kit.Cues.Parser).Find(kit.Quote());
            Assert.Equal("―", found!.Value.Cue.Text);
            Assert.Equal("Ruth Okafor", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Adjacent);
        }

        [Fact]
        public void ADashBeforeWordsThatNameNoOneIsNoSignature()
        {
            var kit = new RuleKit("\"We will rebuild the pier.\" ― the end of the story");
            Assert.Null(new DashSignatureRule(kit.Cues.Lexicon, kit.Cues.Parser).Find(kit.Quote()));
        }
    }

    public class NamedOpeningRuleTests
    {
        [Fact]
        public void ANameThenDescriptionsBetweenCommasThenTheCue()
        {
            var kit = new RuleKit("\"The water came up fast,\" Harry Bond, 30, of Raleigh, who was among those rescued, said.");
            var found = new NamedOpeningRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("said", found!.Value.Cue.Text);
            Assert.Equal("Harry Bond", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Adjacent);
        }

        [Fact]
        public void ANameWithoutACommaAfterItIsLeftToThePlainCueRule()
        {
            var kit = new RuleKit("\"The water came up fast,\" Harry Bond said.");
            Assert.Null(new NamedOpeningRule(kit.Cues).Find(kit.Quote()));
            Assert.Equal("Harry Bond", new CueAfterQuoteRule(kit.Cues).Find(kit.Quote())!.Value.Cue.Speaker!.Text);
        }

        [Fact]
        public void ASentenceOpenedByAPrepositionNamesNoSpeakerAfterTheQuote()
        {
            // "Of Stone" is what the next statement is about; Brennan, set off by a relative clause, says it.
            var kit = new RuleKit("\"But as mayor, he is a risk.\" Of Stone, Brennan, who has given money to Mark Ruben, said, \"He is scary.\"");
            Assert.Null(new NamedOpeningRule(kit.Cues).Find(kit.Quote()));
        }

        [Fact]
        public void TheQuoteBeforeAPrepositionalOpeningContinuesItsSpeaker()
        {
            var text = "Harbour vote\n\n\"He is fine,\" Jack Brennan said of Doyle. \"But as mayor, he is a risk.\" " +
                "Of Stone, Brennan, who has given money to Mark Ruben, said, \"He is scary.\"";
            var quotes = NewsTools.Tests.Quotes.QuoteRulesTests.Extract(text);
            Assert.All(quotes, q => Assert.Equal("Jack Brennan", q.Speaker));
        }
    }

    public class CueAfterQuoteRuleTests
    {
        [Fact]
        public void TheSubjectOrTheInvertedCueOpensTheStretchAfterTheQuote()
        {
            var inverted = new RuleKit("\"The bridge will reopen in May,\" said Anna Lindqvist.");
            var found = new CueAfterQuoteRule(inverted.Cues).Find(inverted.Quote());
            Assert.Equal("said", found!.Value.Cue.Text);
            Assert.Equal("Anna Lindqvist", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Adjacent);

            var plain = new RuleKit("\"The bridge will reopen in May,\" the harbour board said on Friday.");
            Assert.Equal("the harbour board", new CueAfterQuoteRule(plain.Cues).Find(plain.Quote())!.Value.Cue.Speaker!.Text);
        }

        [Fact]
        public void AfterAClosedQuestionACueThatOpensAClauseStartsANewStatement()
        {
            var kit = new RuleKit("\"Who pays for this?\" Reid said Rubio was wrong.");
            Assert.Null(new CueAfterQuoteRule(kit.Cues).Find(kit.Quote()));
        }

        [Fact]
        public void AfterAClosedSentenceACueBeforeAColonIsTheNextQuotations()
        {
            var kit = new RuleKit("\"We will appeal.\" Mayor Ruth Okafor said: \"It is not over.\"");
            Assert.Null(new CueAfterQuoteRule(kit.Cues).Find(kit.Quote()));

            var described = new RuleKit("\"We will appeal.\" Keeper Jan Lehr, whose rivalry with Kahn goes back years, said: \"It is not over.\"");
            Assert.Null(new NamedOpeningRule(described.Cues).Find(described.Quote()));
        }

        [Fact]
        public void TheQuoteBeforeACueAndColonContinuesItsSpeaker()
        {
            // The round-up style of the BBC's reports: one speaker's quotes, then the next speaker introduced with a colon.
            var text = "Cup tie\n\nCoach Felix Maier said: \"I am far from happy.\"\n\n\"They can score against us at home.\" " +
                "Arsenal keeper Jens Lehr, whose rivalry with Kahn was not helped, said: \"Do I blame myself? I always do.\"";
            var quotes = NewsTools.Tests.Quotes.QuoteRulesTests.Extract(text);
            Assert.Equal("Felix Maier", quotes.Single(q => q.Text.StartsWith("They can score", System.StringComparison.Ordinal)).Speaker);
            Assert.Equal("Jens Lehr", quotes.Single(q => q.Text.StartsWith("Do I blame", System.StringComparison.Ordinal)).Speaker);
        }
    }

    public class ParentheticalRuleTests
    {
        [Fact]
        public void AnAttributionBetweenCommasLaterInTheStretch()
        {
            var kit = new RuleKit("\"You squeezed employees to the breaking point\" to drive up the stock price, she said, and the board agreed.");
            Assert.Null(new CueAfterQuoteRule(kit.Cues).Find(kit.Quote()));
            var found = new ParentheticalRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("said", found!.Value.Cue.Text);
            Assert.Equal("she", found.Value.Cue.Speaker!.Text);
            Assert.False(found.Value.Adjacent);
        }

        [Fact]
        public void AParticipleIsNoAttribution()
        {
            var kit = new RuleKit("\"You squeezed employees to the breaking point\" to drive up the stock price, she added laughing, and left.");
            var found = new ParentheticalRule(kit.Cues).Find(kit.Quote());
            Assert.Null(found);
        }
    }

    public class ColonVerbRuleTests
    {
        [Fact]
        public void AnyVerbWithANamedSubjectBeforeTheColonIntroducesTheQuote()
        {
            var kit = new RuleKit("Kasich resisted: \"I will not drop out.\"");
            Assert.Null(new CueBeforeQuoteRule(kit.Cues).Find(kit.Quote()));
            var found = new ColonVerbRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("resisted", found!.Value.Cue.Text);
            Assert.Equal("Kasich", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Adjacent);
        }

        [Fact]
        public void ACommonNounSubjectIsNoSpeaker()
        {
            var kit = new RuleKit("The plan resisted: \"I will not drop out.\"");
            Assert.Null(new ColonVerbRule(kit.Cues).Find(kit.Quote()));
        }

        [Fact]
        public void AnArticleBeforeTheObjectIsNotTheVerb()
        {
            // The name after "gave" is the verb's object; "the Texan a" must not read as subject and verb.
            var kit = new RuleKit("But he gave the Ohio senator a back-handed compliment: \"You never have to guess where she is.\"");
            var found = new ColonVerbRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("gave", found!.Value.Cue.Text);
            Assert.Equal("he", found.Value.Cue.Speaker!.Text);
        }
    }

    public class RoundUpExcerptRuleTests
    {
        [Theory]
        [InlineData("HARBOUR TOLLS TO DOUBLE \"The port authority will double the tolls on the harbour bridge from March, its board decided.\" [Harbour Gazette.]", "HARBOUR TOLLS TO DOUBLE")]
        [InlineData("‘THE QUIET END OF THE FERRY LINE’ \"After ninety years the last ferry left the pier on Sunday.\" Read the whole story. [Coastal Wire]", "THE QUIET END OF THE FERRY LINE")]
        public void ARoundUpItemsExcerptIsTheStoryItsHeadlineNames(string text, string headline)
        {
            var kit = new RuleKit("MORNING BRIEFING.", text);
            var found = kit.FirstCue();
            Assert.Equal(headline, found!.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Cue.AsWritten);
            Assert.StartsWith("[", found.Value.Cue.Text);
            Assert.True(found.Value.Adjacent);

            // The whole extractor gives the headline as written, not a person or place named in it.
            var quote = NewsTools.Tests.Quotes.QuoteRulesTests.Extract("Morning Briefing\n\nTOP STORIES.\n\nMAYOR LOPEZ BACKS THE HARBOUR TOLLS \"The tolls will pay for the new cranes, the city says.\" [Harbour Gazette.]").Single();
            Assert.Equal("MAYOR LOPEZ BACKS THE HARBOUR TOLLS", quote.Speaker);
            Assert.Equal(NewsTools.Quotes.QuoteKind.Direct, quote.Kind);
        }

        [Theory]
        [InlineData("HARBOUR TOLLS TO DOUBLE \"The port authority will double the tolls on the harbour bridge from March.\"")]
        [InlineData("Harbour tolls to double \"The port authority will double the tolls on the harbour bridge from March.\" [Harbour Gazette.]")]
        [InlineData("TOLLS \"The port authority will double the tolls on the harbour bridge from March.\" [Harbour Gazette.]")]
        public void WithoutACreditOrAHeadlineInCapitalsThereIsNoRoundUpItem(string text)
        {
            var kit = new RuleKit("MORNING BRIEFING.", text);
            Assert.Null(new RoundUpExcerptRule().Find(kit.Quote()));
        }
    }

    public class LabelColonRuleTests
    {
        [Theory]
        [InlineData("Okafor: \"We are not done yet.\"", "Okafor")]
        [InlineData("Ruth Okafor, The Harbour Gazette: \"The board had a very bad night.\"", "Ruth Okafor")]
        [InlineData("Minister: \"We will not raise taxes\"", "Minister")]
        [InlineData("Union leader: \"Our members deserve this deal\"", "Union leader")]
        [InlineData("- Harbour United boss Sir Ruth Okafor: \"It was not our best performance.\"", "Harbour United boss Sir Ruth Okafor")]
        [InlineData("* Okafor: \"We are not done yet.\"", "Okafor")]
        public void ANameOpeningTheParagraphAndAColonLabelTheQuote(string text, string speaker)
        {
            var kit = new RuleKit(text);
            var found = new LabelColonRule(kit.Cues).Find(kit.Quote());
            Assert.Equal(speaker, found!.Value.Cue.Speaker!.Text);
            Assert.Equal(":", found.Value.Cue.Text);
            Assert.True(found.Value.Adjacent);
        }

        [Fact]
        public void AfterAListItemsMarkARoleAndANameLabelTheQuoteWithoutAColon()
        {
            var kit = new RuleKit("- Harbour United boss Ruth Okafor \"We deserved the win.\"");
            var found = new LabelColonRule(kit.Cues).Find(kit.Quote());
            Assert.Equal(("Harbour United boss Ruth Okafor", "-"), (found!.Value.Cue.Speaker!.Text, found.Value.Cue.Text));
        }

        [Theory]
        [InlineData("The board's answer was short: \"We are not done yet.\"")]
        [InlineData("Okafor, who chairs the board: \"We are not done yet.\"")]
        [InlineData("After the long vote on the harbour tolls and the cranes in Port Alder: \"We are not done yet.\"")]
        [InlineData("The new harbour board chairman: \"We are not done yet.\"")]
        [InlineData("- The board's answer was short: \"We are not done yet.\"")]
        [InlineData("- Compelling \"failing and rogue states\" to give up their uranium")]
        public void AClauseOrALongPhraseBeforeTheColonIsNoLabel(string text)
        {
            var kit = new RuleKit(text);
            Assert.Null(new LabelColonRule(kit.Cues).Find(kit.Quote()));
        }

        [Fact]
        public void AVerbBeforeTheColonKeepsItsOwnRule()
        {
            var kit = new RuleKit("Okafor said: \"We are not done yet.\"");
            Assert.Equal("said", kit.FirstCue()!.Value.Cue.Text);
        }
    }

    public class EarlierStretchRuleTests
    {
        [Fact]
        public void ACueInAnEarlierStretchGovernsTheQuotesAfterIt()
        {
            var kit = new RuleKit("Wang said the talks had gone well, calling them \"frank\" and \"useful\".");
            Assert.Null(new CueBeforeQuoteRule(kit.Cues).Find(kit.Quote(1)));
            var found = new EarlierStretchRule(kit.Cues).Find(kit.Quote(1));
            Assert.Equal("Wang", found!.Value.Cue.Speaker!.Text);
            Assert.False(found.Value.Adjacent);
        }

        [Fact]
        public void TheFirstQuoteOfASentenceHasNoEarlierStretch()
        {
            var kit = new RuleKit("\"Frank\" and \"useful\" were the words, the minister said.");
            Assert.Null(new EarlierStretchRule(kit.Cues).Find(kit.Quote(0)));
        }
    }

    public class LaterStretchRuleTests
    {
        [Fact]
        public void ACueInALaterStretchOfTheSentence()
        {
            var kit = new RuleKit("\"Frank\" and \"useful\" were the words, the minister said.");
            var found = new LaterStretchRule(kit.Cues).Find(kit.Quote(0));
            Assert.Equal("said", found!.Value.Cue.Text);
            Assert.Equal("the minister", found.Value.Cue.Speaker!.Text);
            Assert.False(found.Value.Adjacent);
        }

        [Fact]
        public void AnEarlierStretchIsAskedFirst()
        {
            var kit = new RuleKit("Wang said the talks went well, calling them \"frank\" and \"useful\", and the minister said so too.");
            Assert.Equal("the minister", new LaterStretchRule(kit.Cues).Find(kit.Quote(0))!.Value.Cue.Speaker!.Text);
            Assert.Equal("Wang", kit.FirstCue(0)!.Value.Cue.Speaker!.Text);
        }

        [Fact]
        public void ACueInAContrastingClauseAboutSomeoneElseDoesNotReachBack()
        {
            var contrast = new RuleKit("Prices in the harbour are \"out of control,\" while Ann Lee said sales were strong.");
            Assert.Null(new LaterStretchRule(contrast.Cues).Find(contrast.Quote(0)));

            // "but he" goes on about someone the text was already about: the cue still reaches back.
            var sameOne = new RuleKit("Prices in the harbour are \"out of control,\" but he said sales were strong.");
            Assert.Equal("he", new LaterStretchRule(sameOne.Cues).Find(sameOne.Quote(0))!.Value.Cue.Speaker!.Text);
        }
    }

    public class PreviousParagraphColonRuleTests
    {
        [Fact]
        public void AColonClosingThePreviousParagraphIntroducesTheQuoteThatOpensThisOne()
        {
            var kit = new RuleKit("The programme's coordinator, Dana Whitfield, wrote:", "\"The programme will close in June.\"");
            var found = new PreviousParagraphColonRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("wrote", found!.Value.Cue.Text);
            Assert.Equal("Dana Whitfield", found.Value.Cue.Speaker!.Text);
            Assert.True(found.Value.Adjacent);
        }

        [Fact]
        public void OnlyAColonAndOnlyForAQuoteThatOpensTheParagraph()
        {
            var noColon = new RuleKit("Dana Whitfield wrote to parents.", "\"The programme will close in June.\"");
            Assert.Null(new PreviousParagraphColonRule(noColon.Cues).Find(noColon.Quote()));

            var later = new RuleKit("Dana Whitfield wrote:", "Parents read that \"the programme will close\" soon.");
            Assert.Null(new PreviousParagraphColonRule(later.Cues).Find(later.Quote()));
        }
    }

    public class GoverningVerbRuleTests
    {
        [Fact]
        public void WithNoCueTheVerbOfTheClauseHoldingAFragmentStandsAsTheCue()
        {
            var kit = new RuleKit("He voiced a wish for a \"strong, prosperous and vibrant Mexico\".");
            var found = new GoverningVerbRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("voiced", found!.Value.Cue.Text);
            Assert.Equal("He", found.Value.Cue.Speaker!.Text);
            Assert.False(found.Value.Adjacent);
        }

        [Fact]
        public void ASubjectThatNamesNoOneOrAVerbFarFromTheQuoteGivesNothing()
        {
            var lords = new RuleKit("Law lords voiced a wish for a \"fair hearing\".");
            Assert.Null(new GoverningVerbRule(lords.Cues).Find(lords.Quote()));

            var far = new RuleKit("He voiced, over a long and tiring evening of speeches and toasts and songs and dances and more, a wish for \"calm\".");
            Assert.Null(new GoverningVerbRule(far.Cues).Find(far.Quote()));
        }

        [Fact]
        public void TheVerbIsReadPastAnAsideBetweenCommasAndAnAuxiliary()
        {
            var kit = new RuleKit("Former Governor Sam Hill, for his part, is labeling the order \"a reckless misuse of authority.\"");
            var found = new GoverningVerbRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("labeling", found!.Value.Cue.Text);
            Assert.Equal("Former Governor Sam Hill", found.Value.Cue.Speaker!.Text);

            // A participle with no auxiliary is no finite verb: "Sam Hill, for his part, hoping for ..." has none.
            var participle = new RuleKit("Sam Hill, for his part, hoping for \"a quiet session\" in the spring.");
            Assert.Null(new GoverningVerbRule(participle.Cues).Find(participle.Quote()));

            // In the passive the subject is the one acted on: "Ruth Moss, 27, was arrested for ..." is not her wording.
            var passive = new RuleKit("Ruth Moss, 27, was arrested for handing out leaflets against the \"cruel new regime\" of the province.");
            Assert.Null(new GoverningVerbRule(passive.Cues).Find(passive.Quote()));
        }
    }

    public class IntroducingSentenceRuleTests
    {
        [Fact]
        public void AQuoteOpeningTheNextSentenceIsThePersonTheSentenceBeforeIsAbout()
        {
            var kit = new RuleKit("Maria Lopez touted her record on the housing bill. \"We need to protect tenants who ask for repairs.\"");
            var found = new IntroducingSentenceRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("touted", found!.Value.Cue.Text);
            Assert.Equal("Maria Lopez", found.Value.Cue.Speaker!.Text);
            Assert.False(found.Value.Adjacent);
        }

        [Theory]
        [InlineData("Kelly Holmes won the 1500m in Glasgow. \"It was nice to get that out of the way.\"", "won")]
        [InlineData("Kelly Holmes hit the front and cruised to victory. \"It was nice to get that out of the way.\"", "hit")]
        public void AnIrregularPastFormIsTheSentencesVerb(string text, string verb)
        {
            // The time vocabulary's irregular past forms ("won", "hit") are verbs as "touted" is.
            var kit = new RuleKit(text);
            var found = new IntroducingSentenceRule(kit.Cues).Find(kit.Quote());
            Assert.Equal((verb, "Kelly Holmes"), (found!.Value.Cue.Text, found.Value.Cue.Speaker!.Text));
        }

        [Fact]
        public void AnIrregularPastFormGivesAQuotedFragmentNoSpeaker()
        {
            // "sought the "apprehended violence" orders": a term in the clause, not her words; the governing-verb rule keeps to
            // verbs in -ed and -s.
            var quotes = QuoteRulesTests.Extract("Kidman case\n\nNicole Kidman spoke on Monday.\n\nKidman sought the \"apprehended violence\" orders in court.");
            Assert.Null(quotes[quotes.Count - 1].Speaker);
        }

        [Fact]
        public void TheVerbMayFollowAnAppositionAndBeACuePhrase()
        {
            var kit = new RuleKit("Her colleague Dana Price, 33, a nurse from Tulsa, chimed in. \"I never thought I would vote for them. Now I will.\"");
            var found = new IntroducingSentenceRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("chimed in", found!.Value.Cue.Text);
            Assert.Equal("Dana Price", found.Value.Cue.Speaker!.Text.Substring(found.Value.Cue.Speaker.Text.Length - "Dana Price".Length));
        }

        [Fact]
        public void NoPersonNoVerbOrAQuoteThatIsNotAStatementGivesNothing()
        {
            var impersonal = new RuleKit("It rained all week on the coast. \"We lost the whole harvest to the water.\"");
            Assert.Null(new IntroducingSentenceRule(impersonal.Cues).Find(impersonal.Quote()));

            var noVerb = new RuleKit("Maria Lopez and the tenants of the tower. \"We need to protect tenants who ask for repairs.\"");
            Assert.Null(new IntroducingSentenceRule(noVerb.Cues).Find(noVerb.Quote()));

            var term = new RuleKit("Maria Lopez touted her record. \"Fair rent\" is its name.");
            Assert.Null(new IntroducingSentenceRule(term.Cues).Find(term.Quote()));

            // After a paragraph that quotes someone, a paragraph-opening quote is a continuation's business, not this rule's.
            var afterQuote = new RuleKit("Maria Lopez touted her record: \"It speaks for itself.\"", "\"We need to protect tenants who ask for repairs.\"");
            Assert.Null(new IntroducingSentenceRule(afterQuote.Cues).Find(afterQuote.Quote()));
        }

        [Fact]
        public void AQuoteOpeningAParagraphAfterNarrationIsThePersonTheLastSentenceIsAbout()
        {
            var kit = new RuleKit("Tenants packed the hall.", "Maria Lopez touted her record on the housing bill.", "\"We need to protect tenants who ask for repairs.\"");
            var found = new IntroducingSentenceRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("touted", found!.Value.Cue.Text);
            Assert.Equal("Maria Lopez", found.Value.Cue.Speaker!.Text);

            var impersonal = new RuleKit("It rained all week on the coast.", "\"We lost the whole harvest to the water.\"");
            Assert.Null(new IntroducingSentenceRule(impersonal.Cues).Find(impersonal.Quote()));
        }

        [Fact]
        public void AStanceToldWithACopulaIntroducesThePersonsWords()
        {
            var kit = new RuleKit("Tenants packed the hall.", "Maria Lopez is upbeat about the bill's chances, in part because she sees it as fair.", "\"Not only can we pass it, we can pass it this spring.\"");
            var found = new IntroducingSentenceRule(kit.Cues).Find(kit.Quote());
            Assert.Equal("is", found!.Value.Cue.Text);
            Assert.Equal("Maria Lopez", found.Value.Cue.Speaker!.Text);

            // A place, a predicate noun or a passive tells where someone was or what was done to them, not what they think.
            foreach (var narration in new[] { "Maria Lopez was in Ohio on Monday.", "Maria Lopez is a lawyer for the tenants.", "Maria Lopez was arrested at the hall." })
            {
                var other = new RuleKit("Tenants packed the hall.", narration, "\"Not only can we pass it, we can pass it this spring.\"");
                Assert.Null(new IntroducingSentenceRule(other.Cues).Find(other.Quote()));
            }
        }
    }

    public class InvertedColonRuleTests
    {
        [Theory]
        [InlineData("Continued Okafor: \"We will not back down.\"", "Continued", "Okafor")]
        [InlineData("Added Jane Hale, the harbour master: \"The cranes can wait.\"", "Added", "Jane Hale")]
        public void AReportingVerbBeforeItsSubjectAndAColonIsTheCue(string sentence, string cue, string speaker)
        {
            var kit = new RuleKit(sentence);
            var found = new InvertedColonRule(kit.Cues).Find(kit.Quote());
            Assert.NotNull(found);
            Assert.Equal(cue, found!.Value.Cue.Text);
            Assert.Equal(speaker, found.Value.Cue.Speaker!.Text);
        }

        [Fact]
        public void TheQuoteGoesToTheNameAfterTheVerbNotToANameThatBeginsWithIt()
        {
            // Before this rule, the label rule read "Continued Okafor" as the speaker's name.
            var q = QuoteRulesTests.Extract("Harbour vote\n\nRuth Okafor spoke at the quay.\n\nContinued Okafor: \"We will not back down.\"").Single(x => x.Kind == NewsTools.Quotes.QuoteKind.Direct);
            Assert.Equal("Ruth Okafor", q.Speaker);
            Assert.Equal("Continued", q.Cue);
        }

        [Fact]
        public void ANameLabelOrAVerbAfterTheSubjectIsNotItsBusiness()
        {
            var label = new RuleKit("Okafor: \"We will not back down.\"");
            Assert.Null(new InvertedColonRule(label.Cues).Find(label.Quote()));
            var ordinary = new RuleKit("Okafor continued: \"We will not back down.\"");
            Assert.Null(new InvertedColonRule(ordinary.Cues).Find(ordinary.Quote()));
        }
    }
}
