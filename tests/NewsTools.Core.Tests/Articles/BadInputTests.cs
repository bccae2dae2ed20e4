using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Articles
{
    /// <summary>Every kind of bad input gets a named error of its own kind; nothing throws anything else.</summary>
    public sealed class BadInputTests : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("newstools-bad-").FullName;
        private readonly ArticleReader reader = new ArticleReader(ConfigLoader.Defaults);

        public void Dispose() => Directory.Delete(dir, true);

        [Fact]
        public void EmptyFile()
        {
            var path = Write("empty.txt", Array.Empty<byte>());
            AssertError(path, "EmptyFile", InputErrorKind.InvalidData);
        }

        [Fact]
        public void WhitespaceOnlyFile()
        {
            var path = Write("blank.txt", Encoding.UTF8.GetBytes(" \r\n\t\n"));
            AssertError(path, "EmptyArticle", InputErrorKind.InvalidData);
        }

        [Fact]
        public void PngImage()
        {
            var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
            var error = AssertError(Write("photo.png", png), "BinaryFile", InputErrorKind.InvalidData);
            Assert.Contains("PNG", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void ZipArchive()
        {
            var path = Path.Combine(dir, "articles.zip");
            using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
            {
                using var entry = new StreamWriter(zip.CreateEntry("a.txt").Open());
                entry.Write("Some text inside a zip.");
            }

            AssertError(path, "BinaryFile", InputErrorKind.InvalidData);
        }

        [Fact]
        public void FiftyMegabyteFileIsRefusedWithoutReadingIt()
        {
            var path = Path.Combine(dir, "huge.txt");
            using (var stream = File.Create(path))
            {
                stream.SetLength(50L * 1024 * 1024);
            }

            AssertError(path, "FileTooLarge", InputErrorKind.LimitExceeded);
        }

        [Fact]
        public void Directory_()
        {
            AssertError(dir, "PathIsDirectory", InputErrorKind.InvalidArgument);
        }

        // Opened before it is checked where the open cannot block: a device is still refused, not read from without end.
        [SkippableFact]
        public void DeviceIsRefusedNotRead()
        {
            Skip.IfNot(File.Exists("/dev/zero"), "needs /dev/zero");
            var error = AssertError("/dev/zero", "EmptyFile", InputErrorKind.InvalidData);
            Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
        }

        // A block device has a length, unlike a character device: the file's type is what refuses it, not an empty read.
        // Needs a free loop device (root and losetup): one is attached to a small file of ours for the test and detached after.
        [SkippableFact]
        public void BlockDeviceIsRefusedNotRead()
        {
            Skip.If(OperatingSystem.IsWindows(), "block devices in /dev are a Unix thing");
            var image = Write("image.txt", Encoding.UTF8.GetBytes(new string('x', 64 * 1024)));
            var device = RunLosetup("-f --show " + image);
            Skip.If(device == null || !device.StartsWith("/dev/", StringComparison.Ordinal), "needs a free loop device (root and losetup)");
            try
            {
                var error = AssertError(device!, "EmptyFile", InputErrorKind.InvalidData);
                Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
            }
            finally
            {
                RunLosetup("-d " + device);
            }
        }

        private static string? RunLosetup(string arguments)
        {
            try
            {
                var start = new System.Diagnostics.ProcessStartInfo("losetup", arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                using var process = System.Diagnostics.Process.Start(start)!;
                var output = process.StandardOutput.ReadToEnd().Trim();
                process.StandardError.ReadToEnd();
                return process.WaitForExit(10_000) && process.ExitCode == 0 ? output : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }

        // The path is opened as the checked way names it: "folder/../file" is the file beside the folder.
        [Fact]
        public void PathWithParentStepReadsTheFileItNames()
        {
            Directory.CreateDirectory(Path.Combine(dir, "inner"));
            Write("story.txt", Encoding.UTF8.GetBytes("Rates held\n\nThe bank held its rate on Thursday, its governor said.\n"));
            var article = reader.ReadFile(Path.Combine(dir, "inner", "..", "story.txt"));
            Assert.Equal("story", article.Id);
            Assert.Contains("held its rate", article.Text, StringComparison.Ordinal);
        }

        // Read in blocks of a megabyte: a file of several is read whole, each block where it belongs.
        [Fact]
        public void FileOfSeveralMegabytesIsReadWhole()
        {
            var paragraph = "The council met on Tuesday and voted to keep the old bridge open for another year.\n\n";
            var text = new StringBuilder("Bridge stays open\n\n");
            var n = 0;
            while (text.Length < (3 * 1024 * 1024) + 1000)
            {
                text.Append(n++.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ').Append(paragraph);
            }

            var path = Write("long.txt", Encoding.UTF8.GetBytes(text.ToString()));
            var article = reader.ReadFile(path);
            Assert.Equal(text.ToString(), article.Text);
        }

        [Fact]
        public void MissingPath()
        {
            AssertError(Path.Combine(dir, "nope.txt"), "FileNotFound", InputErrorKind.NotFound);
        }

        [Fact]
        public void MalformedHtmlStillYieldsItsText()
        {
            var path = Write("broken.html", Encoding.UTF8.GetBytes("<html><body><div><p>First <b>bold paragraph of the story.<p>Second paragraph, never closed</div></span></i><p>Third."));
            var article = reader.ReadFile(path);

            Assert.Equal("Html", article.Format);
            Assert.Contains("First bold paragraph of the story.", article.Text, StringComparison.Ordinal);
            Assert.Contains("Second paragraph, never closed", article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void HtmlWithNoStoryTextIsAnErrorNotAnEmptyArticle()
        {
            var path = Write("nav.html", Encoding.UTF8.GetBytes("<html><head><script>var x = 1;</script></head><body><nav><a href='/'>Home</a></nav></body></html>"));
            AssertError(path, "NoArticleText", InputErrorKind.InvalidData);
        }

        [Fact]
        public void OneBadFileDoesNotStopTheOthers()
        {
            var good = Write("good.txt", Encoding.UTF8.GetBytes("Headline here\n\nBODY TOWN (Wire) - Something happened on Monday, officials said.\n"));
            var paths = new[] { Path.Combine(dir, "missing.txt"), Write("empty2.txt", Array.Empty<byte>()), good };
            var errors = new List<NewsToolsException>();
            var articles = new List<Article>();
            foreach (var path in paths)
            {
                try
                {
                    articles.Add(reader.ReadFile(path));
                }
                catch (NewsToolsException ex)
                {
                    errors.Add(ex);
                }
            }

            Assert.Single(articles);
            Assert.Equal(new[] { paths[0], paths[1] }, errors.Select(e => e.Input));
        }

        private string Write(string name, byte[] bytes)
        {
            var path = Path.Combine(dir, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        private NewsToolsException AssertError(string path, string errorId, InputErrorKind kind)
        {
            var error = Assert.Throws<NewsToolsException>(() => reader.ReadFile(path));
            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(kind, error.Kind);
            Assert.Equal(path, error.Input);
            return error;
        }
    }
}
