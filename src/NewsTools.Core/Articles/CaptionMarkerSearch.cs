using System;
using System.Collections.Generic;

namespace NewsTools.Articles
{
    /// <summary>
    /// Finds any of the configured photo credits ("Photo:", "Getty Images", captionMarkers in Config/articles.defaults.yaml)
    /// anywhere in a line, each as written or in capitals ("Photo:" and "PHOTO:"), case counting otherwise: "a photo:" in a
    /// sentence is no credit. Not a Regex, which the native build runs on the interpreter (it ignores RegexOptions.Compiled):
    /// a search for a few anchor characters the credits hold, vectorised when there are at most five, then a comparison of
    /// each credit around a hit.
    /// </summary>
    internal sealed class CaptionMarkerSearch
    {
        private readonly string[] markers;

        /// <summary>Where in each marker its anchor stands: a marker at s has it at s plus this.</summary>
        private readonly int[] anchorAt;

        private readonly char[] anchors;

        public CaptionMarkerSearch(IEnumerable<string> configured)
        {
            // The configuration keeps one of the forms of a word that differ only in case, so the capitals are added here.
            var forms = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var marker in configured)
            {
                var written = marker.Trim();
                if (written.Length == 0)
                {
                    continue;
                }

                foreach (var form in new[] { written, written.ToUpperInvariant() })
                {
                    if (seen.Add(form))
                    {
                        forms.Add(form);
                    }
                }
            }

            markers = forms.ToArray();
            anchorAt = new int[markers.Length];
            anchors = ChooseAnchors(markers, anchorAt);
        }

        /// <summary>The credits searched for, each as written and in capitals.</summary>
        internal IReadOnlyList<string> Markers => markers;

        /// <summary>The characters searched for first.</summary>
        internal IReadOnlyList<char> Anchors => anchors;

        /// <summary>Whether one of the markers stands anywhere in the line.</summary>
        public bool IsIn(LineView line)
        {
            if (markers.Length == 0)
            {
                return false;
            }

            var text = line.Source;
            var end = line.Start + line.Length;
            for (var i = line.Start; i < end; i++)
            {
                i = text.IndexOfAny(anchors, i, end - i);
                if (i < 0)
                {
                    return false;
                }

                var c = text[i];
                for (var m = 0; m < markers.Length; m++)
                {
                    var marker = markers[m];
                    var start = i - anchorAt[m];
                    if (marker[anchorAt[m]] == c && start >= line.Start && marker.Length <= end - start
                        && string.CompareOrdinal(text, start, marker, 0, marker.Length) == 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Few anchors that between them stand in every marker, chosen greedily: each time the character in the most markers
        /// not covered yet. Only capitals, digits and punctuation are candidates where a marker has one (lower-case letters
        /// and spaces are in nearly every line); on a tie, a character that is no letter, since capitals open sentences.
        /// </summary>
        private static char[] ChooseAnchors(string[] markers, int[] anchorAt)
        {
            var chosen = new List<char>();
            var covered = new bool[markers.Length];
            var left = markers.Length;
            while (left > 0)
            {
                var counts = new Dictionary<char, int>();
                var order = new List<char>();
                for (var m = 0; m < markers.Length; m++)
                {
                    if (covered[m])
                    {
                        continue;
                    }

                    var anyPreferred = false;
                    foreach (var c in markers[m])
                    {
                        anyPreferred |= IsPreferred(c);
                    }

                    var counted = new HashSet<char>();
                    foreach (var c in markers[m])
                    {
                        if (char.IsWhiteSpace(c) || (anyPreferred && !IsPreferred(c)) || !counted.Add(c))
                        {
                            continue;
                        }

                        if (!counts.TryGetValue(c, out var n))
                        {
                            order.Add(c);
                        }

                        counts[c] = n + 1;
                    }
                }

                var best = order[0];
                foreach (var c in order)
                {
                    if (counts[c] > counts[best] || (counts[c] == counts[best] && char.IsLetter(best) && !char.IsLetter(c)))
                    {
                        best = c;
                    }
                }

                chosen.Add(best);
                for (var m = 0; m < markers.Length; m++)
                {
                    if (!covered[m] && markers[m].IndexOf(best) is var at && at >= 0)
                    {
                        covered[m] = true;
                        anchorAt[m] = at;
                        left--;
                    }
                }
            }

            return chosen.ToArray();
        }

        private static bool IsPreferred(char c) => !char.IsWhiteSpace(c) && !char.IsLower(c);
    }
}
