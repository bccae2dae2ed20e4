using System;
using System.Runtime.InteropServices;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// The processor time the calling thread has used, for figures that must not count the time the machine gave to others:
    /// the archive bench's writing thread, and the tests' growth ratios. Linux only (its clock is to the nanosecond); NaN
    /// elsewhere, where the callers leave the figure out or use the wall clock.
    /// </summary>
    internal static class ThreadCpuTime
    {
        // CLOCK_THREAD_CPUTIME_ID on Linux (macOS numbers its clocks differently, so it is not asked there).
        private const int ThreadCpuClock = 3;

        /// <summary>The calling thread's user and system time so far, in milliseconds; NaN where it is not known.</summary>
        public static double Milliseconds()
        {
            if (!OperatingSystem.IsLinux())
            {
                return double.NaN;
            }

            return ClockGetTime(ThreadCpuClock, out var time) == 0 ? time.Seconds * 1000.0 + time.Nanoseconds / 1e6 : double.NaN;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);
    }
}
