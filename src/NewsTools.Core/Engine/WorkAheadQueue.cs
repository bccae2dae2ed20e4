using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace NewsTools.Engine
{
    /// <summary>
    /// Work queued ahead of one consuming thread, done in the order queued by a fixed number of worker threads and by the
    /// consumer itself: a consumer that asks for a result not ready yet does the oldest queued item meanwhile instead of
    /// sleeping. With one worker per core but one, the consumer's own work and the queued work share the cores with no more
    /// busy threads than cores, so the consumer, which everything waits on, is not put aside for work queued far ahead of it,
    /// and no core idles while work is queued. (<see cref="OrderedParallel"/> is the same idea for a sequence pulled by the
    /// consumer; this one takes work as the consumer pushes it.)
    /// </summary>
    public sealed class WorkAheadQueue : IDisposable
    {
        private readonly Queue<Item> queued = new Queue<Item>();
        private readonly List<Thread> workers = new List<Thread>();
        private readonly int workerCount;
        private readonly string name;
        private bool stopped;

        /// <summary>
        /// A queue whose items are done on <paramref name="workers"/> threads and on the consumer's. The workers start when an
        /// item is queued behind another: a consumer that asks for each result as it queues it (one file, one record) does the
        /// work itself, and no thread is made for it.
        /// </summary>
        public WorkAheadQueue(int workers, string name)
        {
            workerCount = Math.Max(0, workers);
            this.name = name ?? throw new ArgumentNullException(nameof(name));
        }

        /// <summary>One worker per core but one: the consumer's thread is the last (on one core, the only one).</summary>
        public static int DefaultWorkers => Math.Max(0, Environment.ProcessorCount - 1);

        /// <summary>Queues <paramref name="work"/>; its result is had from <see cref="Result{T}"/>.</summary>
        public Job<T> Enqueue<T>(Func<T> work)
        {
            var job = new Job<T>(work ?? throw new ArgumentNullException(nameof(work)));
            lock (queued)
            {
                if (stopped)
                {
                    throw new ObjectDisposedException(nameof(WorkAheadQueue));
                }

                // Items the consumer claimed itself leave the queue's head first, so that what remains is waiting work.
                while (queued.Count > 0 && queued.Peek().IsClaimed)
                {
                    queued.Dequeue();
                }

                while (workers.Count < workerCount && queued.Count > 0)
                {
                    var worker = new Thread(Work) { IsBackground = true, Name = name + " " + (workers.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                    worker.Start();
                    workers.Add(worker);
                }

                queued.Enqueue(job);
                Monitor.Pulse(queued);
            }

            return job;
        }

        /// <summary>
        /// The job's result (or its own exception), on the consumer's thread: done here if no worker has taken it; while a
        /// worker does it, the oldest items still queued are done here.
        /// </summary>
        public T Result<T>(Job<T> job, CancellationToken cancellationToken = default)
        {
            if (job == null)
            {
                throw new ArgumentNullException(nameof(job));
            }

            while (!job.IsDone)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (job.TryClaim())
                {
                    job.Run();
                    break;
                }

                var other = TakeQueued();
                if (other == null)
                {
                    job.WaitDone(cancellationToken);
                    break;
                }

                other.Run();
            }

            return job.Outcome();
        }

        /// <summary>Stops the workers once the items in their hands are done; items still queued are dropped (a <see cref="Result{T}"/> of one does it then).</summary>
        public void Dispose()
        {
            Thread[] started;
            lock (queued)
            {
                stopped = true;
                queued.Clear();
                Monitor.PulseAll(queued);
                started = workers.ToArray();
            }

            foreach (var worker in started)
            {
                worker.Join();
            }
        }

        private void Work()
        {
            while (true)
            {
                Item? item;
                lock (queued)
                {
                    while ((item = Dequeue()) == null)
                    {
                        if (stopped)
                        {
                            return;
                        }

                        Monitor.Wait(queued);
                    }
                }

                item.Run();
            }
        }

        private Item? TakeQueued()
        {
            lock (queued)
            {
                return Dequeue();
            }
        }

        /// <summary>The oldest item no thread has claimed, under the lock (an item the consumer did itself is passed over).</summary>
        private Item? Dequeue()
        {
            while (queued.Count > 0)
            {
                var item = queued.Dequeue();
                if (item.TryClaim())
                {
                    return item;
                }
            }

            return null;
        }

        /// <summary>One queued piece of work, done once by whichever thread claims it first.</summary>
        public abstract class Item
        {
            private readonly ManualResetEventSlim done = new ManualResetEventSlim(false);
            private int claimed;

            /// <summary>Whether the work is done (its result can be had without waiting).</summary>
            public bool IsDone => done.IsSet;

            internal bool IsClaimed => Volatile.Read(ref claimed) != 0;

            internal bool TryClaim() => Interlocked.Exchange(ref claimed, 1) == 0;

            internal void Run()
            {
                try
                {
                    Execute();
                }
                finally
                {
                    done.Set();
                }
            }

            internal void WaitDone(CancellationToken cancellationToken) => done.Wait(cancellationToken);

            private protected abstract void Execute();
        }

        /// <summary>A queued piece of work with a result.</summary>
        public sealed class Job<T> : Item
        {
            private Func<T>? work;
            private T result = default!;
            private ExceptionDispatchInfo? failure;

            internal Job(Func<T> work)
            {
                this.work = work;
            }

            internal T Outcome()
            {
                failure?.Throw();
                return result;
            }

            private protected override void Execute()
            {
                try
                {
                    result = work!();
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    // What the work held (an article, its text) is let go as soon as it is done.
                    work = null;
                }
            }
        }
    }
}
