using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "he" and "she" go back to the person last named as a subject: an inverted speaker with a title and the organisation
    /// it serves ("said Harbourline spokesman Alexander Shadrin") is one; a nationality's plural ("the Canadians") is a
    /// people, never "he".
    /// </summary>
    public class PronounAntecedentTests
    {
        private static Quote Said(string text, string quoteText) =>
            QuoteRulesTests.Extract(text).Single(q => q.Text == quoteText);

        [Fact]
        public void AnInvertedSpeakerWithATitleAndItsOrganisationIsTheSubjectHeStandsFor()
        {
            var text = "Ferry sale\n\nHarbourline reacted at once, and said the buyer had bought itself trouble.\n\n" +
                "\"The company considers that the buyer has a serious headache,\" said Harbourline spokesman Alexander Shadrin. " +
                "He said the company would make \"every lawful move\" to protect shareholders.";
            var q = Said(text, "every lawful move");
            Assert.Equal(Attribution.Pronoun, q.Attribution);
            Assert.Equal("Alexander Shadrin", q.Speaker);
        }

        [Theory]
        [InlineData("Rep. Dana Whitfield (D-Ore.) told reporters on Harbour Hill that the House would vote.")]
        [InlineData("Dana Whitfield (pictured) told reporters on Harbour Hill that the House would vote.")]
        public void ABracketedAsideAfterTheNameKeepsItTheSubject(string paragraph)
        {
            // The party tag or aside stands between name and verb; "she" is still the subject's, not the later place named as
            // a person.
            var text = "Budget vote\n\n" + paragraph + " \"We have the votes,\" she said.";
            Assert.Equal("Dana Whitfield", Said(text, "We have the votes").Speaker);
        }

        [Fact]
        public void ANameGivenItsOwnInitialsIsNoOneHeStandsFor()
        {
            // The subject is a device named with its initials, so "he" is the researcher named after it.
            var text = "Shaky hands\n\nThe Assistive Mouse Adapter (AMA) is the brainchild of researcher Jim Levine of Kestrel Labs. " +
                "\"I knew there must be a way to improve the situation,\" he said.";
            Assert.Equal("Jim Levine", Said(text, "I knew there must be a way to improve the situation").Speaker);
        }

        [Theory]
        [InlineData("Imelda Stone", "Charles Gant", "he")]
        [InlineData("Missy Cummings", "Liam Fox", "he")]
        [InlineData("Trevor Hale", "Tessa Jowell", "she")]
        [InlineData("Arsene Moreau", "Serena Park", "she")]
        public void AGivenNameTellsTheGenderAPronounSkipsOrFinds(string first, string second, string pronoun)
        {
            // The subject would be the pronoun's choice; only the given names tell "he" or "she" that it is the object.
            var text = $"Awards race\n\n{first} met {second} on Monday. \"It could go either way,\" {pronoun} said.";
            Assert.Equal(second, Said(text, "It could go either way").Speaker);
        }

        [Fact]
        public void APlaceNamedAfterAPrepositionIsNoOneItStandsFor()
        {
            // "in California" says where the sales were; "it said" goes back to the company named before.
            var text = "Car sales\n\nProfits at Harbour Motors rose. Sales of its trucks grew fastest in California and Texas. " +
                "\"We expect more of the same next year,\" it said.";
            Assert.Equal("Harbour Motors", Said(text, "We expect more of the same next year").Speaker);
        }

        [Theory]
        [InlineData("The English National Ballet")]
        [InlineData("The Brennan Center's Democracy Program")]
        [InlineData("The Harbour Partnership")]
        public void ABodyNamedByItsLastWordIsNoOneHeStandsFor(string body)
        {
            // "Ballet", "Program", "Partnership" end a body's name (list organizationWords), not a person's.
            var text = $"Dance\n\n{body} hired Jon Cope in May. \"It was fierce,\" he said.";
            Assert.Equal("Jon Cope", Said(text, "It was fierce").Speaker);
        }

        [Theory]
        [InlineData("Capitol Hill")]
        [InlineData("West Virginia")]
        [InlineData("Silicon Valley")]
        public void APlaceOfTwoWordsIsNoOneSheStandsFor(string place)
        {
            // Listed places (list places) are places, not a person's first and last name.
            var text = $"Budget vote\n\nSenator Ann Lee stayed late. {place} was quiet on Friday. \"We have the votes,\" she said.";
            Assert.Equal("Ann Lee", Said(text, "We have the votes").Speaker);
        }

        [Theory]
        [InlineData("Fans' group spokesman Pete Lowe", "he", "Pete Lowe")]
        [InlineData("Scoggins' daughter Jane Misel", "she", "Jane Misel")]
        public void ANameAfterAPluralPossessiveOpensTheSentenceAsItsSubject(string subject, string pronoun, string speaker)
        {
            // The possessive's apostrophe stands alone after "Fans"; the name is still the subject "he" or "she" goes back to.
            var text = $"Club news\n\nChairman Ali Demir and Ms Ann Holt said the search had begun.\n\n{subject} said supporters were split. " +
                $"\"Half think it is right,\" {pronoun} said.";
            Assert.Equal(speaker, Said(text, "Half think it is right").Speaker);
        }

        [Fact]
        public void ANationalitysPluralIsNoOneHeStandsFor()
        {
            var text = "Ferry talks\n\nThe Canadians described the meeting as important but said they would not attend.\n\n" +
                "Mr Holt acknowledged some people believed he was too close to the Canadians, but said the Canadians were entitled " +
                "to expect progress. He argued that the plan was sound.";
            var q = Said(text, "the plan was sound");
            Assert.Equal("Holt", q.Speaker);
        }

        [Fact]
        public void ANameAfterAsAndAnArticleIsWhatSomethingIsNotASubject()
        {
            // "such as the Harbourline X5" names an example; "he" goes back to the man who spoke, not to the car.
            var text = "Car sales\n\nTom Brack runs the carmaker in Kestrel Bay.\n\nWhile drivers abroad prefer big cars, such as the " +
                "Harbourline X5, demand at home is smaller, Mr Brack said. \"There's a growing market here,\" he said.";
            Assert.Equal("Tom Brack", Said(text, "There's a growing market here").Speaker);
        }

        [Theory]
        [InlineData("Critics were less generous. Councillor Dana Whitfield called the overrun \"a scandal\".", "a scandal", "Dana Whitfield")]
        [InlineData("\"It was great play from Damien,\" said Harbour striker Leo Marsh.", "It was great play from Damien", "Leo Marsh")]
        [InlineData("Detective Inspector Paul Miller said \"a ladder had been used\".", "a ladder had been used", "Paul Miller")]
        [InlineData("Referee Graham Pole said \"the whistle did not need to be blown\".", "the whistle did not need to be blown", "Graham Pole")]
        [InlineData("Agent Brian Hassell said \"he deserves respect\".", "he deserves respect", "Brian Hassell")]
        [InlineData("Fly-half Charlie Hodges said \"it was not a good strike\".", "it was not a good strike", "Charlie Hodges")]
        [InlineData("\"This is the one shot,\" said Senate Majority Whip John Corbin.", "This is the one shot", "John Corbin")]
        [InlineData("DJ Norman Crook called the crowd \"the best in the world\".", "the best in the world", "Norman Crook")]
        [InlineData("Said Wales assistant coach Scott Jonson: \"We're positive about Hal.\"", "We're positive about Hal.", "Scott Jonson")]
        public void ATitleBeforeTheNameIsNotPartOfIt(string paragraph, string quote, string speaker)
        {
            // Councillors, police ranks, referees, agents, players' positions, whips and DJs are titles (the list titles), as
            // "Senator" and "coach" are.
            Assert.Equal(speaker, Said("Bridge row\n\n" + paragraph, quote).Speaker);
        }

        [Fact]
        public void HeAddedGoesOnFromTheLastSpeaker()
        {
            // "added" continues a statement: "he" is the minister who spoke, whose name stood after his quote, not the analyst
            // named as a subject before him.
            var text = "Oil prices\n\n\"The primary factor is the weak dollar,\" said Victor Shum, an analyst with a ferry firm.\n\n" +
                "\"We do not need to cut supply,\" Fathi Bin Shatwan, Libya's oil minister, told Reuters. " +
                "\"We will not cut unless prices fall,\" he added.";
            Assert.Equal("Fathi Bin Shatwan", Said(text, "We will not cut unless prices fall").Speaker);
        }

        [Fact]
        public void SomeoneNamedSinceTheLastStatementIsWhoSheAddedIsAbout()
        {
            var text = "Port hours\n\n\"The gates open too late,\" said Tom Brack, a docker.\n\n" +
                "Mary Jones, a neighbour, disagreed with the dockers. \"They open early enough,\" she added.";
            Assert.Equal("Mary Jones", Said(text, "They open early enough").Speaker);
        }

        [Fact]
        public void ANameWithAnHonorificAfterAnOpeningPhraseIsTheSubject()
        {
            // "Mr" stands between the comma that ends the opening phrase and the name: the name still opens the clause.
            var text = "Fraud trial\n\nBut his barrister, Simon Garvey, argued that his client had \"nothing to hide\".\n\n" +
                "Speaking outside court, Mr Hollins said the past four years had been \"a living nightmare\". \"I have always said I was innocent,\" he said.";
            Assert.Equal("Hollins", Said(text, "I have always said I was innocent").Speaker);
        }

        [Theory]
        [InlineData("Bristol Rovers boss Darrell Clarke praised his side's character.", "Darrell Clarke")]
        [InlineData("Liberal Democrat leader Charles Kennedy was more cautious.", "Charles Kennedy")]
        [InlineData("Former Pennsylvania governor Ed Rendell, one of Clinton's backers, was even more resolute.", "Ed Rendell")]
        [InlineData("Lib Dem home affairs spokesman Mark Oaten also called for a review.", "Mark Oaten")]
        [InlineData("On Sunday, Lib Dem leader Charles Kennedy repeated his call for a pause.", "Charles Kennedy")]
        [InlineData("Earlier, Lib Dem chairman Matthew Taylor wrote to the watchdog.", "Matthew Taylor")]
        public void ANameAfterATitleThatCapitalisedWordsModifyIsTheSubject(string sentence, string speaker)
        {
            // The club, party or state before "boss", "leader" or "home affairs spokesman" only modifies the title; the name after
            // it is the subject of its clause (which may open after a phrase and its comma), whom "he" reaches, not the
            // capitalised words before the title nor a name earlier in the article.
            var text = "Season review\n\nMichael Howard spoke first on Monday. " + sentence + " \"We never stopped believing,\" he said.";
            Assert.Equal(speaker, Said(text, "We never stopped believing").Speaker);
        }

        [Fact]
        public void ANameAfterAVerbAndALowercaseTitleIsAnObject()
        {
            // "slated comedian Sacha Baron Cohen": the lowercase words before the name hold a verb; the name is its object.
            var text = "Comedy row\n\nIn an interview published in January, Victoria Wood slated comedian Sacha Baron Cohen for his humour.\n\n" +
                "\"It's a shame people can't just write a script,\" she said.";
            Assert.Equal("Victoria Wood", Said(text, "It's a shame people can't just write a script").Speaker);
        }

        [Theory]
        [InlineData("Oracle has announced it is cutting about 5,000 jobs after a takeover that made Oracle the rival of SAP.", "Oracle")]
        [InlineData("Shares in Continental Airlines have tumbled. Continental Airlines lost $200m in the quarter.", "Continental Airlines")]
        [InlineData("The SEC had accused Titan of illegally paying an agent. Titan agreed to pay a fine, and Securities lawyers said the deal was fair.", "Titan")]
        public void TheCompanyWithNoBodyThatSpokeIsTheCompanyTheTextIsAbout(string before, string speaker)
        {
            // No body spoke before "the company": it is the company-like name the text made a subject most often, not a word
            // capitalised only at a sentence's start ("Shares") nor one named once ("Securities").
            var text = "Jobs cut\n\n" + before + "\n\nThe company said it would \"retain most of its staff\".";
            Assert.Equal(speaker, Said(text, "retain most of its staff").Speaker);
        }

        [Theory]
        [InlineData("MG Rover's tie-up has been delayed, according to the Financial Times.", "the paper said", "Financial Times")]
        [InlineData("Vedomosti newspaper reported that the authorities made a tax demand.", "The paper said", "Vedomosti")]
        [InlineData("A weekend report in the Telegraph quoted an executive at the exchange.", "the newspaper said", "Telegraph")]
        public void ThePaperIsThePublicationNamedLast(string before, string attribution, string speaker)
        {
            // "the paper", "the newspaper", "the magazine" (list publicationNouns) stand for the publication named last: a name
            // ending in a newspaper's word (list publicationWords) or written before such a noun.
            var text = "Rover deal\n\n" + before + " Analyst Ann Reid agreed.\n\n\"Officials are irritated,\" " + attribution + ".";
            Assert.Equal(speaker, Said(text, "Officials are irritated").Speaker);
        }

        [Fact]
        public void AChairmanMayBeAWoman()
        {
            // "chairman" is said of women too: it tells no gender, and "she" reaches the chairman named.
            var text = "Seats row\n\nMr Hockney said the law was clear. UKIP chairman Petrina Holdsworth urged the men to step down.\n\n" +
                "She said: \"The party has taken legal advice.\"";
            Assert.Equal("Petrina Holdsworth", Said(text, "The party has taken legal advice.").Speaker);
        }

        [Fact]
        public void APartyNamedInShortIsABodyNoHeStandsFor()
        {
            // "Lib Dems", like "Liberal Democrats", ends in a group word (list groupWords): a body, never "he".
            var text = "Leak row\n\nThe Lib Dems said the budget was leaked. Tory frontbencher Andrew Tyrie MP demanded a statement.\n\n" +
                "Raising a point of order, he said it was \"the latest in a long line of discourtesies\".";
            Assert.Equal("Andrew Tyrie", Said(text, "the latest in a long line of discourtesies").Speaker);
            Assert.Equal(SpeakerType.Organization, Said(text, "the budget was leaked").SpeakerType);
        }

        [Theory]
        [InlineData("Sarah Pickering, 41, from Little Hadham, Hertfordshire, said the decision was madness.")]
        [InlineData("Sarah Pickering, who grew up in Little Hadham, said the decision was madness.")]
        public void ANameAfterFromOrAPrepositionOfPlaceIsNoSubject(string sentence)
        {
            // "Little Hadham" reads as a two-word name; after "from" or "in" it is where she is from, and "she" is Sarah.
            var text = "School bus\n\n" + sentence + " \"I'm terrified something will happen to him,\" she said.";
            Assert.Equal("Sarah Pickering", Said(text, "I'm terrified something will happen to him").Speaker);
        }

        [Theory]
        [InlineData("In an interview with Rolling Stone in March, she said the pressure of touring had left her \"feeling like a ghost\".")]
        [InlineData("During an interview with Vanity Fair, she said the pressure of touring had left her \"feeling like a ghost\".")]
        public void TheNameAnInterviewIsWithIsNoSubject(string sentence)
        {
            // The magazine or the interviewer is where the words were said; "she" is the singer named before.
            var text = "Tour cancelled\n\nLana Reyes has cancelled her world tour.\n\n" + sentence;
            Assert.Equal("Lana Reyes", Said(text, "feeling like a ghost").Speaker);
        }

        [Fact]
        public void TheNameBetweenAQuotationAndItsCueIsTheSubjectHeStandsFor()
        {
            // '"...," Emanuel said' makes Emanuel the subject of "said": the next "he" is him, not the subject of a paragraph before.
            var text = "Health law\n\nSteven Brill wrote a book about the law.\n\n" +
                "\"I am worried that we will slip back,\" Emanuel said. His final assessment: \"It is not quite optimistic,\" he said.";
            Assert.Equal("Emanuel", Said(text, "It is not quite optimistic").Speaker);
        }

        [Theory]
        [InlineData("Former Arizona governor Jan Brewer calls the issue of security \"a priority\" for women.", "Jan Brewer")]
        [InlineData("Broadcaster April Ryan calls the issue of security \"a priority\" for women.", "April Ryan")]
        public void AMonthThatIsAlsoAGivenNameOpensTheName(string sentence, string speaker)
        {
            // "Jan" and "April" before a surname are given names, not months: the name is the subject "she" reaches.
            var text = "Women voters\n\n\"Look at the statement he put out,\" Conway notes.\n\n" + sentence +
                " \"That is something I think will resonate with all women,\" she said.";
            Assert.Equal(speaker, Said(text, "That is something I think will resonate with all women").Speaker);
        }

        [Theory]
        [InlineData("\"Growth is slowing,\" said Jan Hatzius, the bank's chief economist.", "Jan Hatzius")]
        [InlineData("\"Growth is slowing,\" says April Ryan.", "April Ryan")]
        [InlineData("\"Growth is slowing,\" Jan Hatzius said.", "Jan Hatzius")]
        [InlineData("\"Growth is slowing,\" June Smith, a trader, said.", "June Smith")]
        public void AMonthThatIsAlsoAGivenNameOpensTheNameBesideItsCue(string sentence, string name)
        {
            // After the cue ("said Jan Hatzius") and before it ("Jan Hatzius said") the month opens the speaker's name, whole.
            var quote = Said("Markets\n\nStocks rose on Wednesday.\n\n" + sentence, "Growth is slowing");
            Assert.Equal(name, quote.Speaker);
            Assert.Equal(name, quote.SpeakerMention);
        }

        [Theory]
        [InlineData("\"The findings are striking,\" said lead author Dr Borja del Pozo Cruz.", "lead author Dr Borja del Pozo Cruz")]
        [InlineData("\"We think it could work,\" said Henri de Bodinat, the firm's chief.", "Henri de Bodinat")]
        public void ANameParticleAfterTheCueStaysInTheMention(string sentence, string mention)
        {
            var quote = QuoteRulesTests.Extract("Study\n\nThe study was published on Monday.\n\n" + sentence).Single();
            Assert.Equal(mention, quote.SpeakerMention);
        }

        [Theory]
        [InlineData("A No 10 spokesman said the talks were useful.", "the talks were useful", "No 10 spokesman")]
        [InlineData("\"It went well,\" said a No. 10 source.", "It went well", "No. 10 source")]
        public void NoBeforeANumberIsPartOfTheName(string sentence, string text, string speaker)
        {
            // "No 10" is Number 10, Downing Street: the "No" is no determiner that ends the phrase.
            Assert.Equal(speaker, Said("Talks\n\nThe talks ended on Monday.\n\n" + sentence, text).Speaker);
        }

        [Fact]
        public void TheCompanyIsTheBodyThatSpokeLast()
        {
            // "the company", "the firm" name no body of their own: they stand for the company that spoke last, not for the
            // analysts who spoke between, nor for a body more than four paragraphs back.
            var text = "Jobs\n\nUnilever said on Tuesday it would cut about 7,500 jobs.\n\nAnalysts said the plan was bold.\n\n" +
                "The company said the moves would save about 800 million euros.";
            Assert.Equal("Unilever", Said(text, "the moves would save about 800 million euros").Speaker);

            var far = "Jobs\n\nUnilever said on Tuesday it would cut jobs.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n" +
                "The company said the moves would save money.";
            Assert.Equal("company", Said(far, "the moves would save money").Speaker);
        }

        [Fact]
        public void TheCompanyIsNoBodyWhoseNameEndsInAnotherBodyNoun()
        {
            var text = "Strike\n\nThe Aslef union said on Tuesday its members would strike.\n\nThe company said the strike was unnecessary.";
            Assert.Equal("company", Said(text, "the strike was unnecessary").Speaker);
        }

        [Theory]
        [InlineData("Prof Amitai Etzioni")]
        [InlineData("Prof. Amitai Etzioni")]
        [InlineData("Dr Amitai Etzioni")]
        public void AnAcademicTitleIsNoPartOfThePersonsName(string titled)
        {
            // "Prof" is an honorific as "Dr" is: the person is "Amitai Etzioni", whom "Prof Etzioni" later names again.
            var text = "Security\n\n" + titled + " said the policy had failed.\n\n" +
                "\"This is like letting a serial killer go,\" " + titled.Split(' ')[0] + " Etzioni said.";
            Assert.Equal("Amitai Etzioni", Said(text, "the policy had failed").Speaker);
            Assert.Equal("Amitai Etzioni", Said(text, "This is like letting a serial killer go").Speaker);
        }

        [Fact]
        public void ASurnameThatOpensAnotherNameStillLeadsToItsPerson()
        {
            // "Trump National Doral" is a resort named with his surname; a later "Trump" is still Donald Trump.
            var text = "Syria policy\n\nDonald Trump spoke to reporters on Tuesday.\n\n" +
                "\"We should not be focusing on Syria,\" he said as he dined at his Trump National Doral golf resort. " +
                "\"You are going to end up in World War Three,\" Trump said.";
            Assert.Equal("Donald Trump", Said(text, "You are going to end up in World War Three").Speaker);
        }

        [Fact]
        public void ItIsANameOfUnknownKindThatSpokeRatherThanAPlaceNamedSince()
        {
            // "Barclays" is one capitalised word, of no known kind; having spoken as the subject, it is what "it" stands for,
            // not the country named after it.
            var text = "Bank results\n\nBarclays cautioned that growth may be slower because of household spending in the UK. " +
                "It added its bid for Absa was on track.";
            Assert.Equal("Barclays", QuoteRulesTests.Extract(text).Single(q => q.Text.StartsWith("its bid")).Speaker);
        }

        [Fact]
        public void ANameWithAnHonorificAfterAPrepositionIsItsObject()
        {
            var text = "Visit\n\nSpeaking in London on Monday, President Musharraf said al-Qaeda was \"on the run\".\n\n" +
                "But standing next to Mr Blair he added that it was crucial to tackle the \"core of what creates terrorists\".";
            Assert.Equal("Musharraf", Said(text, "core of what creates terrorists").Speaker);
        }

        [Fact]
        public void ItAfterABodyNounInItsOwnSentenceIsThatBody()
        {
            // Reuters, named a paragraph before, is further off than "the firm" in the pronoun's own sentence.
            var text = "Markets\n\nTom Hardy was quoted by Reuters as saying the deal was off.\n\n" +
                "Shares in the firm fell 5% after it warned profits would be lower than expected.";
            Assert.Equal("firm", Said(text, "profits would be lower than expected").Speaker);
        }

        [Fact]
        public void TheWriterOfAByLineIsNoOneAPronounStandsFor()
        {
            // Ann is a known woman's name and Priya is not: without the byline rule "She" went to the writer.
            var text = "Bridge\n\nBy Ann Lee\n\n\"This will connect the town,\" said council leader Priya Nair. She said work would start next spring.";
            Assert.Equal("Priya Nair", Said(text, "work would start next spring").Speaker);
        }

        [Fact]
        public void AReportedStatementAfterAQuotationReachesTheSpeakerTheQuotationBroughtIn()
        {
            // The reported clause comes after the quotation in the paragraph: its "he" goes to the spokesman the quotation's
            // speaker phrase brought in, not back to the person named in the paragraph before.
            var text = "Job cuts\n\nRaj Patel insisted the balance sheet was strong.\n\n" +
                "A spokesman for the GMB union said members were \"angry and dismayed\". The union would seek urgent talks, he added.";
            var q = Said(text, "The union would seek urgent talks");
            Assert.Equal(Attribution.Pronoun, q.Attribution);
            Assert.Equal("spokesman for the GMB union", q.Speaker);
        }

        [Fact]
        public void ANameBetweenTheAndATitleIsNoPersonHeStandsFor()
        {
            // "Lib Dem" only says whose leader; "he" is the leader named before.
            var text = "Budget\n\nGordon Brown has failed to tackle the \"fundamental unfairness\" in the tax system, Charles Kennedy has said.\n\n" +
                "How was it right that the poorest paid more, the Lib Dem leader asked. The rebate did nothing to fix the \"unfair tax\", he added.";
            Assert.Equal("Charles Kennedy", Said(text, "unfair tax").Speaker);
        }

        [Fact]
        public void ATitledNameAfterTheAndAPartyIsTheClausesSubject()
        {
            var text = "Campaign\n\nAs Tory leader Michael Howard kicked off his campaign, the Lib Dem leader Charles Kennedy dismissed the " +
                "Conservatives as a \"fading\" force. And he insisted there was \"no limit\" to his party's ambitions.";
            Assert.Equal("Charles Kennedy", Said(text, "no limit").Speaker);
        }

        [Fact]
        public void ADescribedNameAfterAQuotationIsItsCuesSubject()
        {
            // "Renaissance Capital energy analyst" describes the name between the closing mark and "told": he is the subject "he" goes to.
            var text = "Gas deal\n\nGazprom chief Alexei Miller confirmed the unit was not part of the deal.\n\n" +
                "\"Yugansk is a heavy cashflow generator,\" Renaissance Capital energy analyst Adam Landes told Reuters news agency. " +
                "But he said the latest development was simply an interim step.";
            Assert.Equal("Adam Landes", Said(text, "the latest development was simply an interim step").Speaker);
        }

        [Fact]
        public void ItGoesBackToABodyWrittenInCapitalsThatWasASubject()
        {
            // "BT" has not spoken, but a subject written as bodies are is what "it" stands for, not the regulator named before.
            var text = "Telecoms\n\nThe regulator Ofcom said in November that the firm must offer \"real equality of access\". " +
                "BT wants lighter regulation in exchange for the changes.\n\n" +
                "It added that it plans to invest £10bn to create a \"21st Century network\".";
            Assert.Equal("BT", Said(text, "21st Century network").Speaker);
        }

        [Fact]
        public void NationsEndsABodysNameNotAPersons()
        {
            var text = "Rights\n\nMs Khan said such breaches were infectious. That was accompanied by a crisis, where the United Nations " +
                "system did not seem able to act.\n\n\"Public passivity is the single most powerful indictment,\" she said.";
            Assert.Equal("Khan", Said(text, "Public passivity is the single most powerful indictment").Speaker);
        }

        [Fact]
        public void ANounInLyEndsTheSubjectBeforeItsVerb()
        {
            var text = "Telecoms\n\n\"Central to the proposals are lower prices,\" the former monopoly said in a statement.";
            Assert.Equal("the former monopoly", Said(text, "Central to the proposals are lower prices").SpeakerMention);
        }

        [Theory]
        [InlineData("Hollis had no previous convictions, he said.", "Hollis had no previous convictions", "Mark Lyle")]
        [InlineData("Hollis, who lives alone, had been drinking, he said.", "Hollis, who lives alone, had been drinking", "Mark Lyle")]
        public void APronounAfterAClauseAboutSomeoneNamedIsTheLastSpeaker(string sentence, string clause, string speaker)
        {
            // Had the writer meant Hollis, the clause would read "Hollis said"; "he" is the lawyer who spoke last.
            var text = "Court\n\nDarren Hollis, 34, admitted grievous bodily harm.\n\n" +
                "Defending, Mark Lyle said his client was \"deeply ashamed\". " + sentence;
            Assert.Equal(speaker, Said(text, clause).Speaker);
        }

        [Fact]
        public void SomeonesRoleThatSpokeIsWhomTheNextHeStandsFor()
        {
            // "her spokesman" brings in a person who is not the singer; "he" after it is the spokesman.
            var text = "Tour\n\nPop star Jess Lane has cancelled her UK tour on medical advice, her spokesman has confirmed.\n\n" +
                "The singer is \"devastated\", he said in a statement.";
            Assert.Equal("her spokesman", Said(text, "devastated").Speaker);
        }

        [Fact]
        public void APromoterBeforeANameIsATitle()
        {
            var text = "Tour\n\nPromoter Live North said the dates would be rescheduled \"as soon as possible\".";
            Assert.Equal("Live North", Said(text, "as soon as possible").Speaker);
        }
    }
}
