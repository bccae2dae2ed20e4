using NewsTools.Config;
using NewsTools.Quotes;
using NewsTools.Quotes.AttributionRules;
using Xunit;

namespace NewsTools.Tests.Quotes.AttributionRules
{
    public class ConfiguredSpeakerRuleTests
    {
        private static NewsToolsConfig WithMayor()
        {
            return UserConfig.DefaultsWith("speakers:\n  - name: Elena Varga\n    aliases: [the mayor]\n    title: Mayor of Port Alder\n    type: Person\n");
        }

        [Fact]
        public void AProfilesAliasIsThatSpeakerEvenAsACommonNoun()
        {
            var kit = new RuleKit(WithMayor(), "The mayor said the bridge would reopen, and Dana Whitfield disagreed.");
            var rule = new ConfiguredSpeakerRule(kit.Cues.Lexicon, kit.Entities);
            var m = kit.Mention("The mayor");
            var speaker = rule.Resolve(m, m.Start);
            Assert.Equal("Elena Varga", speaker!.Name);
            Assert.Equal("Mayor of Port Alder", speaker.Title);
            var other = kit.Mention("Dana Whitfield");
            Assert.Null(rule.Resolve(other, other.Start));
        }

        [Fact]
        public void ItIsAskedBeforeThePhraseIsTakenAsWritten()
        {
            var kit = new RuleKit(WithMayor(), "The mayor said the bridge would reopen.");
            var m = kit.Mention("The mayor");
            Assert.Equal("mayor", new AsWrittenSpeakerRule(kit.Entities).Resolve(m, m.Start)!.Name);
            Assert.Equal("Elena Varga", kit.Cues.Resolver.Resolve(m, m.Start).Name);
        }
    }

    public class NamedSpeakerRuleTests
    {
        [Fact]
        public void ANameIsThePersonTheArticleIntroducedWithIt()
        {
            var kit = new RuleKit("Foreign Minister Wang Yi arrived in Tokyo.", "Wang said the talks were frank.");
            var m = kit.Mention("Wang");
            var speaker = new NamedSpeakerRule(kit.Cues.Resolver).Resolve(m, m.Start);
            Assert.Equal("Wang Yi", speaker!.Name);
            Assert.Equal(SpeakerType.Person, speaker.Type);
            Assert.Equal("Foreign Minister", speaker.Title);
        }

        [Fact]
        public void APhraseWithoutANameIsNotItsBusiness()
        {
            var kit = new RuleKit("A spokesman said the talks were frank.");
            var m = kit.Mention("A spokesman");
            Assert.Null(new NamedSpeakerRule(kit.Cues.Resolver).Resolve(m, m.Start));
        }
    }

    public class NominalSpeakerRuleTests
    {
        [Fact]
        public void ABodysHeadNounIsTheLatestBodyWithThatHead()
        {
            var kit = new RuleKit("The Chinese Foreign Ministry issued a statement on Friday.", "The ministry said the talks were frank.");
            var m = kit.Mention("The ministry");
            var speaker = new NominalSpeakerRule(kit.Cues.Resolver).Resolve(m, m.Start);
            Assert.Equal("Chinese Foreign Ministry", speaker!.Name);
            Assert.Equal(SpeakerType.Organization, speaker.Type);
        }

        [Fact]
        public void WithNoEarlierBodyItFindsNothingAndThePhraseStandsAsWritten()
        {
            var kit = new RuleKit("The ministry said the talks were frank.");
            var m = kit.Mention("The ministry");
            Assert.Null(new NominalSpeakerRule(kit.Cues.Resolver).Resolve(m, m.Start));
            Assert.Equal("ministry", kit.Cues.Resolver.Resolve(m, m.Start).Name);
        }
    }

    public class AsWrittenSpeakerRuleTests
    {
        [Fact]
        public void ThePhraseWithoutItsDeterminerOfUnknownKind()
        {
            var kit = new RuleKit("A spokesman said the talks were frank.");
            var m = kit.Mention("A spokesman");
            var speaker = new AsWrittenSpeakerRule(kit.Entities).Resolve(m, m.Start);
            Assert.Equal("spokesman", speaker!.Name);
            Assert.Equal(SpeakerType.Unknown, speaker.Type);
        }

        [Fact]
        public void AnEarlierBodyIsFoundFirst()
        {
            var kit = new RuleKit("The Chinese Foreign Ministry issued a statement on Friday.", "The ministry said the talks were frank.");
            var m = kit.Mention("The ministry");
            Assert.Equal("ministry", new AsWrittenSpeakerRule(kit.Entities).Resolve(m, m.Start)!.Name);
            Assert.Equal("Chinese Foreign Ministry", kit.Cues.Resolver.Resolve(m, m.Start).Name);
        }
    }
}
