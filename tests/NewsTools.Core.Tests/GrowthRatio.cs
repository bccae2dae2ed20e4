using System;
using System.Diagnostics;
using NewsTools.Cli.Commands;
using Xunit;

namespace NewsTools.Tests
{
    /// <summary>
    /// Tests that time 1x against 8x input. They run in their own collection, alone and after the parallel tests: beside the
    /// other tests on a two-core runner a linear 8x measured up to 38x.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class GrowthRatioCollection
    {
        public const string Name = "Growth ratios";
    }

    /// <summary>One way to tell linear work from quadratic by timing it, shared by every growth test.</summary>
    public static class GrowthRatio
    {
        /// <summary>
        /// Linear work grows 8x from n to 8n, quadratic 64x. The bound is half the quadratic: linear work that allocates an
        /// object per line measured up to 27x by the wall clock in the test host, 19x by the thread's processor time.
        /// </summary>
        public const double Bound = 32;

        /// <summary>Bytes allocated grow 8x for linear work, whatever the caches do: a closer bound, as it is not noisy.</summary>
        public const double BytesBound = 12;

        /// <summary>
        /// The quickest of five runs of each size, the sizes alternated so that a busy machine slows both alike. The input is
        /// made before the clock starts, and a full collection runs before each run, so that neither pays for building a
        /// large text or for the garbage of the run before it. The clock is the test thread's processor time where the system
        /// gives it (Linux); elsewhere the wall clock without the collector's pauses. Returns the ratio.
        /// </summary>
        private static double Measure<T>(Func<int, T> input, Action<T> work, int n)
        {
            var small = input(n);
            var large = input(n * 8);
            work(small);
            work(large);
            var smallTime = double.MaxValue;
            var largeTime = double.MaxValue;
            for (var i = 0; i < 5; i++)
            {
                smallTime = Math.Min(smallTime, Time(work, small));
                largeTime = Math.Min(largeTime, Time(work, large));
            }

            return largeTime / Math.Max(smallTime, 1);
        }

        /// <summary>Fails when 8x the input allocates <see cref="BytesBound"/> times the bytes, or takes <see cref="Bound"/> times the time.</summary>
        public static void AssertLinear<T>(Func<int, T> input, Action<T> work, int n)
        {
            var small = input(n);
            var large = input(n * 8);
            var bytes = (double)Allocated(work, large) / Math.Max(1, Allocated(work, small));
            Assert.True(bytes < BytesBound, $"8x input allocated {bytes:0.0}x the bytes of {n:N0} (linear is 8)");
            var ratio = Measure(input, work, n);
            Assert.True(ratio < Bound, $"8x input took {ratio:0.0}x the time of {n:N0} (linear is 8, quadratic 64)");
        }

        private static long Allocated<T>(Action<T> work, T input)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            work(input);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        private static double Time<T>(Action<T> work, T input)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var paused = GC.GetTotalPauseDuration();
            var cpu = ThreadCpuTime.Milliseconds();
            var watch = Stopwatch.StartNew();
            work(input);
            if (!double.IsNaN(cpu))
            {
                // The thread's own processor time: a busy machine that takes the processor away from the test stretches the
                // wall clock of a long run more than a short one's, and this not at all.
                return ThreadCpuTime.Milliseconds() - cpu;
            }

            return (watch.Elapsed - (GC.GetTotalPauseDuration() - paused)).TotalMilliseconds;
        }
    }
}
