using System.Linq;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using NewsTools.Tests.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// What the words around a name say of its kind: a lone name set beside a noun of one sex ("His daughter, Kirsty,") is a
    /// person of that sex, so a later "she" reaches her; a name that a place word opens ("Loch Arn", "Mount Kenya") is a
    /// place, which no "she" reaches.
    /// </summary>
    public class NameKindFromContextTests
    {
        private const string Ferry =
            "The last ferryman of Loch Arn\n\n" +
            "For forty years, Duncan MacLeod has carried the post across the water.\n\n" +
            "\"People think I'll be sad,\" says MacLeod.\n\n";

        private static Quote[] Quotes(string text) => QuoteRulesTests.Extract(text).ToArray();

        [Theory]
        [InlineData("His daughter, Kirsty, who runs the shop, is less sure.", "Kirsty")]
        [InlineData("His daughter Fiona, who runs the shop, is less sure.", "Fiona")]
        [InlineData("His wife, Effie, is less sure.", "Effie")]
        public void ALoneNameBesideANounOfOneSexIsThatPerson(string sentence, string name)
        {
            var quotes = Quotes(Ferry + sentence + " \"Dad says that every winter,\" she says.");
            var hers = quotes.Single(q => q.Text.StartsWith("Dad says"));
            Assert.Equal(name, hers.Speaker);
            Assert.Equal(SpeakerType.Person, hers.SpeakerType);
        }

        [Fact]
        public void TheNounsSexKeepsAPronounOfTheOtherAway()
        {
            // "He added" is the husband, not the wife set beside "wife".
            var quotes = Quotes("Burglars broke into the home of Ozzy Osbourne.\n\n" +
                "His wife Sharon said her rings were taken as she slept.\n\n" +
                "He added he was glad the intruders were not hurt.");
            Assert.Equal(new[] { "Sharon", "Ozzy Osbourne" }, quotes.Select(q => q.Speaker).ToArray());
        }

        [Fact]
        public void WithNoNameBesideTheNounSheStaysUnresolved()
        {
            var quotes = Quotes(Ferry + "His daughter, who runs the shop, is less sure. \"Dad says that every winter,\" she says.");
            Assert.Equal("she", quotes.Single(q => q.Text.StartsWith("Dad says")).Speaker);
        }

        [Theory]
        [InlineData("Loch Arn")]
        [InlineData("Mount Kenya")]
        [InlineData("Lake Tahoe")]
        [InlineData("Cape Cod")]
        [InlineData("Santa Maria")]
        [InlineData("San Diego")]
        [InlineData("Los Angeles")]
        public void ANameAPlaceWordOpensIsAPlace(string name)
        {
            var kit = new RuleKit("Walkers gathered at " + name + " on Sunday.");
            var rule = new BodyOrPlaceNameRule(kit.Cues.Lexicon, kit.Entities);
            Assert.Equal(SpeakerType.Place, kit.Link(rule, name)!.Type);
        }

        [Fact]
        public void APlaceWordInsideAWordOpensNoPlace()
        {
            var kit = new RuleKit("Lakeland Smith spoke at the meeting.");
            var rule = new BodyOrPlaceNameRule(kit.Cues.Lexicon, kit.Entities);
            Assert.Null(kit.Link(rule, "Lakeland Smith"));
        }

        [Fact]
        public void SheDoesNotGoBackToATownNamedForASaint()
        {
            // "Maria" is a woman's given name, but "Santa Maria" is a town: "she" is no one named here.
            var quotes = Quotes("The trial is being held in Santa Maria, California. Reporters gathered outside the court.\n\n" +
                "\"I know his character,\" she said.");
            Assert.NotEqual("Santa Maria", quotes.Single(q => q.Text.StartsWith("I know his")).Speaker);
        }

        [Theory]
        [InlineData("Double Olympic champion Kelly Holmes is to race at the Norwich Union Grand Prix.", "she", "Kelly Holmes")]
        [InlineData("Kate Winslet is among the nominees. Golden Globe voters praised her film.", "she", "Kate Winslet")]
        [InlineData("Tim Henman will lead Britain. The Davis Cup tie with Israel starts on Friday.", "he", "Tim Henman")]
        [InlineData("Simon Amor will captain England. The Dubai Sevens start on Thursday.", "he", "Simon Amor")]
        public void APronounDoesNotGoBackToAnEventOrAPrize(string sentence, string pronoun, string person)
        {
            var quotes = Quotes(sentence + "\n\n\"I am still competitive and still want to win,\" " + pronoun + " said.");
            Assert.Equal(person, quotes.Single(x => x.Text.StartsWith("I am still competitive")).Speaker);
        }

        [Fact]
        public void ALawIsNoOneWhoSpeaks()
        {
            var quotes = Quotes("The industry says the Gambling Bill puts UK firms at a disadvantage.\n\n" +
                "\"We have the lowest level of problem gambling in the world,\" he said.");
            Assert.NotEqual("Gambling Bill", quotes.Single(x => x.Text.StartsWith("We have the lowest")).Speaker);
        }

        [Fact]
        public void AThingWordEndsOnlyANameOfSeveralWordsAsAWordOfItsOwn()
        {
            var kit = new RuleKit("Bill Gates and Sarah Open spoke at the Cupertino meeting.");
            Assert.False(kit.Cues.Lexicon.EndsWithThingWord("Bill Gates"));
            Assert.False(kit.Cues.Lexicon.EndsWithThingWord("Bill"));
            Assert.False(kit.Cues.Lexicon.EndsWithThingWord("Anna Cupbill"));
            Assert.True(kit.Cues.Lexicon.EndsWithThingWord("Heineken Cup"));
        }

        [Fact]
        public void AWorksTitleWithACapitalisedTheOrAndIsNoOneWhoSpeaks()
        {
            var quotes = Quotes("Norman Cook has released a new album. Halfway Between The Gutter And The Stars sold well.\n\n" +
                "\"Dance music is not dead,\" he said.");
            Assert.Equal("Norman Cook", quotes.Single(x => x.Text.StartsWith("Dance music")).Speaker);
        }

        [Theory]
        [InlineData("The Liberal Democrats want the bill rewritten.")]
        [InlineData("New Labour has changed the party.")]
        public void APartysNameEndingInItsGroupWordIsNoOneHeGoesBackTo(string sentence)
        {
            var quotes = Quotes("Mark Oaten spoke in the Commons on Monday. " + sentence + "\n\n\"This bill is doomed to fail,\" he said.");
            Assert.Equal("Mark Oaten", quotes.Single(x => x.Text.StartsWith("This bill")).Speaker);
        }

        [Theory]
        [InlineData("Mike Prettejohn, president of Netcraft, speculated")]
        [InlineData("Mike Prettejohn, an analyst at Netcraft, speculated")]
        [InlineData("Mike Prettejohn, who works for monitoring firm Netcraft, speculated")]
        [InlineData("Mike Prettejohn, a research director at analyst Netcraft, speculated")]
        [InlineData("Mike Prettejohn, a director at web monitoring service Netcraft, speculated")]
        public void ALoneNameAfterACompanyNounOrARoleOfIsABody(string opening)
        {
            // Netcraft spoke first, so "he" could have gone back to it as to a person named only by a surname.
            var quotes = Quotes("Netcraft said the site was blocked to visitors from abroad.\n\n" + opening +
                " that the blocking was to cut costs. He said the site may see no reason to send content abroad.");
            Assert.Equal("Mike Prettejohn", quotes.Single(x => x.Text.StartsWith("the site may see")).Speaker);
        }

        [Fact]
        public void APersonAfterARoleAndADescriptionStaysAPerson()
        {
            // "the agent of striker Wayne Rooney": a full name with a given name after the description is the person described.
            var quotes = Quotes("Paul Stretford, the agent of striker Wayne Rooney, met the club.\n\n\"I will stay,\" said Wayne Rooney.");
            Assert.Equal(SpeakerType.Person, quotes.Single(x => x.Text.StartsWith("I will stay")).SpeakerType);
        }

        [Fact]
        public void KinOfANameIsNoRoleInABody()
        {
            var quotes = Quotes("Ruth Kelly met the wife of Malik on Monday.\n\n\"She was very brave,\" said Malik.");
            Assert.NotEqual(SpeakerType.Organization, quotes.Single(x => x.Text.StartsWith("She was very brave")).SpeakerType);
        }

        [Theory]
        [InlineData("Oliver Irish", "Mr Irish")]
        [InlineData("Mike German", "Mr German")]
        public void ANationalityWordAfterAnHonorificIsASurname(string name, string mention)
        {
            // "Irish" alone is no name; after "Mr" it is Oliver Irish's surname, a person's.
            var quotes = Quotes("Retail analyst " + name + " tracks the market.\n\n\"Demand is huge,\" said " + mention + ".");
            var q = quotes.Single(x => x.Text == "Demand is huge");
            Assert.Equal(name, q.Speaker);
            Assert.Equal(SpeakerType.Person, q.SpeakerType);
        }
    }
}
