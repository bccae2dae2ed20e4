using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NewsTools.Coverage;
using Xunit;

namespace NewsTools.Tests.Coverage
{
    /// <summary>
    /// The background rarity table is loaded by counting each word under its hash, without a string per word; every word's
    /// rarity must be the one the shipped counts give when each word is a string (lower-cased, stemmed, counted), whether it is
    /// asked for by string or by a range of characters.
    /// </summary>
    public sealed class BackgroundFrequenciesTests
    {
        [Fact]
        public void EveryShippedWordHasTheRarityItsCountsGiveReadOneStringAtATime()
        {
            var expected = Reference(out var words);
            Assert.True(expected.Count > 40000, "the shipped table has its 45,000 words");

            var background = BackgroundFrequencies.Default;
            var chars = new char[80];
            foreach (var pair in expected)
            {
                var hash = EventSignature.Hash(pair.Key);
                Assert.Equal(pair.Value, background.Idf(pair.Key));

                // The same term as characters somewhere inside a longer buffer.
                "xx".CopyTo(0, chars, 0, 2);
                pair.Key.CopyTo(0, chars, 2, pair.Key.Length);
                Assert.Equal(pair.Value, background.Idf(chars, 2, pair.Key.Length, hash));
            }

            // Words the table lacks, numbers and two-word names are as rare as can be.
            var unseen = (float)Math.Log(10000 + 1);
            Assert.Equal(unseen, background.Idf("zzxqvw"));
            Assert.Equal(unseen, background.Idf("n:white_house"));
            Assert.Equal(unseen, background.Idf("n:white_house".ToCharArray(), 0, 13, EventSignature.Hash("n:white_house")));
            Assert.Equal(unseen, background.Idf("1200".ToCharArray(), 0, 4, EventSignature.Hash("1200")));

            // Common words are far less rare than that; a stem stands for its forms ("studies" -> "study").
            Assert.True(background.Idf("said") < unseen / 2);
            Assert.True(expected.ContainsKey("study"));
        }

        /// <summary>The table's rule written out over strings: lower case, a common word stemmed, a name's form where no stem is.</summary>
        private static Dictionary<string, float> Reference(out double words)
        {
            using var stream = typeof(BackgroundFrequencies).Assembly.GetManifestResourceStream("NewsTools.Coverage.word-frequencies.tsv")!;
            using var reader = new StreamReader(stream);
            var stems = new Dictionary<string, double>(StringComparer.Ordinal);
            var forms = new Dictionary<string, double>(StringComparer.Ordinal);
            words = 0;
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var tab = line.IndexOf('\t');
                var count = double.Parse(line.Substring(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
                var form = line.Substring(0, tab);
                if (words == 0 && form == "words")
                {
                    words = count;
                    continue;
                }

                var key = form.ToLowerInvariant();
                forms[key] = (forms.TryGetValue(key, out var f) ? f : 0) + count;
                if (!char.IsUpper(form[0]))
                {
                    var stem = WordScanner.Stem(key);
                    stems[stem] = (stems.TryGetValue(stem, out var s) ? s : 0) + count;
                }
            }

            foreach (var pair in forms)
            {
                if (!stems.ContainsKey(pair.Key))
                {
                    stems[pair.Key] = pair.Value;
                }
            }

            var table = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var pair in stems)
            {
                var df = 10000 * (1 - Math.Exp(-pair.Value / words * 400));
                table[pair.Key] = (float)Math.Log((10000 + 1) / (df + 1));
            }

            return table;
        }
    }
}
