using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// "I" stands for a person, as "he" and "she" do: never for the council, the country or the body named last. The
    /// attribution hands pronouns to the resolver lowercased, which the person test once missed ("I" arrived as "i").
    /// </summary>
    public class FirstPersonPronounTests
    {
        [Theory]
        [InlineData("i")]
        [InlineData("I")]
        public void IStandsForThePersonNotTheBodyNamedLast(string pronoun)
        {
            var text = "Ms Okafor, a former council leader, told the Lagos City Council on Monday that the bridge must wait.";
            var lexicon = new CueLexicon(ConfigLoader.Defaults);
            var resolver = new SpeakerResolver(lexicon, new MentionParser(lexicon));
            resolver.Register(ParagraphText.Build(text, 0, ParagraphKind.Body, 0, text.Length, lexicon.Classes, lexicon.Sentences));

            var entity = resolver.ResolvePronoun(pronoun, text.Length, 0);

            Assert.NotNull(entity);
            Assert.Equal("Okafor", entity!.Name);
        }
    }
}
