using System.IO;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Archive
{
    /// <summary>
    /// The bytes an archive stores for an article's event signature keep the layout archives already hold: the values as a
    /// BinaryWriter writes them (version 1, the date, the text hash, the weighted terms, the label words as UTF-16 units), so
    /// files written before and after read back alike.
    /// </summary>
    public sealed class SignatureBytesTests
    {
        [Theory]
        [InlineData("Ferry deal agreed\n\nThe Harbour Board and Holm Council agreed the ferry timetable on Monday, Councillor Mara Quist said.", "2024-03-12")]
        [InlineData("Gulls return to the pier\n\nThe gulls came back to the pier at Ørsund; fishermen from Holm cheered the 1,200 birds.", null)]
        public void The_stored_bytes_are_the_values_as_a_binary_writer_lays_them_out(string text, string? published)
        {
            var options = new ArticleOptions { Id = "s", Outlet = "Valley Times" };
            if (published != null)
            {
                options.ReferenceDate = System.DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
            }

            var article = new ArticleReader(ConfigLoader.Defaults).Parse(text, options);
            var signature = new EventGrouper(ConfigLoader.Defaults).Sign(article);

            using var expected = new MemoryStream();
            using (var w = new BinaryWriter(expected))
            {
                w.Write((byte)1);
                w.Write(signature.Date.HasValue);
                w.Write(signature.Date?.Ticks ?? 0);
                w.Write(signature.TextHash);
                w.Write(signature.Terms.Length);
                for (var i = 0; i < signature.Terms.Length; i++)
                {
                    w.Write(signature.Terms[i]);
                    w.Write(signature.Weights[i]);
                }

                w.Write(signature.LabelTerms.Length);
                for (var i = 0; i < signature.LabelTerms.Length; i++)
                {
                    w.Write(signature.LabelTerms[i].Length);
                    foreach (var c in signature.LabelTerms[i])
                    {
                        w.Write((ushort)c);
                    }

                    w.Write(signature.LabelWeights[i]);
                }
            }

            Assert.Equal(published != null, signature.Date.HasValue);
            Assert.NotEmpty(signature.Terms);
            Assert.Equal(expected.ToArray(), signature.ToBytes());
        }
    }
}
