using System.Threading;
using NewsTools.Engine;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Progress through one phase of a long run, reported about every percent (a call per item would cost more than the item).
    /// Safe to step from several threads.
    /// </summary>
    internal sealed class PhaseProgress
    {
        private readonly IEngineReporter reporter;
        private readonly string phase;
        private readonly int total;
        private readonly int every;
        private readonly object gate = new object();
        private int done;
        private int nextReport;

        public PhaseProgress(IEngineReporter reporter, string phase, int total)
        {
            this.reporter = reporter;
            this.phase = phase;
            this.total = total;
            every = System.Math.Max(1, total / 100);
            nextReport = 0;
        }

        public void Step(int count = 1)
        {
            var now = Interlocked.Add(ref done, count);
            if (now < Volatile.Read(ref nextReport))
            {
                return;
            }

            lock (gate)
            {
                if (now >= nextReport)
                {
                    nextReport = now + every;
                    reporter.Progress(System.Math.Min(now, total), total, phase);
                }
            }
        }

        public void Done()
        {
            lock (gate)
            {
                reporter.Progress(total, total, phase);
            }
        }
    }
}
