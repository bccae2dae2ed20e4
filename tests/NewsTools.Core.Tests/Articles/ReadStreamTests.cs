using System.IO;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>An article read from a stream to its end (standard input) is read as a file is, and its failures name the input.</summary>
    public class ReadStreamTests
    {
        private const string Story = "Prices rise\n\n\"The tolls are fair,\" said Mira Holt on Monday.\n";

        [Fact]
        public void AStreamGivesTheArticleAFileWithTheSameBytesGives()
        {
            var reader = new ArticleReader(ConfigLoader.Defaults);
            var article = reader.ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(Story)), "stdin");

            Assert.Equal("stdin", article.Id);
            Assert.Equal("Prices rise", article.Title);
            Assert.Equal(reader.Parse(Story).Text, article.Text);
        }

        [Fact]
        public void AnEmptyStreamIsAnErrorNamingTheInput()
        {
            var ex = Assert.Throws<NewsToolsException>(() => new ArticleReader(ConfigLoader.Defaults).ReadStream(new MemoryStream(), "stdin"));
            Assert.Equal("stdin", ex.Input);
            Assert.Equal("EmptyInput", ex.ErrorId);
        }

        [Fact]
        public void AStreamOverTheSizeLimitIsRefusedNotTruncated()
        {
            var reader = new ArticleReader(ConfigLoader.Defaults) { MaxBytes = 1024 };
            var ex = Assert.Throws<NewsToolsException>(() => reader.ReadStream(new MemoryStream(Encoding.ASCII.GetBytes(new string('a', 4096))), "stdin"));
            Assert.Equal("InputTooLarge", ex.ErrorId);
            Assert.Equal(InputErrorKind.LimitExceeded, ex.Kind);
        }

        [Fact]
        public void BinaryBytesOnAStreamAreRefusedAsInAFile()
        {
            var ex = Assert.Throws<NewsToolsException>(() => new ArticleReader(ConfigLoader.Defaults).ReadStream(new MemoryStream(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2 }), "stdin"));
            Assert.Equal("stdin", ex.Input);
        }
    }
}
