using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>News conventions one at a time, on short articles written for these tests.</summary>
    public class QuoteRulesTests
    {
        internal static IReadOnlyList<Quote> Extract(string text, NewsToolsConfig? config = null)
        {
            config ??= ConfigLoader.Defaults;
            var article = new ArticleReader(config).Parse(text, new ArticleOptions { Id = "test" });
            return new QuoteExtractor(config).Extract(article);
        }

        [Fact]
        public void AQuoteAfterASentenceAboutAPersonIsTheirsUnlessItContinuesAStatement()
        {
            var introduced = Extract("Maria Lopez touted her record on the housing bill. \"We need to protect tenants who ask for repairs.\"").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Maria Lopez", introduced.Speaker);
            Assert.Equal("touted", introduced.Cue);
            Assert.Equal(Attribution.Explicit, introduced.Attribution);

            // A statement earlier in the paragraph is continued: the sentence between does not take the quote.
            var text = "\"The repairs are late,\" said tenant Joan Avery. Landlord Victor Hale disputed the figures. \"Every flat was inspected in March.\"";
            var quotes = Extract(text).Where(x => x.Kind == QuoteKind.Direct).ToList();
            Assert.Equal("Joan Avery", quotes[1].Speaker);
            Assert.Equal(Attribution.Continuation, quotes[1].Attribution);
        }

        [Theory]
        [InlineData("Asked if he would appeal, Arne Holt shrugged.")]
        [InlineData("Asked about an appeal, Arne Holt shrugged.")]
        [InlineData("Pressed on the cost, Arne Holt shrugged.")]
        public void AParticiplesOpeningPhraseStandsBeforeTheSentencesSubject(string sentence)
        {
            // "Asked" opens a phrase that ends at the comma; the manager after it is whom the sentence is about.
            var q = Extract(sentence + " \"There is no point. We move on.\"").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Arne Holt", q.Speaker);
        }

        [Fact]
        public void ATitledNameAfterAnInvertedCueIsTheSubjectAPronounLaterStandsFor()
        {
            // "said Mr Lane" makes Lane the latest subject; Harbourline, which spoke and opened a clause before him, is not "he".
            var text = "Ferry tickets on phones\n\nRiders will tap their phones on the ferry gates, said Harbourline.\n\n" +
                "Harbourline has worked with a chip maker on the gates. The trial could reach other ports, said Mr Lane. " +
                "\"It could be used in shops as well,\" he told the Gazette.";
            var q = Extract(text).Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Lane", q.Speaker);
            Assert.Equal(Attribution.Pronoun, q.Attribution);
        }

        [Fact]
        public void InitialsInADescriptionKeepTheirPeriodAndEndNoStretch()
        {
            var q = Extract("\"Both parties scare me,\" Nora Quist, 52, of Durham, N.C., who answered the survey, said in a later call.").Single();
            Assert.Equal("Nora Quist", q.Speaker);
            Assert.Equal("said", q.Cue);

            // Initials that end a sentence still end the stretch: the next sentence's cue is not this quote's.
            var quotes = Extract("Ed Lamb spoke first. \"It is not over,\" he said on arriving in the U.S. Then Rita Vance said she would stay home.");
            Assert.Equal("Ed Lamb", quotes.First(x => x.Kind == QuoteKind.Direct).Speaker);
        }

        [Fact]
        public void ADocumentsVerbReportsForTheDocumentOrItsAuthorOnly()
        {
            var byAuthor = Extract("A study by the Lakeside Institute finds that rents \"rose faster than wages in every town.\"").Single();
            Assert.Equal("Lakeside Institute", byAuthor.Speaker);
            Assert.Equal("finds", byAuthor.Cue);

            var conducted = Extract("A poll conducted by Harlow Research shows voters \"deeply divided\" on the levy.").Single();
            Assert.Equal("Harlow Research", conducted.Speaker);

            var document = Extract("The county survey found that parents \"do not trust either board\" this year.").Single();
            Assert.Equal("found", document.Cue);
            Assert.NotNull(document.Speaker);

            // "found" is no cue for a person or a body that is not a document: the quote stays a term.
            var person = Extract("Rangers found the hikers near the \"old mill\" on Friday.").Single();
            Assert.Equal(QuoteKind.Term, person.Kind);
            Assert.Null(person.Speaker);

            // Nor does it lend its subject to a later "and said": "they found ... and said" is the senators' statement, both of them.
            var senators = Extract("Sens. Ada Moor and Tim Hale said they found the memo \"troubling\" and said it \"leaves many questions open.\"");
            Assert.All(senators, q => Assert.Equal("Ada Moor and Tim Hale", q.Speaker));
        }

        [Fact]
        public void ANameInAppositionAfterAnInvertedRoleIsTheSpeaker()
        {
            var q = Extract("\"We remain interested in this market,\" said a spokeswoman for Harlow hotels, Jennifer Ross.").Single();
            Assert.Equal("Jennifer Ross", q.Speaker);

            // A possessive opens the role as an article does.
            var owned = Extract("Power cuts\n\nNorthern Grid said crews were at work. \"We understand how hard this is,\" said its operations director, Phil Jones.")
                .Single(x => x.Text.StartsWith("We understand", StringComparison.Ordinal));
            Assert.Equal("Phil Jones", owned.Speaker);

            // An organisation after the comma is not the role's name: the role stays the speaker.
            var body = Extract("\"We remain interested in this market,\" said a spokeswoman for the group, Harlow Hotels Inc.").Single();
            Assert.NotEqual("Harlow Hotels Inc.", body.Speaker);
        }

        [Fact]
        public void TheSubjectOfACueAfterARestrictiveRelativeClauseIsItsAntecedent()
        {
            var official = Extract("A city official who spoke anonymously to discuss internal planning said, \"There are talks between the two offices.\"").Single();
            Assert.Equal("city official", official.Speaker);

            var neighbour = Extract("A neighbour who saw the crash said, \"The car never slowed down at all.\"").Single();
            Assert.Equal("neighbour", neighbour.Speaker);

            // A name set off by commas keeps its own relative clause out of the way.
            var named = Extract("Mary Cole, who met Tom Hale on Monday, said, \"We agreed on nothing at all today.\"").Single();
            Assert.Equal("Mary Cole", named.Speaker);
        }

        [Fact]
        public void ANameBeforeASourceNounOnlyModifiesIt()
        {
            // "one Democratic source": the party names the kind of source, which heads the phrase; it is no speaker of its own.
            var q = Extract("\"The other side is lurching from point to point,\" said one Democratic source on the panel.").Single();
            Assert.Equal("Democratic source", q.Speaker);
            Assert.Equal(Attribution.Nominal, q.Attribution);
        }

        [Fact]
        public void AnAdverbBetweenTheSpeakerAndTheCueIsSkipped()
        {
            var q = Extract("The mayor however said he would welcome a \"broad regional compact\" for the valley.").Single();
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("mayor", q.Speaker);
            Assert.Equal("said", q.Cue);
        }

        [Fact]
        public void InvertedAttributionAfterTheQuoteNamesTheSpeaker()
        {
            var q = Extract("Harbour Board chair Anna Lindqvist opened the meeting.\n\n\"The bridge will reopen in May,\" said Lindqvist.").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Anna Lindqvist", q.Speaker);
            Assert.Equal("Lindqvist", q.SpeakerMention);
            Assert.Equal("said", q.Cue);
            Assert.Equal(Attribution.Explicit, q.Attribution);
            Assert.Equal("The bridge will reopen in May", q.Text);
        }

        [Fact]
        public void CueBeforeTheQuoteWithAColonAndCurlyMarks()
        {
            var q = Extract("Mayor Tom Okafor told reporters: “We are not done yet.”").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Tom Okafor", q.Speaker);
            Assert.Equal("told", q.Cue);
            Assert.Equal("We are not done yet.", q.Text);
        }

        [Fact]
        public void AnUnclosedQuoteRunsIntoTheNextParagraphAsAContinuation()
        {
            var text = "Engineer Maria Santos described the repairs.\n\n" +
                       "\"We replaced every cable on the north span,\" Santos said. \"It took longer than planned.\n\n" +
                       "\"The south span comes next.\"";
            var quotes = Extract(text).Where(q => q.Kind == QuoteKind.Direct).ToList();
            Assert.Equal(3, quotes.Count);
            Assert.All(quotes, q => Assert.Equal("Maria Santos", q.Speaker));
            Assert.Equal(Attribution.Explicit, quotes[0].Attribution);
            Assert.Equal("It took longer than planned.", quotes[1].Text);
            Assert.Equal(Attribution.Continuation, quotes[2].Attribution);
            Assert.Null(quotes[2].SpeakerMention);
        }

        [Fact]
        public void APronounGoesToTheLatestPersonWhoWasASubject()
        {
            var text = "Senator Ruth Adeyemi met the union leaders on Monday.\n\n\"Nobody leaves this room without a deal,\" she said.";
            var q = Extract(text).Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Ruth Adeyemi", q.Speaker);
            Assert.Equal("she", q.SpeakerMention);
            Assert.Equal(Attribution.Pronoun, q.Attribution);
        }

        [Fact]
        public void HeGoesToAOneNameSpeakerWhoJustSpokeNotToAnEarlierPerson()
        {
            var quotes = Extract("Summit talks\n\nPresident Joe Biden spoke first at the summit.\n\nPutin said the talks had been useful.\n\n" +
                "\"We are ready to continue,\" he said.");
            Assert.Equal("Putin", quotes.Single(q => q.Kind == QuoteKind.Direct).Speaker);
        }

        [Fact]
        public void SheOrHeGoesToAPersonBeforeAnAcronymThatOnlySpoke()
        {
            var quotes = Extract("Frost hits orchards\n\nInes Marlow walked her rows at dawn. KVGC said its members had lost half the crop.\n\n" +
                "\"It was the worst night I remember,\" she said.");
            Assert.Equal("Ines Marlow", quotes.Single(q => q.Kind == QuoteKind.Direct).Speaker);
        }

        [Fact]
        public void APronounSkipsAPersonOfTheOtherGender()
        {
            var text = "Ms. Ruth Adeyemi said the talks were over.\n\nMr. Paul Grant disagreed.\n\n\"We will be back in June,\" she said.";
            var q = Extract(text).Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Ruth Adeyemi", q.Speaker);
            Assert.Equal("she", q.SpeakerMention);
        }

        [Fact]
        public void AGivenNameTellsTheGenderNoTitleTold()
        {
            // No "Ms." or "Mr.": the given names alone tell that "she" is not the auditor who spoke last, and "he" not the senator.
            var she = Extract("Senator Claire Okafor questioned the port board on Tuesday.\n\n" +
                "\"The figures do not add up,\" said David Brennan, an auditor who watched the hearing.\n\n" +
                "\"Somebody signed these contracts without reading them,\" she said.").Where(x => x.Kind == QuoteKind.Direct).ToList();
            Assert.Equal("Claire Okafor", she[1].Speaker);

            var he = Extract("Mayor Thomas Reyes opened the new bridge on Friday.\n\n" +
                "\"It took eleven years,\" said Margaret Lowe, who chaired the bridge committee.\n\n" +
                "\"We will not wait that long for the next one,\" he said.").Where(x => x.Kind == QuoteKind.Direct).ToList();
            Assert.Equal("Thomas Reyes", he[1].Speaker);
        }

        [Fact]
        public void AccordingToInsideAReportedClauseLeavesTheQuoteToTheReporter()
        {
            // "according to" opens the clause Okafor reports, as its subject would: the partial quote is hers, the count its source.
            var q = Extract("Harbour chief Ruth Okafor said on Monday that according to the port's own count, the ferries carried more " +
                "people than ever, but \"we are still counting the cars.\"").Single(x => x.Kind == QuoteKind.Partial);
            Assert.Equal("Ruth Okafor", q.Speaker);
            Assert.Equal("said", q.Cue);
        }

        [Fact]
        public void AVerbInsideAReportedClauseIsNoColonCue()
        {
            // "that he has learned his lesson:" is what Okafor says of the mayor; the quote after the colon is hers, from "said".
            var q = Extract("Mayor Thomas Reyes opened the bridge two years late.\n\nHarbour chief Ruth Okafor said the delay was a \"costly mistake\" " +
                "and that he has learned his lesson: \"We will never sign a contract without reading it again.\"").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("said", q.Cue);
            Assert.Equal("Ruth Okafor", q.Speaker);
            Assert.Equal("Harbour chief Ruth Okafor", q.SpeakerMention);
        }

        [Fact]
        public void AnIngFormAfterAPossessiveIsTheOwnersSpeech()
        {
            // "his warning": the warning is the mayor's, not that of the board chair who was stung by it.
            var q = Extract("Mayor Thomas Reyes left the summit on Friday.\n\nBoard chair Ruth Okafor was stung by his warning that the port " +
                "would go to \"the back of the line\" for funds.").Single(x => x.Kind == QuoteKind.Partial);
            Assert.Equal("his", q.SpeakerMention);
            Assert.Equal("Thomas Reyes", q.Speaker);
        }

        [Fact]
        public void APhraseBetweenAReportingVerbAndItsThatKeepsTheClauseReported()
        {
            // "said that the mayor had described ..." is Okafor's report, and so it stays with "during a rally ..." before "that".
            var plain = Extract("Harbour chief Ruth Okafor said that the mayor had once described the bridge as \"a money pit\".").Single(x => x.Kind == QuoteKind.Partial);
            var adjunct = Extract("Harbour chief Ruth Okafor said during a rally in the old dock district that the mayor had once described the bridge as \"a money pit\".")
                .Single(x => x.Kind == QuoteKind.Partial);
            Assert.Equal("Ruth Okafor", plain.Speaker);
            Assert.Equal("Ruth Okafor", adjunct.Speaker);
            Assert.Equal("said", adjunct.Cue);
        }

        [Fact]
        public void YouOutsideQuotesIsTheReaderNotASpeaker()
        {
            // The writer addresses the reader: "you" names no one who said "vote with your feet", which stays a term.
            var q = Extract("If you live in the old dock district, feel free to \"vote with your feet\" or whatever you want to call it.").Single();
            Assert.Equal(QuoteKind.Term, q.Kind);
            Assert.Null(q.SpeakerMention);
        }

        [Fact]
        public void AFragmentModifyingANounInALaterSentenceContinuesNoStatement()
        {
            // '"leave the car at home" schemes' names a kind of scheme; it is not more of what Okafor said a sentence before.
            var quotes = Extract("Harbour chief Ruth Okafor said the ferry fares were \"far too high for families\". Many commuters have since " +
                "turned to \"leave the car at home\" schemes run by the council.");
            Assert.Equal("Ruth Okafor", quotes.Single(x => x.Text == "far too high for families").Speaker);
            var scheme = quotes.Single(x => x.Text == "leave the car at home");
            Assert.Equal(QuoteKind.Term, scheme.Kind);
            Assert.Null(scheme.Speaker);

            // A fragment of the same sentence still goes on with its statement.
            var same = Extract("Harbour chief Ruth Okafor said the ferry fares were \"far too high for families\" and \"a tax on islanders\".");
            Assert.Equal("Ruth Okafor", same.Single(x => x.Text == "a tax on islanders").Speaker);
        }

        [Fact]
        public void ASentenceAboutARoleWithTheIntroducesTheQuoteAfterIt()
        {
            // "The harbour board spokesman" refers back as a name would: the statement after his sentence is his.
            var q = Extract("The ferry board met on Monday.\n\nThe harbour board spokesman apologised for the delays. " +
                "\"We got the timetable wrong and we will fix it by the summer.\"").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("The harbour board spokesman", q.SpeakerMention);
            Assert.Equal("apologised", q.Cue);

            // Not any noun: "The timetable" is no one.
            var none = Extract("The ferry board met on Monday.\n\nThe new timetable starts in June. \"We got the timetable wrong and we will fix it.\"")
                .Single(x => x.Kind == QuoteKind.Direct);
            Assert.Null(none.SpeakerMention);
        }

        [Fact]
        public void ItGoesToTheBodyNamedInLowerCaseBeforeIt()
        {
            // No named organisation: "it" is the ferry company of the same sentence, the harbour committee of the one before.
            var quotes = Extract("The ferry company's shares fell on Monday after it said winter demand had \"simply collapsed\".\n\n" +
                "The harbour committee met in private on Friday. It said the new timetable was \"not fit for purpose\".");
            Assert.Equal("ferry company", quotes.Single(x => x.Text == "simply collapsed").Speaker);
            Assert.Equal("it", quotes.Single(x => x.Text == "simply collapsed").SpeakerMention);
            Assert.Equal("harbour committee", quotes.Single(x => x.Text == "not fit for purpose").Speaker);
        }

        [Fact]
        public void ANominalGoesToTheOrganisationNamedEarlier()
        {
            var text = "The Ministry of Transport published its figures.\n\n\"Traffic has fallen by a third,\" the ministry said.";
            var q = Extract(text).Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Ministry of Transport", q.Speaker);
            Assert.Equal(Attribution.Nominal, q.Attribution);
            Assert.Equal(SpeakerType.Organization, q.SpeakerType);
        }

        [Fact]
        public void APartialQuoteTakesTheCueOfItsSentence()
        {
            var q = Extract("Finance minister Lena Vogt said the plan was \"fair to everyone\" and would pass.").Single(x => x.Kind != QuoteKind.Indirect);
            Assert.Equal(QuoteKind.Partial, q.Kind);
            Assert.Equal("Lena Vogt", q.Speaker);
            Assert.Equal("fair to everyone", q.Text);
        }

        [Fact]
        public void NamesTitlesAndScareQuotesAreTermsWithoutSpeaker()
        {
            var quotes = Extract("The ferry, known as \"Old Blue\", sailed again. Few noticed the \"upgrade\" on the show \"Harbour Life\".");
            Assert.All(quotes.Where(q => q.Kind != QuoteKind.Indirect), q =>
            {
                Assert.Equal(QuoteKind.Term, q.Kind);
                Assert.Null(q.Speaker);
            });
            Assert.Contains(quotes, q => q.Text == "Old Blue");
        }

        [Theory]
        [InlineData("Tolls will rise by 8 percent, according to figures from the city council.", "city council")]
        [InlineData("The increase was approved on Monday, according to a statement issued by the Ministry of Transport.", "Ministry of Transport")]
        [InlineData("Orders fell, according to the latest survey from the Institute for Supply Management.", "Institute for Supply Management")]
        [InlineData("Revenue fell last year, according to data released by the port authority.", "port authority")]
        [InlineData("The dam will cost more, according to court documents.", "court documents")]
        [InlineData("Rates will stay high, according to the Bank of England forecast.", "Bank of England")]
        [InlineData("Turnout was the lowest in decades, according to a survey of voters by the Pew Research Center.", "Pew Research Center")]
        [InlineData("The ministers agreed to resume the dialogue, according to a readout from the foreign ministry.", "foreign ministry")]
        [InlineData("Demand will slow next year, according to a note from Goldman Sachs.", "Goldman Sachs")]
        public void AccordingToADocumentGivesTheBodyBehindItAsSpeaker(string sentence, string speaker)
        {
            var q = Extract("Budget news\n\n" + sentence).Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal("according to", q.Cue);
        }

        [Fact]
        public void APersonNamedAfterTheirEmployersPossessiveIsThePersonNotTheEmployer()
        {
            var quotes = Extract("Banks rallied on Friday.\n\n\"Rates will stay low,\" said Harbour Bank's Mira Holt.\n\n" +
                "Exports rose sharply in March, Japan's Finance Ministry said.\n\n\"We see no change,\" said Leo Marsh of Delta Capital.");
            Assert.Equal("Mira Holt", quotes.Single(q => q.Text.StartsWith("Rates", System.StringComparison.Ordinal)).Speaker);
            var ministry = quotes.Single(q => q.Text.StartsWith("Exports", System.StringComparison.Ordinal));
            Assert.Equal("Finance Ministry", ministry.Speaker);
            Assert.Equal(SpeakerType.Organization, ministry.SpeakerType);
            Assert.Equal("Leo Marsh", quotes.Single(q => q.Text.StartsWith("We see", System.StringComparison.Ordinal)).Speaker);
        }

        [Fact]
        public void ReportedClauseAfterTheCueIsWhatWasSaidNotTheOpeningPhrase()
        {
            var q = Extract("Budget talks\n\nIn an interview with Harbour Radio on Tuesday, Mr. Lindqvist said he welcomed the deal.").Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal("Lindqvist", q.Speaker);
            Assert.Equal("he welcomed the deal", q.Text);
        }

        [Fact]
        public void TheNameAfterToInTheSubjectIsNotTheSpeaker()
        {
            var quotes = Extract("Court news\n\nA letter sent to Martin Okafor said the claim had been rejected.");
            Assert.DoesNotContain(quotes, q => q.Speaker == "Martin Okafor");
        }

        [Fact]
        public void ACompanyNamedByItsTradeIsAnOrganisation()
        {
            var q = Extract("Oil news\n\nCairn Energy said its results were strong.").Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal("Cairn Energy", q.Speaker);
            Assert.Equal(SpeakerType.Organization, q.SpeakerType);
        }

        [Fact]
        public void AnObjectAfterAVerbIsNotReportedSpeech()
        {
            Assert.DoesNotContain(Extract("Tech news\n\nThe company added features to its app last year."), q => q.Kind == QuoteKind.Indirect);
            Assert.DoesNotContain(Extract("Budget news\n\nOfficials noted concerns about the budget."), q => q.Kind == QuoteKind.Indirect);
        }

        [Fact]
        public void ATrailingAttributionMayNameTheOneSpokenTo()
        {
            var q = Extract("Talks fail\n\nThe talks collapsed after midnight, Foreign Minister Wang Yi told the Associated Press.").Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal("Wang Yi", q.Speaker);
            Assert.Equal("The talks collapsed after midnight", q.Text);
        }

        [Fact]
        public void WhatFollowsAMidSentenceAttributionIsNotReplacedByWhatPrecedesIt()
        {
            var quotes = Extract("Kabul news\n\nIn the capital city of Kabul, officials said, the mood was tense.");
            Assert.DoesNotContain(quotes, q => q.Text.StartsWith("In the capital", System.StringComparison.Ordinal));
        }

        [Fact]
        public void AccordingToAndThatClausesAreIndirectSpeech()
        {
            var quotes = Extract("Port director Ivo Brandt said that the cranes would be replaced.\n\nThe budget will double, according to the city council.");
            var that = quotes.Single(q => q.Text.StartsWith("the cranes", System.StringComparison.Ordinal));
            Assert.Equal(QuoteKind.Indirect, that.Kind);
            Assert.Equal("Ivo Brandt", that.Speaker);
            var according = quotes.Single(q => q.Cue == "according to");
            Assert.Equal(QuoteKind.Indirect, according.Kind);
            Assert.Equal("The budget will double", according.Text);
        }

        [Fact]
        public void ATrailingAttributionMakesTheSentenceReportedSpeechWithoutItsDateline()
        {
            var q = Extract("LISBON (Reuters) - Ferry fares will rise in June, the Port Authority said in a statement.").Single();
            Assert.Equal(QuoteKind.Indirect, q.Kind);
            Assert.Equal("Ferry fares will rise in June", q.Text);
            Assert.Equal("Port Authority", q.Speaker);
            Assert.Equal(SpeakerType.Organization, q.SpeakerType);
            Assert.Equal("said", q.Cue);
        }

        [Fact]
        public void TheAddresseeOfToldIsResolvedToTheFullName()
        {
            var text = "Trade minister Ken Mori met his counterpart Lucia Ferro in Rome.\n\nTalks were at a \"decisive point,\" Mori told Ferro.";
            var q = Extract(text).Single(x => x.Kind == QuoteKind.Partial);
            Assert.Equal("Ken Mori", q.Speaker);
            Assert.Equal("Lucia Ferro", q.Addressee);
        }

        [Fact]
        public void QuotesInsideQuotesStayInTheOuterQuote()
        {
            var q = Extract("\"They told us 'wait and see' for years,\" said resident Paula Reyes.").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("They told us 'wait and see' for years", q.Text);
            Assert.Equal("Paula Reyes", q.Speaker);
        }

        [Fact]
        public void GuillemetsAreQuotationMarks()
        {
            var q = Extract("«We will rebuild,» said Mayor Jean Roux.").Single(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("We will rebuild", q.Text);
            Assert.Equal("Jean Roux", q.Speaker);
        }

        [Fact]
        public void AQuotedSentenceWithNoCueAndNoSpeakerBeforeItIsNotGivenOne()
        {
            var quotes = Extract("The sign on the door read nothing.\n\n\"Closed until further notice.\"");
            Assert.All(quotes, q => Assert.Null(q.Speaker));
        }

        [Theory]
        [InlineData("Mayor Ruth Okafor offered a Harbour-style retort to the board, writing to its chair, \"you are not just late, you are wrong.\"", "Ruth Okafor")]
        [InlineData("Ruth Okafor is describing as \"reckless\" an Ivo Brandt tweet about the tolls.", "Ruth Okafor")]
        public void ANameAfterAnIndefiniteArticleModifiesTheNounAfterItAndIsNoSpeaker(string text, string speaker)
        {
            Assert.Equal(speaker, Extract(text).Single(q => q.Kind == QuoteKind.Partial).Speaker);
        }

        [Fact]
        public void ACueWordFollowedByOfIsTheNounNotTheVerb()
        {
            var q = Extract("Dock workers set out to disprove Harbour Board claims of \"record growth\" at the port.").Single();
            Assert.NotEqual("Harbour Board", q.Speaker);
            Assert.NotEqual("disprove Harbour Board", q.Speaker);
        }

        [Fact]
        public void ADocumentAfterANameWithAnArticleIsTheNamesStatement()
        {
            Assert.Equal("FA", Extract("\"The tolls stay,\" said an FA statement.").Single().Speaker);
        }

        [Fact]
        public void ADeterminerStandingAloneAfterTheCueIsTheSpeaker()
        {
            var quotes = Extract("Dock workers were split. \"The tolls are a disgrace,\" said one. \"They pay for the dredging,\" said another.");
            Assert.Equal("one", quotes.Single(q => q.Text.StartsWith("The tolls")).Speaker);
            Assert.Equal("another", quotes.Single(q => q.Text.StartsWith("They pay")).Speaker);
        }

        [Theory]
        [InlineData("Okafor was asked by host Ivo Brandt, who supports her, \"Now, you said you were tired of the tolls. Do you still think so?\"", "Ivo Brandt")]
        [InlineData("Residents were told by a harbour official that the bridge would \"reopen in May.\"", "harbour official")]
        public void InThePassiveTheAgentAfterByIsTheSpeaker(string text, string speaker)
        {
            Assert.Equal(speaker, Extract(text).Single().Speaker);
        }

        [Fact]
        public void AQuotingAgentIsNotTheSpeaker()
        {
            Assert.Equal("Okafor", Extract("Okafor was quoted by the Ledger as saying the tolls were \"a disgrace.\"").Single().Speaker);
        }

        [Fact]
        public void AnAdverbBeforeTheNameOpeningTheClauseLeavesTheNameItsSubject()
        {
            var q = Extract("Then came another tweet about the storm. And then Okafor went fully on the attack, saying, \"Is the board going to mention the toll fraud?\"").Single();
            Assert.Equal("Okafor", q.Speaker);
        }
    }
}
