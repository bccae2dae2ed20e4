using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace NewsTools.Archive
{
    /// <summary>
    /// Where an archive's time went, per phase (look-up of known texts, analysis, row inserts, commits, grouping), summed over
    /// the life of the archive object; `newstools archive bench` prints it so a slow run says which phase to fix.
    /// </summary>
    public sealed class ArchiveTimings
    {
        private readonly Dictionary<string, TimeSpan> phases = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        private readonly List<string> order = new List<string>();

        /// <summary>Phase name -> time spent in it, in the order the phases first ran.</summary>
        public IReadOnlyList<KeyValuePair<string, TimeSpan>> Phases => order.Select(p => new KeyValuePair<string, TimeSpan>(p, phases[p])).ToList();

        public void Clear()
        {
            phases.Clear();
            order.Clear();
        }

        /// <summary>Times the code until the returned value is disposed: <c>using (timings.Measure("insert")) { ... }</c>.</summary>
        public Phase Measure(string phase) => new Phase(this, phase);

        internal void Add(string phase, TimeSpan elapsed)
        {
            if (!phases.TryGetValue(phase, out var sum))
            {
                order.Add(phase);
            }

            phases[phase] = sum + elapsed;
        }

        /// <summary>"read 0.12 s, analyse 1.50 s, ...".</summary>
        public override string ToString() =>
            string.Join(", ", Phases.Select(p => p.Key + " " + p.Value.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s"));

        public readonly struct Phase : IDisposable
        {
            private readonly ArchiveTimings owner;
            private readonly string name;
            private readonly long started;

            internal Phase(ArchiveTimings owner, string name)
            {
                this.owner = owner;
                this.name = name;
                started = Stopwatch.GetTimestamp();
            }

            public void Dispose() =>
                owner?.Add(name, TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency));
        }
    }
}
