using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Quotes;

namespace NewsTools.Coverage
{
    /// <summary>Voice rows: how often each side and each speaker is quoted by each outlet.</summary>
    public sealed partial class CoverageComparer
    {
        private void AddVoiceRows(RowBuilder builder, IReadOnlyList<Article> articles, IReadOnlyList<IReadOnlyList<Quote>> quotes, CancellationToken cancellationToken)
        {
            var voices = new VoiceCounter(config).Count(articles, quotes, cancellationToken);
            if (voices.Count == 0)
            {
                return;
            }

            // One name per speaker across outlets ("Wang" and "Wang Yi" are one voice): the longest compatible name.
            var canonical = new List<string>();
            string Canonical(string speaker)
            {
                for (var i = 0; i < canonical.Count; i++)
                {
                    if (StatementAligner.SpeakersMatch(canonical[i], speaker) == StatementAligner.SpeakerMatch.Same)
                    {
                        if (speaker.Length > canonical[i].Length)
                        {
                            canonical[i] = speaker;
                        }

                        return canonical[i];
                    }
                }

                canonical.Add(speaker);
                return speaker;
            }

            var named = voices.Select(v => (Voice: v, Name: Canonical(v.Speaker))).ToList();
            named = named.Select(x => (x.Voice, Canonical(x.Name))).ToList();

            foreach (var side in named.GroupBy(x => x.Voice.Side, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var item = VoiceRow(builder, articles, side.Select(x => x.Voice).ToList(), x => x.Speaker);
                item.Side = side.Key;
                item.Summary = side.Key + " side: " + string.Join(", ", item.Counts.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)));
                builder.Add(item);
            }

            foreach (var speaker in named.GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var item = VoiceRow(builder, articles, speaker.Select(x => x.Voice).ToList(), _ => null);
                item.Speaker = speaker.Key;
                item.Side = speaker.First().Voice.Side;
                item.Summary = speaker.Key + " (" + item.Side + "): " + string.Join(", ", item.Counts.Select(p => p.Key + " " + p.Value.ToString(CultureInfo.InvariantCulture)));
                builder.Add(item);
            }
        }

        private static CoverageItem VoiceRow(RowBuilder builder, IReadOnlyList<Article> articles, List<VoiceCounter.Voice> voices, Func<VoiceCounter.Voice, string?> breakdown)
        {
            var item = builder.Row(CoverageKind.Voice, voices.Select(v => v.Article));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            var texts = new List<CoverageText>();
            for (var a = 0; a < articles.Count; a++)
            {
                var mine = voices.Where(v => v.Article == a).ToList();
                counts[builder.Label(a)] = mine.Count;
                words[builder.Label(a)] = mine.Sum(v => v.Words);
                if (mine.Count == 0)
                {
                    continue;
                }

                var by = mine.Select(breakdown).Where(s => s != null).GroupBy(s => s!).Select(g => g.Key + " " + g.Count().ToString(CultureInfo.InvariantCulture)).ToList();
                var text = mine.Count.ToString(CultureInfo.InvariantCulture) + (mine.Count == 1 ? " quote, " : " quotes, ") + words[builder.Label(a)].ToString(CultureInfo.InvariantCulture) + " words" + (by.Count > 0 ? " (" + string.Join(", ", by) + ")" : "");
                texts.Add(builder.Text(a, text, -1, -1));
            }

            item.Counts = counts;
            item.Words = words;
            item.Texts = texts;
            item.Similarity = counts.Count < 2 ? 1 : Math.Round((double)counts.Values.Min() / Math.Max(1, counts.Values.Max()), 3);
            return item;
        }
    }
}
