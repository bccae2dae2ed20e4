using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Engine;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Work on piped input that goes on between pipeline records. PowerShell hands a cmdlet one file per record
    /// (Get-ChildItem | Get-ArticleQuote) and binds the next one on the pipeline thread; here each record's inputs are queued
    /// as they arrive, worked on by background threads meanwhile, and their results taken back in input order on the
    /// pipeline thread. The pipeline thread works too whenever it would otherwise wait, so <c>threads</c> threads share the
    /// work (<see cref="WorkAheadQueue"/>: the workers start once a second input is queued). At most a window of inputs is
    /// queued, running or done but not yet taken, so memory stays flat however long the input.
    /// </summary>
    internal sealed class PipedInputWork<TSource, TResult> : IDisposable
    {
        private readonly Func<TSource, TResult> work;
        private readonly int window;
        private readonly CancellationToken cancellation;
        private readonly WorkAheadQueue queue;
        private readonly Queue<WorkAheadQueue.Job<TResult>> order = new Queue<WorkAheadQueue.Job<TResult>>();

        public PipedInputWork(Func<TSource, TResult> work, int threads, CancellationToken cancellation)
        {
            this.work = work ?? throw new ArgumentNullException(nameof(work));
            threads = Math.Max(1, threads);

            // Eight inputs a thread: room for the workers to run ahead while the pipeline thread binds and writes.
            window = Math.Max(16, threads * 8);
            this.cancellation = cancellation;
            queue = new WorkAheadQueue(threads - 1, "NewsTools piped input");
        }

        /// <summary>Queues one input (on the pipeline thread).</summary>
        public void Add(TSource source) => order.Enqueue(queue.Enqueue(() => work(source)));

        /// <summary>
        /// The results at the head of the input that are done, in input order; while the window is full, the oldest is
        /// waited for (working on queued inputs meanwhile), so the caller never holds more than the window.
        /// </summary>
        public IEnumerable<TResult> TakeReady()
        {
            while (order.Count > 0 && (order.Count >= window || order.Peek().IsDone))
            {
                yield return Take();
            }
        }

        /// <summary>Every result still held, in input order (at the end of the input).</summary>
        public IEnumerable<TResult> TakeAll()
        {
            while (order.Count > 0)
            {
                yield return Take();
            }
        }

        /// <summary>Stops the workers once the inputs in their hands are done; inputs not yet started are dropped (the pipeline stopped or the command ended).</summary>
        public void Dispose() => queue.Dispose();

        /// <summary>The oldest input's result, or its failure (rethrown here, on the pipeline thread, when its turn comes).</summary>
        private TResult Take() => queue.Result(order.Dequeue(), cancellation);
    }
}
