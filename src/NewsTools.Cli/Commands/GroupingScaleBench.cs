using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Coverage;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// The `group-scale` stage of `newstools bench`: grouping 100k and 1M generated articles. Each generated event has its own
    /// invented names and figures and a date; its one to eight articles mix those with ordinary news words, as reports of one
    /// event do. Articles are made and signed in batches and dropped, as `newstools group` does with files, so the figures are
    /// reading, signing and grouping; memory is the process's peak working set.
    /// </summary>
    internal static class GroupingScaleBench
    {
        /// <summary>Common news words: the ordinary vocabulary that weighs little in any article.</summary>
        private static readonly string[] CommonWords = (
            "government minister officials police court report state city country party election vote public plan law " +
            "company market price deal bank money budget tax health school hospital service workers union strike talks " +
            "meeting council leader president spokesman statement decision week month morning evening night region area " +
            "local national international security military forces attack crisis support opposition policy reform " +
            "agreement rules system million billion percent growth economy trade business industry energy water weather " +
            "storm fire road bridge building project program development research study data survey members group team " +
            "director chief board office department agency committee investigation case trial judge charges evidence " +
            "protest crowd residents families children community house street town village border visit trip summit " +
            "announced expected continued increase decline rise fall warned called agreed rejected approved launched opened " +
            "closed reached started ended raised cut added reported confirmed denied claimed urged").Split(' ');

        public static void Run(TextWriter o, NewsToolsConfig config, IReadOnlyList<int> sizes)
        {
            var reader = new ArticleReader(config);
            foreach (var n in sizes)
            {
                GC.Collect();
                var process = Process.GetCurrentProcess();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var grouper = new EventGrouper(config);
                var signatures = new EventSignature[n];
                var gold = new int[n];
                const int batch = 20000;
                for (var start = 0; start < n; start += batch)
                {
                    var end = Math.Min(n, start + batch);
                    Parallel.For(start, end, i =>
                    {
                        var (article, ev) = Generate(reader, i);
                        signatures[i] = grouper.Sign(article);
                        gold[i] = ev;
                    });
                }

                var signed = watch.Elapsed;
                var groups = grouper.GroupSignatures(signatures);
                watch.Stop();
                process.Refresh();
                var together = Purity(groups, gold);
                o.WriteLine(string.Format(
                    CultureInfo.InvariantCulture,
                    "group {0,9:N0} generated  {1,6:0.0} s wall ({2:0.0} s making and signing)  {3,6:0.0} s CPU  peak {4:0.00} GB  {5:N0} groups, B-cubed P {6:0.000} R {7:0.000}",
                    n,
                    watch.Elapsed.TotalSeconds,
                    signed.TotalSeconds,
                    (process.TotalProcessorTime - cpu).TotalSeconds,
                    process.PeakWorkingSet64 / 1e9,
                    groups.Count,
                    together.Precision,
                    together.Recall));
            }
        }

        /// <summary>Article <paramref name="i"/> and its event: events are runs of 1 to 8 consecutive articles, shuffled in place.</summary>
        internal static (Article Article, int Event) Generate(ArticleReader reader, int i)
        {
            // Positions are shuffled within blocks of 64, so an event's articles are near each other but not adjacent.
            var block = i & ~63;
            var slot = (int)((uint)((i & 63) * 37 + 11) & 63);
            var position = block + slot;
            var ev = EventOf(position);
            var random = new Random(ev * 7919 + position);
            var eventRandom = new Random(ev);
            var names = Enumerable.Range(0, 6).Select(_ => Name(eventRandom)).ToArray();
            var figures = Enumerable.Range(0, 3).Select(_ => eventRandom.Next(100, 99999).ToString(CultureInfo.InvariantCulture)).ToArray();
            var date = new DateTime(2020, 1, 1).AddDays(eventRandom.Next(0, 1500) + random.Next(0, 2));
            var sb = new StringBuilder(1200);
            for (var p = 0; p < 4; p++)
            {
                for (var w = 0; w < 30; w++)
                {
                    var roll = random.Next(100);
                    var word = roll < 12 ? names[random.Next(names.Length)] : roll < 15 ? figures[random.Next(figures.Length)] : CommonWords[Zipf(random, CommonWords.Length)];
                    sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word.Substring(1) : word).Append(w % 10 == 9 ? ". " : " ");
                }

                sb.Append("\n\n");
            }

            var title = names[0] + " " + CommonWords[random.Next(CommonWords.Length)] + " " + names[1];
            var article = reader.Parse(sb.ToString(), new ArticleOptions
            {
                Id = "gen-" + i.ToString(CultureInfo.InvariantCulture),
                Outlet = "Outlet " + (random.Next(50) + 1).ToString(CultureInfo.InvariantCulture),
                Title = title,
                ReferenceDate = date,
                ReferenceDateSource = ReferenceDateSource.Metadata,
            });
            return (article, ev);
        }

        /// <summary>Event of a position: blocks of 8 positions are split into events of 1 to 8 articles by a hash of the block.</summary>
        private static int EventOf(int position)
        {
            var block = position / 8;
            var size = 1 + (int)((uint)(block * 2654435761u) >> 29);
            var within = position % 8;
            return (block * 8) + (within / size);
        }

        private static string Name(Random random)
        {
            const string consonants = "bdfgklmnprstvz";
            const string vowels = "aeiou";
            var length = 5 + random.Next(4);
            var sb = new StringBuilder();
            for (var k = 0; k < length; k++)
            {
                sb.Append(k % 2 == 0 ? consonants[random.Next(consonants.Length)] : vowels[random.Next(vowels.Length)]);
            }

            sb[0] = char.ToUpperInvariant(sb[0]);
            return sb.ToString();
        }

        private static int Zipf(Random random, int n) => Math.Min(n - 1, (int)(Math.Pow(n + 1, random.NextDouble()) - 1));

        private static (double Precision, double Recall) Purity(IReadOnlyList<ArticleGroup> groups, int[] gold)
        {
            var groupOf = new int[gold.Length];
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var i in groups[g].ArticleIndexes)
                {
                    groupOf[i] = g;
                }
            }

            var both = new Dictionary<(int, int), int>();
            var byGroup = new Dictionary<int, int>();
            var byEvent = new Dictionary<int, int>();
            for (var i = 0; i < gold.Length; i++)
            {
                both.TryGetValue((groupOf[i], gold[i]), out var b);
                both[(groupOf[i], gold[i])] = b + 1;
                byGroup.TryGetValue(groupOf[i], out var g);
                byGroup[groupOf[i]] = g + 1;
                byEvent.TryGetValue(gold[i], out var e);
                byEvent[gold[i]] = e + 1;
            }

            double p = 0, r = 0;
            foreach (var pair in both)
            {
                p += (double)pair.Value * pair.Value / byGroup[pair.Key.Item1];
                r += (double)pair.Value * pair.Value / byEvent[pair.Key.Item2];
            }

            return (p / gold.Length, r / gold.Length);
        }
    }
}
