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
        [InlineData("utf-32le")]
        [InlineData("utf-32be")]
        [InlineData("windows-1252")]
        public void EveryEncodingGivesTheSameText(string encoding)
        {
            byte[] bytes = encoding switch
            {
                "utf-8" => new UTF8Encoding(false).GetBytes(Story),
                "utf-8-bom" => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Story)).ToArray(),
                "utf-16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Story)).ToArray(),
                "utf-16be" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Story)).ToArray(),
                "utf-32le" => new UTF32Encoding(false, true).GetPreamble().Concat(new UTF32Encoding(false, true).GetBytes(Story)).ToArray(),
                "utf-32be" => new UTF32Encoding(true, true).GetPreamble().Concat(new UTF32Encoding(true, true).GetBytes(Story)).ToArray(),
                _ => Story.Select(c => c == 'é' ? (byte)0xE9 : c == '£' ? (byte)0xA3 : (byte)c).ToArray(),
            };
            var path = Path.Combine(dir, encoding + ".txt");
            File.WriteAllBytes(path, bytes);

            var article = reader.ReadFile(path);

            Assert.Equal(Story, article.Text);
            Assert.Equal("Prices rise", article.Title);
        }

        [Fact]
        public void Utf32KeepsCharactersBeyondTheBasicPlaneAndMarksAnIncompleteLastUnit()
        {
            // A cut-off file: the two bytes of its last, incomplete unit become U+FFFD, not nothing.
            const string text = "Fans cheered \U0001F600 all night.\n";
            var utf32 = new UTF32Encoding(true, true);
            var bytes = utf32.GetPreamble().Concat(utf32.GetBytes(text)).Concat(new byte[] { 0x00, 0x00 }).ToArray();

            var decoded = TextDecoder.Decode(bytes, "cut.txt", out var encoding);

            Assert.Equal("utf-32be", encoding);
            Assert.Equal(text + "\uFFFD", decoded);
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

        /// <summary>
        /// The decoder checks UTF-8 itself instead of catching the strict decoder's exception: it must accept exactly what
        /// the strict decoder accepts, at every edge of the table of well-formed sequences and at the end of the bytes.
        /// </summary>
        [Fact]
        public void TheUtf8CheckAcceptsExactlyWhatTheStrictDecoderAccepts()
        {
            var strict = new UTF8Encoding(false, true);
            bool StrictAccepts(byte[] bytes)
            {
                try
                {
                    strict.GetString(bytes);
                    return true;
                }
                catch (DecoderFallbackException)
                {
                    return false;
                }
            }

            // Every lead byte with second bytes around each boundary, then cut short, padded to cross the 8-byte ASCII steps.
            var seconds = new byte[] { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF };
            var cases = 0;
            for (var lead = 0x80; lead <= 0xFF; lead++)
            {
                foreach (var second in seconds)
                {
                    foreach (var tail in new[] { Array.Empty<byte>(), new byte[] { 0x80 }, new byte[] { 0x80, 0x80 }, new byte[] { 0x80, 0x41 }, new byte[] { 0xBF, 0xBF, 0x41 } })
                    {
                        foreach (var pad in new[] { 0, 3, 7, 9 })
                        {
                            var bytes = Enumerable.Repeat((byte)'a', pad).Concat(new[] { (byte)lead, second }).Concat(tail).ToArray();
                            Assert.True(StrictAccepts(bytes) == TextDecoder.IsWellFormedUtf8(bytes, 0), BitConverter.ToString(bytes));
                            cases++;
                        }
                    }
                }
            }

            var random = new Random(15);
            for (var i = 0; i < 20000; i++)
            {
                // Mostly valid text with a byte changed now and then, as real files are.
                var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => "aé£€😀\u00A0\uFFFE "[random.Next(9)]).ToArray());
                var bytes = Encoding.UTF8.GetBytes(text);
                if (random.Next(3) == 0)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }

                Assert.True(StrictAccepts(bytes) == TextDecoder.IsWellFormedUtf8(bytes, 0), BitConverter.ToString(bytes));
            }

            Assert.True(cases > 5000);
        }

        [Fact]
        public void ADecodedFileWarnsExactlyWhenItsBytesAreNotWellFormed()
        {
            // The decoder reads the lenient result first and checks bytes only when it holds U+FFFD: a stray byte must still
            // be warned of, and a U+FFFD the file itself holds must not be taken for one.
            var strict = new UTF8Encoding(false, true);
            var random = new Random(27);
            var warned = 0;
            for (var i = 0; i < 20000; i++)
            {
                var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => "aé£€😀\u00A0\uFFFD "[random.Next(9)]).ToArray());
                var bytes = Encoding.UTF8.GetBytes("Story " + text);
                if (random.Next(3) == 0)
                {
                    bytes[6 + random.Next(bytes.Length - 6)] = (byte)random.Next(128, 256);
                }

                bool wellFormed;
                try
                {
                    strict.GetString(bytes);
                    wellFormed = true;
                }
                catch (DecoderFallbackException)
                {
                    wellFormed = false;
                }

                var decoded = TextDecoder.Decode(bytes, "story.txt", null, false, out var encoding, out var warning);
                if (wellFormed)
                {
                    Assert.Null(warning);
                    Assert.Equal("utf-8", encoding);
                    Assert.Equal(strict.GetString(bytes), decoded);
                }
                else
                {
                    // Mostly UTF-8 is read as UTF-8 with a warning; no valid multi-byte sequence at all is an old single-byte file.
                    Assert.True(warning != null || encoding == "windows-1252", BitConverter.ToString(bytes));
                    warned += warning != null ? 1 : 0;
                }
            }

            Assert.True(warned > 1000);
        }
    }
}
