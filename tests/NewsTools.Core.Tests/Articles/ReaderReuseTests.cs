using System;
using System.IO;
using System.Linq;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>
    /// A reader reuses its read buffer and its line blocks from article to article: nothing of one article may show in the next,
    /// whatever order long and short, clean and cluttered, UTF-8 and other files come in.
    /// </summary>
    public sealed class ReaderReuseTests : IDisposable
    {
        private const string LongStory =
            "Harbour fees rise for the first time in a decade\n\n" +
            "KESSEL (Wire) - The port authority raised its mooring fees on Tuesday, citing the cost of dredging the outer channel.\n" +
            "Fishing crews said the increase would fall hardest on the smallest boats, which pay the same fee as trawlers.\n" +
            "Advertisement\n" +
            "The authority said the new fees would take effect on 1 March and be reviewed after a year.\n" +
            "\u201CWe have held the line for as long as we could,\u201D the harbour master said at a meeting in the town hall.\n";

        private const string ShortStory = "Ferry returns\n\nThe café ferry resumed its crossings on Friday.\n";

        private readonly string dir = Directory.CreateTempSubdirectory("newstools-reuse-").FullName;
        private readonly ArticleReader reader = new ArticleReader(ConfigLoader.Defaults);

        public void Dispose() => Directory.Delete(dir, true);

        private string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        [Fact]
        public void AShortFileAfterALongOneHoldsOnlyItsOwnBytes()
        {
            var longPath = Write("long.txt", Encoding.UTF8.GetBytes(LongStory));
            // Windows-1252: had the decoder looked past the short file's end, the long file's curly quotes (valid UTF-8)
            // would have made the whole buffer read as UTF-8 and the é a replacement character.
            var shortPath = Write("short.txt", ShortStory.Select(c => c == 'é' ? (byte)0xE9 : (byte)c).ToArray());
            var utf16Path = Write("short16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(ShortStory)).ToArray());

            var first = reader.ReadFile(longPath);
            var second = reader.ReadFile(shortPath);
            var third = reader.ReadFile(utf16Path);
            var again = reader.ReadFile(longPath);

            Assert.Equal(LongStory, first.Text);
            Assert.Equal(ShortStory, second.Text);
            Assert.Equal(ShortStory, third.Text);
            Assert.Equal(LongStory, again.Text);
            Assert.Equal(new[] { "Ferry returns", "The café ferry resumed its crossings on Friday." }, second.Paragraphs.Select(p => p.Text));
        }

        [Fact]
        public void ABinaryFileAfterATextFileIsStillRefused()
        {
            reader.ReadFile(Write("long.txt", Encoding.UTF8.GetBytes(LongStory)));
            var png = Write("photo.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D });

            var error = Assert.Throws<NewsToolsException>(() => reader.ReadFile(png));
            Assert.Equal("BinaryFile", error.ErrorId);
        }

        [Fact]
        public void WhatALineWasInOneArticleDoesNotCarryIntoTheNext()
        {
            // The fourth non-blank line of the first story is boilerplate and removed; the fourth of the second is story.
            var first = reader.Parse(LongStory, new ArticleOptions { Id = "first" });
            var second = reader.Parse(
                "Council approves new bridge\n\nThe council voted on Monday to build a second bridge over the river.\n" +
                "Work is due to start in the spring, the mayor said.\nThe old bridge will stay open to cyclists.\n",
                new ArticleOptions { Id = "second" });

            Assert.Contains(first.Removed, r => r.Text == "Advertisement");
            Assert.Empty(second.Removed);
            Assert.Equal("Council approves new bridge", second.Title);
            Assert.Contains(second.Paragraphs, p => p.Text == "The old bridge will stay open to cyclists." && p.Kind == ParagraphKind.Body);
            // The first article is whole after the second was read with the same blocks.
            Assert.Equal("Harbour fees rise for the first time in a decade", first.Title);
            Assert.All(first.Paragraphs, p => Assert.Equal(first.Text.Substring(p.Start, p.Text.Length), p.Text));
            Assert.All(second.Paragraphs, p => Assert.Equal(second.Text.Substring(p.Start, p.Text.Length), p.Text));
        }
    }
}
