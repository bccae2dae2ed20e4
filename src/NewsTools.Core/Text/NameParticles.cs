using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsTools.Text
{
    /// <summary>
    /// Surnames written with a particle in lower case joined to their capitalised part (list nameParticles: "al-Ansari",
    /// "el-Sisi", "d'Estaing"). Such a word is a name as a capitalised one is, though its first letter is small;
    /// "pre-Budget", "ex-King" and "pay-TV" are not, as their first parts are no particles.
    /// </summary>
    public sealed class NameParticles
    {
        public static readonly NameParticles None = new NameParticles(Array.Empty<string>());

        private readonly string[] particles;

        // The separator is sought no further into a word than the longest particle.
        private readonly int longest;

        public NameParticles(IEnumerable<string> particles)
        {
            this.particles = particles.Where(p => p.Length > 0).Select(p => p.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
            longest = this.particles.Length == 0 ? 0 : this.particles.Max(p => p.Length);
        }

        /// <summary>The list nameParticles of a configuration.</summary>
        internal static NameParticles Of(Config.NewsToolsConfig config) => new NameParticles(TextVocabulary.List(config, "nameParticles"));

        /// <summary>Whether text[start, end) is a particle, a hyphen or an apostrophe, and a capital.</summary>
        public bool Open(string text, int start, int end)
        {
            // Most words have no hyphen or apostrophe near their start: they are answered by these few characters.
            var k = start + 1;
            while (k <= start + longest && k + 1 < end && text[k] != '-' && !TextNormalizer.IsApostrophe(text[k]))
            {
                k++;
            }

            if (k > start + longest || k + 1 >= end || !char.IsUpper(text[k + 1]))
            {
                return false;
            }

            foreach (var particle in particles)
            {
                if (particle.Length == k - start && string.CompareOrdinal(text, start, particle, 0, particle.Length) == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
