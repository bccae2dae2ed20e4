using System.Linq;
using NewsTools.Config;
using NewsTools.Text;
using Xunit;

namespace NewsTools.Tests.Text
{
    /// <summary>
    /// An auxiliary or modal that opens a question ("Can Yahoo survive?", "Should Microsoft worry?") is capitalised only for
    /// its place: Text/names.defaults.yaml lists it among the words that are never names, so the name after it stands alone.
    /// </summary>
    public class AuxiliaryOpenerTests
    {
        [Theory]
        [InlineData("Can Yahoo survive the search wars?", "Yahoo")]
        [InlineData("Should Microsoft worry about Google?", "Microsoft")]
        [InlineData("Did Arsenal deserve the win?", "Arsenal")]
        public void AnAuxiliaryThatOpensAQuestionIsNoPartOfTheNameAfterIt(string text, string name)
        {
            var names = new NameFinder(ConfigLoader.Defaults).Find(text).Select(n => n.Text).ToArray();
            Assert.Contains(name, names);
            Assert.DoesNotContain(text.Substring(0, text.IndexOf(' ')) + " " + name, names);
        }
    }
}
