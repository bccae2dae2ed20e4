using System.Collections.Generic;
using System.Linq;
using NewsTools.Config;
using NewsTools.Text;
using NewsTools.Time.Events;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// The lower-case words inside a name (Text/names.defaults.yaml's nameConnectors): one list, read by the name finder of
    /// quotes and coverage and by the timeline's actor finder, so both join the same names.
    /// </summary>
    public class NameConnectorTests
    {
        [Theory]
        [InlineData("Officials of the Ministry for Foreign Affairs met the envoy on Monday.", "Ministry for Foreign Affairs")]
        [InlineData("The Bank of England raised rates on Thursday.", "Bank of England")]
        public void TheNameFinderAndTheActorFinderJoinTheSameName(string text, string name)
        {
            Assert.Contains(name, Names(ConfigLoader.Defaults, text));
            Assert.Contains(name, Actors(ConfigLoader.Defaults, text));
        }

        [Fact]
        public void AConnectorTheUserAddsJoinsANameForBoth()
        {
            const string text = "Talks with Ortega y Gasset ended on Monday.";
            Assert.DoesNotContain("Ortega y Gasset", Actors(ConfigLoader.Defaults, text));

            var config = UserConfig.DefaultsWith("wordLists:\n  nameConnectors: [y]\n");
            Assert.Contains("Ortega y Gasset", Names(config, text));
            Assert.Contains("Ortega y Gasset", Actors(config, text));
        }

        private static string[] Names(NewsToolsConfig config, string text) => new NameFinder(config).Find(text).Select(n => n.Text).ToArray();

        private static List<string> Actors(NewsToolsConfig config, string text) =>
            new ActorFinder(config).Find(text, 0, text.Length, -1, -1) ?? new List<string>();
    }
}
