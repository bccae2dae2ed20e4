using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// Work on piped input that goes on between pipeline records. PowerShell hands a cmdlet one file per record
    /// (Get-ChildItem | Get-ArticleQuote) and binds the next one on the pipeline thread; here each record's inputs are queued
    /// as they arrive, worked on by background threads meanwhile, and their results taken back in input order on the
    /// pipeline thread. The pipeline thread works too whenever it would otherwise wait, so <c>threads</c> threads share the
    /// work (the workers are started only once a second input arrives). At most a window of inputs is queued, running or
    /// done but not yet taken, so memory stays flat however long the input.
    /// </summary>
    internal sealed class PipedInputWork<TSource, TResult> : IDisposable
    {
        private readonly Func<TSource, TResult> work;
        private readonly int threads;
        private readonly int window;
        private readonly CancellationTokenSource stop;
        private readonly BlockingCollection<Slot> queue = new BlockingCollection<Slot>(new ConcurrentQueue<Slot>());
        private readonly Queue<Slot> order = new Queue<Slot>();
        private int workers;

        public PipedInputWork(Func<TSource, TResult> work, int threads, CancellationToken cancellation)
        {
            this.work = work ?? throw new ArgumentNullException(nameof(work));
            this.threads = Math.Max(1, threads);

            // Eight inputs a thread: room for the workers to run ahead while the pipeline thread binds and writes.
            window = Math.Max(16, this.threads * 8);
            stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        }

        /// <summary>Queues one input (on the pipeline thread).</summary>
        public void Add(TSource source)
        {
            var slot = new Slot(source);
            order.Enqueue(slot);
            queue.Add(slot);
            if (order.Count > 1 && workers < threads - 1)
            {
                StartWorker();
            }
        }

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

        /// <summary>Stops the workers: inputs not yet started are dropped (the pipeline stopped or the command ended).</summary>
        public void Dispose()
        {
            if (!stop.IsCancellationRequested)
            {
                stop.Cancel();
            }

            queue.CompleteAdding();
        }

        private TResult Take()
        {
            var slot = order.Peek();
            while (!slot.IsDone)
            {
                stop.Token.ThrowIfCancellationRequested();
                if (queue.TryTake(out var other))
                {
                    Run(other);
                }
                else
                {
                    slot.Wait(stop.Token);
                }
            }

            order.Dequeue();
            slot.Error?.Throw();
            return slot.Result!;
        }

        private void StartWorker()
        {
            workers++;
            var thread = new Thread(Work) { IsBackground = true, Name = "NewsTools piped input " + workers };
            thread.Start();
        }

        private void Work()
        {
            try
            {
                foreach (var slot in queue.GetConsumingEnumerable(stop.Token))
                {
                    Run(slot);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped: what is still queued is never taken.
            }
            catch (ObjectDisposedException)
            {
                // The command was disposed while this worker waited.
            }
        }

        private void Run(Slot slot)
        {
            try
            {
                slot.Result = work(slot.Source);
            }
            catch (Exception ex)
            {
                // Rethrown on the pipeline thread when this input's turn comes.
                slot.Error = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                slot.Finish();
            }
        }

        private sealed class Slot
        {
            private readonly ManualResetEventSlim done = new ManualResetEventSlim(false);

            public Slot(TSource source)
            {
                Source = source;
            }

            public TSource Source { get; }

            public TResult? Result { get; set; }

            public ExceptionDispatchInfo? Error { get; set; }

            public bool IsDone => done.IsSet;

            public void Finish() => done.Set();

            public void Wait(CancellationToken cancellation) => done.Wait(cancellation);
        }
    }
}
