using System;
using System.Threading;
using NewsTools.Engine;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Progress through one phase of a long run, reported about every percent (a call per item would cost more than the item).
    /// Safe to step from several threads; only the thread that made it reports, because a PowerShell cmdlet may write
    /// progress from its pipeline thread alone (in a parallel loop that thread takes part, so reports keep coming).
    /// </summary>
    internal sealed class PhaseProgress
    {
        private readonly IEngineReporter reporter;
        private readonly string phase;
        private readonly int total;
        private readonly int every;
        private readonly int owner = Environment.CurrentManagedThreadId;
        private int done;
        private int nextReport;

        public PhaseProgress(IEngineReporter reporter, string phase, int total)
        {
            this.reporter = reporter;
            this.phase = phase;
            this.total = total;
            every = Math.Max(1, total / 100);
            nextReport = 0;
        }

        public void Step(int count = 1)
        {
            var now = Interlocked.Add(ref done, count);
            if (now < nextReport || Environment.CurrentManagedThreadId != owner)
            {
                return;
            }

            nextReport = now + every;
            reporter.Progress(Math.Min(now, total), total, phase);
        }

        /// <summary>Called by the owner when the phase ends.</summary>
        public void Done() => reporter.Progress(total, total, phase);
    }
}
