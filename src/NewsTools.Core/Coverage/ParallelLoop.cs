using System;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace NewsTools.Coverage
{
    /// <summary>
    /// Parallel.For that throws what the loop body threw, not an AggregateException around it: a front end must still
    /// recognise its own stop signal (PowerShell's PipelineStoppedException from a progress call) and the engine's errors.
    /// </summary>
    internal static class ParallelLoop
    {
        public static void For(int count, ParallelOptions options, Action<int> body) =>
            Unwrap(() => Parallel.For(0, count, options, body));

        public static void For<TLocal>(int count, ParallelOptions options, Func<TLocal> init, Func<int, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> finish) =>
            Unwrap(() => Parallel.For(0, count, options, init, body, finish));

        private static void Unwrap(Action loop)
        {
            try
            {
                loop();
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
        }
    }
}
