using NewsTools.Config;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    public class AliasNameRuleTests
    {
        private static NewsToolsConfig WithMayor()
        {
            return UserConfig.DefaultsWith("speakers:\n  - name: Elena Varga\n    aliases: [Varga]\n    title: Mayor of Port Alder\n    type: Person\n");
        }

        [Fact]
        public void AConfiguredAliasIsTheProfilesEntityWithItsTitle()
        {
            var kit = new RuleKit(WithMayor(), "Varga cut the ribbon on Tuesday, with Dana Whitfield watching.");
            var entity = kit.Link(new AliasNameRule(kit.Entities), "Varga");
            Assert.Equal("Elena Varga", entity!.Name);
            Assert.Equal(SpeakerType.Person, entity.Type);
            Assert.Equal("Mayor of Port Alder", entity.Title);
            Assert.Null(kit.Link(new AliasNameRule(kit.Entities), "Dana Whitfield"));
        }

        [Fact]
        public void ItIsAskedBeforeTheOneWordNameRule()
        {
            var kit = new RuleKit(WithMayor(), "Varga cut the ribbon on Tuesday.");
            Assert.Equal("Varga", kit.Link(new SingleNameRule(new EntityTable(kit.Cues.Lexicon)), "Varga")!.Name);
            Assert.Equal("Elena Varga", kit.FirstName("Varga")!.Name);
        }
    }

    public class GroupNameRuleTests
    {
        [Fact]
        public void AListedGroupWordIsAnOrganisationAsWritten()
        {
            var kit = new RuleKit("Republicans said the vote would fail, and Dana Whitfield agreed.");
            var entity = kit.Link(new GroupNameRule(kit.Entities), "Republicans");
            Assert.Equal("Republicans", entity!.Name);
            Assert.Equal(SpeakerType.Organization, entity.Type);
            Assert.Null(kit.Link(new GroupNameRule(kit.Entities), "Dana Whitfield"));
        }
    }

    public class MetonymNameRuleTests
    {
        [Fact]
        public void ACapitalSpeaksForItsCountry()
        {
            var kit = new RuleKit("Beijing warned against the sale.");
            var entity = kit.Link(new MetonymNameRule(kit.Entities), "Beijing");
            Assert.Equal("China", entity!.Name);
            Assert.Equal(SpeakerType.Place, entity.Type);
        }

        [Fact]
        public void ItIsAskedBeforeThePlaceRuleWhichWouldKeepTheCity()
        {
            var kit = new RuleKit("Beijing warned against the sale.");
            Assert.Equal("Beijing", kit.Link(new BodyOrPlaceNameRule(kit.Cues.Lexicon, new EntityTable(kit.Cues.Lexicon)), "Beijing")!.Name);
            Assert.Equal("China", kit.FirstName("Beijing")!.Name);
        }
    }

    public class BodyOrPlaceNameRuleTests
    {
        [Fact]
        public void AnOrganisationWordHeadsABodyWhoseOwnerCountryIsKeptApart()
        {
            var kit = new RuleKit("China's Foreign Ministry said the talks were frank.");
            var entity = kit.Link(new BodyOrPlaceNameRule(kit.Cues.Lexicon, kit.Entities), "China's Foreign Ministry");
            Assert.Equal("Foreign Ministry", entity!.Name);
            Assert.Equal(SpeakerType.Organization, entity.Type);
            Assert.Equal("China", entity.Country);
        }

        [Fact]
        public void APlaceWordHeadsAPlaceAndAPersonsNameIsNeither()
        {
            var kit = new RuleKit("Growers in Kessel Valley met Dana Whitfield.");
            var valley = kit.Link(new BodyOrPlaceNameRule(kit.Cues.Lexicon, kit.Entities), "Kessel Valley");
            Assert.Equal(SpeakerType.Place, valley!.Type);
            Assert.Null(kit.Link(new BodyOrPlaceNameRule(kit.Cues.Lexicon, kit.Entities), "Dana Whitfield"));
        }

        [Fact]
        public void ItIsAskedBeforeTheFullNameRuleWhichWouldMakeABodyAPerson()
        {
            var kit = new RuleKit("The Foreign Ministry said the talks were frank.");
            Assert.Equal(SpeakerType.Person, kit.Link(new FullNameRule(new EntityTable(kit.Cues.Lexicon)), "Foreign Ministry")!.Type);
            Assert.Equal(SpeakerType.Organization, kit.FirstName("Foreign Ministry")!.Type);
        }
    }

    public class NameFactsTests
    {
        /// <summary>
        /// A name of several words is looked up whole (a listed place of two words) and by its head word, the word before the
        /// first "of" or else the last: the facts must say what the word lists say of those strings.
        /// </summary>
        [Theory]
        [InlineData("Ministry of Foreign Affairs", "Ministry")]
        [InlineData("Tel Aviv", "Aviv")]
        [InlineData("Kessel Valley", "Valley")]
        [InlineData("Dana Whitfield", "Whitfield")]
        [InlineData("Senate Conservatives Fund", "Fund")]
        public void AManyWordNamesFactsAreWhatTheListsSayOfItAndItsHeadWord(string name, string head)
        {
            var kit = new RuleKit("Officials of the Ministry of Foreign Affairs met Dana Whitfield in Tel Aviv, growers from Kessel Valley " +
                "and the Senate Conservatives Fund.");
            var m = kit.Mention(name);
            Assert.Equal(name, m.Core);
            var lexicon = kit.Cues.Lexicon;
            var facts = kit.Cues.Resolver.FactsOf(m, m.Core);
            Assert.True(facts.MultiWord);
            Assert.False(facts.NotAName);
            Assert.Equal(lexicon.Places.Contains(name), facts.IsPlace);
            Assert.Equal(lexicon.OrganizationWords.Contains(head), facts.HeadIsOrganizationWord);
            Assert.Equal(lexicon.PlaceWords.Contains(head), facts.HeadIsPlaceWord);
            Assert.Equal(lexicon.GroupWords.Contains(name), facts.IsGroup);
            Assert.Equal(name == "Tel Aviv", facts.IsPlace);
            Assert.Equal(head == "Ministry" || head == "Fund", facts.HeadIsOrganizationWord);
            Assert.Equal(head == "Valley", facts.HeadIsPlaceWord);
        }
    }

    public class FullNameRuleTests
    {
        [Fact]
        public void TwoWordsOrMoreArePersonWhoseTitleAndGenderAreKept()
        {
            var kit = new RuleKit("The cost was hidden, said Ms. Dana Whitfield.");
            var entity = kit.Link(new FullNameRule(kit.Entities), "Ms. Dana Whitfield");
            Assert.Equal("Dana Whitfield", entity!.Name);
            Assert.Equal(SpeakerType.Person, entity.Type);
            Assert.Equal("Ms.", entity.Title);
            Assert.Equal('F', entity.Gender);
            Assert.Same(entity, kit.Entities.PersonByWord("Whitfield"));
        }

        [Fact]
        public void OneWordIsNotItsBusiness()
        {
            var kit = new RuleKit("Whitfield said the cost was hidden.");
            Assert.Null(kit.Link(new FullNameRule(kit.Entities), "Whitfield"));
        }
    }

    public class SurnameRuleTests
    {
        [Fact]
        public void OneWordOfAKnownPersonsNameIsThatPerson()
        {
            var kit = new RuleKit("Wang Yi met Taro Kono. Wang said the talks were frank.");
            kit.Link(new FullNameRule(kit.Entities), "Wang Yi");
            var later = kit.Paragraph.Source.LastIndexOf("Wang", System.StringComparison.Ordinal);
            var m = kit.Cues.Parser.Make(kit.Paragraph, TokenAt(kit, later), TokenAt(kit, later) + 1);
            var entity = new SurnameRule(kit.Entities).Link(m, m.Core, kit.Cues.Resolver.FactsOf(m, m.Core), register: true);
            Assert.Equal("Wang Yi", entity!.Name);
            Assert.Null(kit.Link(new SurnameRule(kit.Entities), "Kono"));
        }

        [Fact]
        public void ItIsAskedBeforeTheOneWordNameRuleWhichWouldMakeANewEntity()
        {
            var kit = new RuleKit("Wang Yi met reporters. Wang said the talks were frank.");
            Assert.Equal("Wang Yi", kit.FirstName("Wang Yi")!.Name);
            var later = kit.Paragraph.Source.LastIndexOf("Wang", System.StringComparison.Ordinal);
            var m = kit.Cues.Parser.Make(kit.Paragraph, TokenAt(kit, later), TokenAt(kit, later) + 1);
            var facts = kit.Cues.Resolver.FactsOf(m, m.Core);
            Assert.Equal("Wang", new SingleNameRule(kit.Entities).Link(m, m.Core, facts, register: false)!.Name);
            foreach (var rule in new NameRules(kit.Cues.Lexicon, kit.Entities).Rules)
            {
                if (rule.Link(m, m.Core, facts, register: true) is Entity e)
                {
                    Assert.Equal("Wang Yi", e.Name);
                    return;
                }
            }

            Assert.Fail("no name rule answered");
        }

        private static int TokenAt(RuleKit kit, int offset)
        {
            for (var t = 0; t < kit.Paragraph.Tokens.Count; t++)
            {
                if (kit.Paragraph.Tokens[t].Start == offset)
                {
                    return t;
                }
            }

            return -1;
        }
    }

    public class SingleNameRuleTests
    {
        [Fact]
        public void AnyOtherOneWordNameIsAnEntityOfItsOwnAPersonWhenTitled()
        {
            var kit = new RuleKit("Putin said the talks were useful, and President Tokayev agreed.");
            var putin = kit.Link(new SingleNameRule(kit.Entities), "Putin");
            Assert.Equal("Putin", putin!.Name);
            Assert.Equal(SpeakerType.Unknown, putin.Type);

            var titled = kit.Link(new SingleNameRule(kit.Entities), "President Tokayev");
            Assert.Equal("Tokayev", titled!.Name);
            Assert.Equal(SpeakerType.Person, titled.Type);
            Assert.Equal("President", titled.Title);
        }
    }
}
