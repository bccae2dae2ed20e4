using System;
using System.IO;
using System.Linq;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests.Articles
{
    public sealed class DecodingTests : IDisposable
    {
        private const string Story = "Prices rise\n\nLONDON (Wire) - The café raised its prices by £2 on Monday, the owner said.\n";
        private readonly string dir = Directory.CreateTempSubdirectory("newstools-enc-").FullName;
        private readonly ArticleReader reader = new ArticleReader(ConfigLoader.Defaults);

        public void Dispose() => Directory.Delete(dir, true);

        [Theory]
        [InlineData("utf-8")]
        [InlineData("utf-8-bom")]
        [InlineData("utf-16le")]
        [InlineData("utf-16be")]
        [InlineData("windows-1252")]
        public void EveryEncodingGivesTheSameText(string encoding)
        {
            byte[] bytes = encoding switch
            {
                "utf-8" => new UTF8Encoding(false).GetBytes(Story),
                "utf-8-bom" => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Story)).ToArray(),
                "utf-16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Story)).ToArray(),
                "utf-16be" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Story)).ToArray(),
                _ => Story.Select(c => c == 'é' ? (byte)0xE9 : c == '£' ? (byte)0xA3 : (byte)c).ToArray(),
            };
            var path = Path.Combine(dir, encoding + ".txt");
            File.WriteAllBytes(path, bytes);

            var article = reader.ReadFile(path);

            Assert.Equal(Story, article.Text);
            Assert.Equal("Prices rise", article.Title);
        }

        [Fact]
        public void Windows1252PunctuationBytesBecomeTheirCharacters()
        {
            var bytes = new byte[] { 0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', 0x96, (byte)' ', (byte)'o', (byte)'k', 0x85 };
            Assert.Equal("\u201CHi\u201D \u2013 ok\u2026", TextDecoder.DecodeWindows1252(bytes, 0, bytes.Length));
        }

        [SkippableFact]
        public void TheBbcFileThatIsNotUtf8IsReadAsWindows1252()
        {
            var path = TestData.RequireShared("corpus/bbc-news-2225/sport/199.txt");
            var article = reader.ReadFile(path);

            Assert.Contains("£", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\uFFFD", article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void CrlfTextKeepsItsOffsets()
        {
            var text = "Title line\r\n\r\nFirst paragraph of the story.\r\n\r\nSecond \"quoted\" paragraph.\r\n";
            var article = reader.Parse(text);

            Assert.Equal(text, article.Text);
            Assert.Equal(new[] { "Title line", "First paragraph of the story.", "Second \"quoted\" paragraph." }, article.Paragraphs.Select(p => p.Text));
            Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, text.Substring(p.Start, p.Text.Length)));
        }
    }
}
