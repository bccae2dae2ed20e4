using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// The phrase that names a speaker ends on its head noun: a name before a role noun modifies it ("the Ohio senator"), and a
    /// verb after the head is the clause's, not the phrase's ("The spokesman refused").
    /// </summary>
    public class SpeakerPhraseTests
    {
        private static Quote Quoted(string text) => QuoteRulesTests.Extract(text).Single(q => q.Kind == QuoteKind.Direct || q.Kind == QuoteKind.Partial);

        [Theory]
        [InlineData("A port official speaking to the Harbour Gazette said", "A port official")]
        [InlineData("Another port source speaking to Coastal Wire said", "Another port source")]
        [InlineData("A letter mailed to Martin Mubanga said", "A letter")]
        public void TheObjectOfAParticipleAfterTheSubjectDoesNotSpeak(string before, string mention)
        {
            var q = Quoted("Harbour vote\n\n" + before + ", \"The cranes will be paid for by the tolls.\"");
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("A senior adviser to President Ann Lee said the deal was close.", "senior adviser to President Ann Lee")]
        [InlineData("The US envoy to North Korea said talks would resume in March.", "US envoy to North Korea")]
        [InlineData("An aide to the governor said the bill would be signed.", "aide to the governor")]
        [InlineData("Ambassador to Israel Mike Huckabee said the embassy would move.", "Mike Huckabee")]
        [InlineData("A former personal assistant to property developer Marcus Hale told a jury she had shredded files.", "former personal assistant to property developer Marcus Hale")]
        public void ARoleToSomeoneHeadsThePhraseUnlessATitleInCapitalsRunsOnToAName(string sentence, string speaker)
        {
            // "to" after a role names whom or where it serves; after a title in capitals, the office runs on to the name.
            var q = QuoteRulesTests.Extract("Talks\n\n" + sentence).Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("\"Prices are setting a new floor,\" said energy analyst Orin Middle of Harbour Capital.", "Orin Middle")]
        [InlineData("\"Prices are setting a new floor,\" said retail analyst Nick Bubble of Evolution Securities.", "Nick Bubble")]
        [InlineData("\"Prices are setting a new floor,\" said Amy Glassmeier of the Massachusetts Institute of Technology.", "Amy Glassmeier")]
        public void ARoleAndAFullNameBeforeTheBodyTheyWorkForNameThePerson(string sentence, string speaker)
        {
            // "Capital" and "Securities" end the phrase as a body's name would; the role and the name before "of" say who speaks.
            Assert.Equal(speaker, Quoted("Oil\n\n" + sentence).Speaker);
        }

        [Theory]
        [InlineData("The Bishop of Durham called the book \"lousy history\".", "Bishop of Durham")]
        [InlineData("The chairman of Migration Watch UK called the ruling \"a step in the wrong direction\".", "chairman of Migration Watch UK")]
        [InlineData("The head of Harbour Capital called the ruling \"a step in the wrong direction\".", "head of Harbour Capital")]
        public void ATitlesOfPhraseWithNoNameAfterItIsTheSpeakersOffice(string sentence, string speaker)
        {
            // Not "of Durham": the office speaks.
            Assert.Equal(speaker, Quoted("Church\n\n" + sentence).Speaker);
        }

        [Fact]
        public void AnOfficeNamedWithoutItsHolderIsNoOneHeStandsFor()
        {
            var text = "Church\n\nCardinal Cormac Murphy-O'Connor will lead the service. The Archbishop of Canterbury will also attend. " +
                "\"We must strive for peace,\" he said.";
            Assert.Equal("Cormac Murphy-O'Connor", Quoted(text).Speaker);
        }

        [Theory]
        [InlineData("Dr Jane Morton of the London School of Hygiene and Tropical Medicine warned that larger trials were needed.", "Jane Morton", "Dr Jane Morton")]
        [InlineData("A Department for Education and Skills spokeswoman said more money was needed.", "Department for Education and Skills spokeswoman", "A Department for Education and Skills spokeswoman")]
        [InlineData("The National Institute of Economic and Social Research said growth would slow.", "National Institute of Economic and Social Research", "The National Institute of Economic and Social Research")]
        public void ABodysNameWithAndInsideItIsReadWhole(string sentence, string speaker, string mention)
        {
            // Read back from the cue, the subject stopped at "and" ("Tropical Medicine"); the body's name goes on before it.
            var q = QuoteRulesTests.Extract("Trial\n\n" + sentence).Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal((speaker, mention), (q.Speaker, q.SpeakerMention));
        }

        [Theory]
        [InlineData("\"It is a non-core asset,\" said one of the sources.", "one of the sources")]
        [InlineData("\"A decision is expected by mid-March,\" said one of their lawyers, Michalis Dimitrakopoulos.", "Michalis Dimitrakopoulos")]
        public void ACountOfAGroupAfterTheCueIsTheSpeakerWithItsGroup(string sentence, string speaker)
        {
            Assert.Equal(speaker, Quoted("Bank sale\n\n" + sentence).Speaker);
        }

        [Theory]
        [InlineData("family friend Dave Hawkins")]
        [InlineData("rally driver Dave Hawkins")]
        [InlineData("assembly member Dave Hawkins")]
        public void ANounInLyBeforeARoleAndANameIsNoAdverb(string phrase)
        {
            // "said publicly" ends the phrase at its adverb; "family", "rally" and "assembly" are nouns before the role.
            Assert.Equal("Dave Hawkins", Quoted("Rally\n\n\"We use the latest technology,\" said " + phrase + ".").Speaker);
        }

        [Fact]
        public void ACountOfAGroupAfterAccordingToIsTheSource()
        {
            var q = QuoteRulesTests.Extract("Bank sale\n\nBidders include regional rivals, according to two of the sources.").Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal("two of the sources", q.Speaker);
        }

        [Fact]
        public void ARelativePronounRightAfterAQuotedNounStandsForThatNounNotASpeaker()
        {
            var quotes = QuoteRulesTests.Extract("Harbour vote\n\nMaria Lopez spoke at the hall.\n\nShe has proposed appointing a \"chief harbour prosecutor\" who reports directly to the mayor, and called for tripling \"the number of toll inspectors so we can act before the losses mount.\"")
                .Where(q => q.Kind == QuoteKind.Partial || q.Kind == QuoteKind.Direct).ToList();
            Assert.Equal(2, quotes.Count);
            Assert.All(quotes, q => Assert.Equal("Maria Lopez", q.Speaker));
        }

        [Theory]
        [InlineData("Michael Lane, who lives in a village outside the county seat, Harwich, said", "Michael Lane")]
        [InlineData("One of the port's top executives, Michael Lane, said", "Michael Lane")]
        public void ANameThatClosesARelativeClauseIsInsideItButOneAfterADescriptionIsTheSubject(string before, string speaker)
        {
            var q = Quoted("Harbour vote\n\n" + before + " he still \"prays that the port stays open all year.\"");
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("\"The tolls will pay for the cranes,\" Maria Lopez, who chairs the Harbour Fund said.", "Maria Lopez")]
        [InlineData("\"The cranes are older than anyone admits,\" Ravi Shah, who inspected the North Quay for the board said.", "Ravi Shah")]
        public void APhraseClosingARelativeClauseWithoutItsCommaIsInsideIt(string sentence, string mention)
        {
            // The relative clause runs up to the cue; the subject is the noun "who" stands for, not the clause's object.
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Fact]
        public void ANameBeforeARoleNounAndANameIsTheRolesModifier()
        {
            var q = QuoteRulesTests.Extract("Harbour vote\n\n\"We will appeal the ruling,\" said Liberal political consultant Ravi Shah. \"It is not over.\"").First(x => x.Kind == QuoteKind.Direct);
            Assert.Equal("Ravi Shah", q.Speaker);
            Assert.Equal("Liberal political consultant Ravi Shah", q.SpeakerMention);
        }

        [Theory]
        [InlineData("the Ohio senator", "senator")]
        [InlineData("a senior Harbour Board adviser", "adviser")]
        [InlineData("the Green strategist", "strategist")]
        public void ANameBeforeARoleNounWithoutANameLeavesTheRoleAsHead(string phrase, string head)
        {
            var q = Quoted("Harbour vote\n\n\"The second crane can wait,\" said " + phrase + ", who spoke after the vote.");
            Assert.Equal(phrase, q.SpeakerMention);
            Assert.EndsWith(head, q.Speaker);
        }

        [Theory]
        [InlineData("Mayor Ruth Okafor disowned remarks by a campaign volunteer who said the council was \"a den of thieves.\"", "campaign volunteer")]
        [InlineData("Okafor, who said the council was \"a den of thieves,\" left early.", "Ruth Okafor")]
        [InlineData("The vote drew a damning reaction from Senator Ann Lee, who called the council \"a den of thieves.\"", "Ann Lee")]
        [InlineData("The vote gave fodder to critics such as Sen. Marco Rubin of Florida, who said the council was \"a den of thieves.\"", "Marco Rubin")]
        public void ARelativePronounStandsForTheNounPhraseItModifies(string sentence, string speaker)
        {
            var q = Quoted("Harbour vote\n\nMayor Ruth Okafor opened the session.\n\n" + sentence);
            Assert.Equal("who", q.SpeakerMention);
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("The spokesman refused to name the buyers, saying the sale would \"close by June.\"", "The spokesman")]
        [InlineData("The Dunne campaign declined to comment on Friday, saying the tolls were \"unfair to drivers.\"", "The Dunne campaign")]
        [InlineData("The Ohio senator sought to calm the crowd, saying the rally would \"go on as planned.\"", "The Ohio senator")]
        public void AVerbAfterTheHeadNounIsNotPartOfTheSpeaker(string sentence, string mention)
        {
            Assert.Equal(mention, Quoted("Harbour vote\n\n" + sentence).SpeakerMention);
        }

        [Theory]
        [InlineData("\"We will fight them in court,\" Harbour Group's managing director Ivo Brandt told the Ledger.", "Harbour Group's managing director Ivo Brandt")]
        [InlineData("Another source familiar with Okafor's thinking said, \"She will try to be friendlier with the board.\"", "Another source")]
        public void AnIngWordAfterAPossessiveNameIsANounNotTheClausesVerb(string sentence, string mention)
        {
            Assert.Equal(mention, Quoted("Harbour vote\n\n" + sentence).SpeakerMention);
        }

        [Theory]
        [InlineData("Small groups of dockers continued to march along the quay on Friday, chanting, \"No cranes, no ships.\"", "Small groups of dockers")]
        [InlineData("Angry ferry riders chanted \"Lower the tolls\" outside the harbour office.", "Angry ferry riders")]
        public void ASentencesFirstWordBeforePlainNounsModifiesThemAndIsNoName(string sentence, string mention)
        {
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.NotEqual(Attribution.Explicit, q.Attribution);
        }

        [Fact]
        public void ANounCompoundAfterARoleNounStaysInThePhrase()
        {
            var q = Quoted("Harbour vote\n\n\"We were never told,\" said one former campaign staffer.");
            Assert.Equal("one former campaign staffer", q.SpeakerMention);
        }

        [Theory]
        [InlineData("\"We are outraged,\" Harbour Board Chairman Ravi Shah of Port Alder said on Tuesday.", "Harbour Board Chairman Ravi Shah")]
        [InlineData("\"That is very strange,\" the senator from Vermont said.", "the senator")]
        [InlineData("\"You say all crane drivers should be paid,\" a woman in the audience at a union meeting in Port Alder said.", "a woman")]
        [InlineData("\"The tolls stay,\" Republicans on the harbour board said.", "Republicans")]
        public void APhraseAfterAPrepositionModifiesTheSubjectAndIsNotTheSpeaker(string sentence, string mention)
        {
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }

        // PolNeAR takes the document as the source ("a joint statement from the two agencies"), as "the statement said" does here.
        [Theory]
        [InlineData("\"We will bid again for the quay,\" the letter from Harbour Freight said.", "the letter")]
        [InlineData("A letter from Okafor said the cranes \"will be paid for by the tolls\".", "A letter")]
        [InlineData("The statement from Mrs Lopez said the tolls were \"fair to every skipper\".", "The statement")]
        [InlineData("The email from Dlamini read: \"I will not resign.\"", "The email")]
        public void ADocumentFromANamedSenderIsTheSubjectItsSenderModifies(string sentence, string mention)
        {
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("\"Rates will stay low,\" the Bank of England said.", "the Bank of England")]
        [InlineData("\"The cranes are safe,\" the head of the port authority said.", "the head of the port authority")]
        [InlineData("\"The vote was rushed,\" Opponents of the new toll said.", "Opponents of the new toll")]
        public void OfAfterACommonNounOrABodyKeepsTheWholePhrase(string sentence, string mention)
        {
            Assert.Equal(mention, Quoted("Harbour vote\n\n" + sentence).SpeakerMention);
        }

        [Fact]
        public void AVerbBeforeThePrepositionIsNoSubject()
        {
            // "worked for Sen. Lamar Ortiz": the name after "for" is the object of a verb, and the verb is no speaker either.
            var q = Quoted("Harbour vote\n\nThe plan is \"a real change,\" said Ravi Shah, a harbour engineer who previously worked for Sen. Lamar Ortiz.");
            Assert.Equal("Ravi Shah", q.Speaker);
        }

    
        [Fact]
        public void APhraseThatIsTheObjectOfAPrepositionIsNoSubject()
        {
            // "in the wake of a harbour board report": the whole phrase is an adverbial; the report stays the subject read first.
            var q = Quoted("Harbour vote\n\nThe review concluded in the wake of a harbour board report which branded the tolls \"a mess\".");
            Assert.DoesNotContain("wake", q.SpeakerMention ?? "");
        }

        [Fact]
        public void APluralBeforeOfHeadsAReportingSubject()
        {
            var q = QuoteRulesTests.Extract("Harbour vote\n\nCritics of the harbour board say it has raised the tolls four times in two years.").Single(x => x.Kind == QuoteKind.Indirect);
            Assert.Equal("Critics of the harbour board", q.SpeakerMention);
        }
    
        [Fact]
        public void AnOrdinalAndARankBeforeANameStayInThePhrase()
        {
            var q = Quoted("Harbour vote\n\n\"I was hoping for another candidate,\" said Coast Guard 1st Lt. Ruth Okafor.");
            Assert.Equal("Coast Guard 1st Lt. Ruth Okafor", q.SpeakerMention);
            Assert.Equal("Ruth Okafor", q.Speaker);
        }
        [Theory]
        [InlineData("\"The board will back down,\" a port source familiar with the plan said.", "a port source")]
        [InlineData("Another source familiar with Okafor's thinking said, \"He will not run again.\"", "Another source")]
        [InlineData("\"He is furious,\" said a person familiar with the matter.", "a person")]
        [InlineData("\"He is furious,\" an aide close to Okafor said.", "an aide")]
        [InlineData("A harbour official knowledgeable about the contract said it was \"a bad deal for the port.\"", "A harbour official")]
        [InlineData("The deal is \"all but done\", according to two people briefed on the talks.", "two people")]
        [InlineData("\"Nothing is agreed,\" said a source involved in the negotiations.", "a source")]
        [InlineData("People with knowledge of the plan said the board would \"back down\".", "People")]
        [InlineData("Two officials with direct knowledge of the talks told Reuters the deal was \"all but done\".", "Two officials")]
        public void AnAdjectiveThatOpensAReducedRelativeEndsTheSpeakerPhrase(string sentence, string mention)
        {
            // "familiar with", "close to", "knowledgeable about" modify the noun before them as a participle does: that noun heads
            // the speaker phrase, and the object after the preposition (Okafor, the contract) does not speak.
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }
        [Theory]
        [InlineData("\"The tolls are too high,\" says 27-year-old Ruth Okafor.", "Ruth Okafor", "27-year-old Ruth Okafor")]
        [InlineData("\"I would be keen to leave,\" admitted the 28-year-old Okafor.", "Okafor", "the 28-year-old Okafor")]
        [InlineData("According to a 2019 study by the harbour board, the toll cut is partly to blame for \"a collapse in maintenance.\"", "harbour board", "the harbour board")]
        public void ANumberCompoundOrAYearBeforeTheNounModifiesIt(string sentence, string speaker, string mention)
        {
            // "27-year-old", "a 2019 study": a number that opens the phrase after the cue modifies the name or noun after it,
            // so the phrase goes on to its head instead of ending with no speaker.
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Fact]
        public void TwoNamedPhrasesJoinedByAndAreOneSubjectBothPeopleAndTheyAfterIt()
        {
            var text = "Deal\n\nThe talks ended on Monday.\n\nTom Smith and Ann Jones said the deal was good.\n\n\"We have done it,\" they said.";
            var quotes = QuoteRulesTests.Extract(text);
            Assert.Equal(("Tom Smith and Ann Jones", "Tom Smith and Ann Jones"), (quotes[0].Speaker, quotes[0].SpeakerMention));
            Assert.Equal("Tom Smith and Ann Jones", quotes[1].Speaker);
        }

        [Theory]
        [InlineData("A $2bn \"funding gap\" still stood in the way of the target, the WHO said.", "WHO")]
        [InlineData("The WHO said the outbreak was \"no longer an emergency\".", "WHO")]
        public void APronounsLettersInCapitalsAmongOtherWordsAreAnAcronym(string sentence, string speaker)
        {
            // "WHO" is the World Health Organization, not the relative "who", so it names the speaker.
            Assert.Equal(speaker, Quoted("Health\n\n" + sentence).Speaker);
        }

        [Theory]
        [InlineData("Leaders of the Group of Seven said they would tighten \"every sanction\".")]
        [InlineData("Leaders of the Group of Seven rich democracies said they would tighten \"every sanction\".")]
        public void ANumberInABodysNameIsPartOfIt(string sentence)
        {
            // "Seven" of "the Group of Seven" is no word that opens a sentence; the leaders of the body speak.
            Assert.StartsWith("Leaders of the Group of Seven", Quoted("Summit\n\n" + sentence).Speaker, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("Trade and Industry Secretary Patricia Hewitt said the plan was \"sensible\".", "Patricia Hewitt")]
        [InlineData("Work and pensions minister Alan Johnson said the plan was \"sensible\".", "Alan Johnson")]
        [InlineData("British and Irish Lions coach Clive Woodward said the plan was \"sensible\".", "Clive Woodward")]
        [InlineData("Labour and the Tories said the plan was \"sensible\".", "Labour and Tories")]
        public void AWordBeforeAndThatATitleGoesOnWithJoinsNoSecondPerson(string sentence, string speaker)
        {
            Assert.Equal(speaker, Quoted("Plan\n\n" + sentence).Speaker);
        }

        [Theory]
        [InlineData("About four out of 10 voters said the economy was \"the only issue\".", "four out of 10 voters", "four out of 10 voters")]
        [InlineData("Nearly three out of four girls said they used make-up \"every day\".", "three out of four girls", "three out of four girls")]
        [InlineData("One in four said the minister should \"come back\" within a year.", "One in four", "One in four")]
        public void ARatioCountsThePeopleWhoSpeak(string sentence, string speaker, string mention)
        {
            // "four out of 10", "one in four": the count is no determiner to drop, and the people it counts are no object.
            var q = Quoted("Poll\n\n" + sentence);
            Assert.Equal((speaker, mention), (q.Speaker, q.SpeakerMention));
        }

        [Theory]
        [InlineData("According to a memo seen by Reuters, the toll cut is partly to blame for \"a collapse in maintenance.\"", "memo", "a memo")]
        [InlineData("According to documents obtained by the Ledger, the toll cut is \"a collapse in maintenance.\"", "documents", "documents")]
        [InlineData("According to council papers seen by the Ledger, the toll cut is \"a collapse in maintenance.\"", "council papers", "council papers")]
        [InlineData("According to a report compiled by the harbour board, the toll cut is \"a collapse in maintenance.\"", "harbour board", "the harbour board")]
        public void WhoSawOrObtainedADocumentDidNotWriteIt(string sentence, string speaker, string mention)
        {
            // "seen by", "obtained by" name who had the document, not its author: the document speaks; "compiled by" names its author.
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal((speaker, mention), (q.Speaker, q.SpeakerMention));
        }

        [Fact]
        public void ANumberCompoundBeforeAVerbIsTheHeadOfItsPhrase()
        {
            // "The 31-year-old admitted": the number stands for the person; the verb after it is the clause's.
            var q = Quoted("Harbour vote\n\nThe 31-year-old admitted interest in the vote was immense, calling it \"the biggest thing to hit the harbour in years.\"");
            Assert.Equal("The 31-year-old", q.SpeakerMention);
        }
        [Theory]
        [InlineData("The harbour board is \"particularly feeble and slow to act,\" the report said.", "the report")]
        [InlineData("The report said: \"The tolls have doubled in four years.\"", "The report")]
        [InlineData("Some reports have suggested the board will \"sell the quay by spring.\"", "Some reports")]
        public void ACueWordThatIsANounHeadsTheSubjectOfTheCueAfterIt(string sentence, string mention)
        {
            // "report" is a cue verb too ("Okafor reports"), but right before another cue it is the subject's head noun: the
            // document speaks, where before the subject stopped at it and the quote had no speaker (or "Some" for one).
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }
        [Theory]
        [InlineData("The survey, which collects the views of harbour pilots, said most ports grew at a \"modest or moderate pace.\"", "The survey")]
        [InlineData("The harbour board, which runs the quay, said the tolls were \"far too high.\"", "The harbour board")]
        [InlineData("The firm, whose cranes work the north quay, said the tolls were \"far too high.\"", "The firm")]
        public void ARelativeClauseOnAThingBetweenCommasDescribesTheSubject(string sentence, string mention)
        {
            // "which" and "whose" open a relative clause between commas as "who" does: the noun before it is the subject.
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }
        [Theory]
        [InlineData("Okafor — the harbour master — said the tolls were \"far too high.\"", "Okafor")]
        [InlineData("On Friday, Okafor – named by the Ledger as the likely harbour master – told the Gazette that \"you have to look at it very seriously.\"", "Okafor")]
        [InlineData("\"We used to see hustlers do this,\" Andrei Okafor - then adviser to the harbour master - told a press conference.", "Andrei Okafor")]
        public void AParentheticalBetweenDashesStandsBetweenTheSubjectAndItsVerb(string sentence, string mention)
        {
            // Paired dashes set off an aside as paired commas do; the subject is before the first dash. Plain-text copy writes
            // the dash as a hyphen between spaces.
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }
        [Theory]
        [InlineData("Among the replies was this tweet from Rikkie Wells who tweeted, \"The board never pays attention to the rules.\"", "Rikkie Wells")]
        [InlineData("\"I think it was a one-time thing,\" said Katelynn Lamoreaux, a harbour pilot, who said she understands the \"aspect of it.\"", "Katelynn Lamoreaux")]
        [InlineData("The claim was denied by a harbour spokesman, who said: \"The accusations are as empty as the quay.\"", "harbour spokesman")]
        [InlineData("Mira Holt said she had raised the tolls with her German counterpart, who promised an answer \"within days.\"", "her German counterpart")]
        [InlineData("Okafor said he had met the port's new director, who promised \"a fair hearing.\"", "port's new director")]
        public void WhoStandsForANameBeforeItOrTheNameItsDescriptionFollows(string sentence, string speaker)
        {
            // A name takes no restrictive clause, so "Rikkie Wells who" is Wells; after "Name, description," the clause is
            // the name's; after a comma a role ("a harbour spokesman, who") is the antecedent too, also as the object of a
            // preposition ("with her German counterpart, who"). The mention stays "who".
            var q = QuoteRulesTests.Extract("Harbour vote\n\n" + sentence).Last(x => x.Kind == QuoteKind.Direct || x.Kind == QuoteKind.Partial);
            Assert.Equal("who", q.SpeakerMention);
            Assert.Equal(speaker, q.Speaker);
        }
        [Fact]
        public void AnAppositionBetweenTheSubjectAndItsCueKeepsAShortQuoteAStatement()
        {
            // Eight words between the quote and "said": the subject opens the stretch, so the cue is the quote's own.
            var q = Quoted("Harbour vote\n\n\"It's over,\" one witness, a young teacher, said.");
            Assert.Equal((QuoteKind.Direct, "witness"), (q.Kind, q.Speaker));
        }

        [Theory]
        [InlineData("A spokeswoman for Okafor said the tolls were \"a scandal.\"", "spokeswoman for Okafor")]
        [InlineData("\"We are seeking opinion from the fleet,\" said a spokesman for Ruth Okafor.", "spokesman for Ruth Okafor")]
        [InlineData("A spokesman for Mr Okafor said the tolls were \"a scandal.\"", "spokesman for Mr Okafor")]
        [InlineData("A spokeswoman for Treasurer Jim Chalmers said the tolls were \"a scandal.\"", "spokeswoman for Treasurer Jim Chalmers")]
        public void ARoleForSomeoneIsTheSpeakerNotTheNameAfterFor(string sentence, string speaker)
        {
            // "a spokeswoman for Okafor" speaks for Okafor: the role heads the phrase, which is no name ("for Okafor" was).
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(speaker, q.Speaker);
            Assert.Equal(Attribution.Nominal, q.Attribution);
        }
        [Theory]
        [InlineData("On Friday, residents in the area said the tolls were \"too high.\"", "residents", "residents")]
        [InlineData("Many of the fishermen in the north harbour say the tolls are \"about right.\"", "Many of the fishermen", "Many of the fishermen")]
        public void ABarePluralOrAQuantifierHeadsThePhraseBeforeAPreposition(string sentence, string mention, string speaker)
        {
            // "residents in the area": a plural with no article heads the phrase as "the residents" would; "Many of the fishermen"
            // is no name "Many", and the speaker keeps the quantifier ("of the fishermen" names nobody).
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal(speaker, q.Speaker);
        }

        [Theory]
        [InlineData("\"The tolls are simply wrong,\" said 9/11 widow Ada Okafor.", "9/11 widow Ada Okafor")]
        [InlineData("\"The quay never closes,\" said 24/7 ferry operator Ada Okafor.", "24/7 ferry operator Ada Okafor")]
        public void ANumberCompoundWithASlashOpensThePhraseAfterTheCue(string sentence, string mention)
        {
            // "9/11" is written as one compound, though the tokens split it at the slash: it modifies the name after it.
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
            Assert.Equal("Ada Okafor", q.Speaker);
        }

        [Theory]
        [InlineData("At least half of the voters in each county say the new tolls are \"about right.\"", "half of the voters")]
        [InlineData("A majority of members in the union said the offer was \"an insult.\"", "A majority of members")]
        [InlineData("Forty-one percent of traders in the survey said the tolls were \"too high.\"", "Forty-one percent of traders")]
        [InlineData("31 percent of skippers at the meeting said the quay was \"a disgrace.\"", "31 percent of skippers")]
        public void AQuantityAndItsOfPhraseHeadTheSubjectBeforeALaterPreposition(string sentence, string mention)
        {
            // "half of the voters in each county": the quantity counts the voters; "each county" and "the survey" only modify.
            var q = Quoted("Harbour vote\n\n" + sentence);
            Assert.Equal(mention, q.SpeakerMention);
        }

        [Theory]
        [InlineData("Mr Mittal told US investors that the company would cut jobs.", "the company would cut jobs")]
        [InlineData("Mr Mittal told American investors that the company would cut jobs.", "the company would cut jobs")]
        [InlineData("Mr Obama had told Jewish leaders that he would not continue the policy.", "he would not continue the policy")]
        public void ACountryBeforeAPluralModifiesTheAddressee(string sentence, string text)
        {
            var quote = Assert.Single(QuoteRulesTests.Extract("Steel\n\n" + sentence));
            Assert.Equal(text, quote.Text);
        }

        [Fact]
        public void ANationalityBeforeARoleIsPartOfTheInvertedSpeaker()
        {
            var q = Quoted("Race\n\n\"It would be fantastic to have Paula in the team,\" said the European cross-country champion.");
            Assert.Equal("the European cross-country champion", q.SpeakerMention);
        }

        [Fact]
        public void ANameBeforeAVerbInSIsNoModifier()
        {
            // "supports" is Clinton's verb, not a plural she modifies.
            var q = Quoted("Pay\n\nMaria Lopez supports \"appropriate pay raises,\" her campaign said.");
            Assert.NotEqual("Maria Lopez supports", q.Speaker);
        }

        [Theory]
        [InlineData("A new poll released Friday found that 70 percent of voters backed the plan.", "new poll")]
        [InlineData("An annual economic survey released on Friday said the port needed more investment.", "annual economic survey")]
        public void AParticipleBeforeATimePhraseModifiesTheSubject(string sentence, string speaker)
        {
            // "released Friday" is a reduced relative of the noun before it, which heads the speaker.
            Assert.Equal(speaker, Assert.Single(QuoteRulesTests.Extract("Polls\n\n" + sentence)).Speaker);
        }
    }
}
