using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace NewsTools.Engine
{
    /// <summary>
    /// Runs one function over a sequence on a fixed number of threads and hands the results back in input order, so a
    /// folder spread over both cores still writes its articles in the order they were named. The sequence is enumerated on
    /// the caller's thread (expanding paths, reading JSON Lines); the work runs on the workers and, while the next result is
    /// not ready, on the caller's thread too; at most a small window of items runs ahead of the consumer, so memory stays flat
    /// however long the input.
    /// </summary>
    public static class OrderedParallel
    {
        /// <summary>The default degree: one thread per core the process may use.</summary>
        public static int DefaultThreads => Environment.ProcessorCount;

        /// <summary>
        /// <paramref name="work"/> applied to each item of <paramref name="source"/>, in input order, on <paramref name="threads"/>
        /// threads: the caller's and threads - 1 workers. With one thread it runs on the caller's thread, item by item. An
        /// exception from the work of one item is rethrown when that item's turn comes.
        /// </summary>
        public static IEnumerable<TResult> Select<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, int threads, CancellationToken cancellation = default)
        {
            if (source == null)
            {
                throw new ArgumentNullException(nameof(source));
            }

            if (work == null)
            {
                throw new ArgumentNullException(nameof(work));
            }

            return threads <= 1 ? Sequential(source, work, cancellation) : Parallel(source, work, threads, cancellation);
        }

        private static IEnumerable<TResult> Sequential<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, CancellationToken cancellation)
        {
            foreach (var item in source)
            {
                cancellation.ThrowIfCancellationRequested();
                yield return work(item);
            }
        }

        private static IEnumerable<TResult> Parallel<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> work, int threads, CancellationToken cancellation)
        {
            // Four items a thread: enough that no thread waits while the consumer writes, few enough to hold in memory.
            var window = threads * 4;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var queue = new BlockingCollection<Slot<TSource, TResult>>(window);
            var pending = new Queue<Slot<TSource, TResult>>(window);
            var workers = new List<Thread>(threads - 1);
            try
            {
                // The caller's thread is one of the N: it works on items itself whenever the next result is not ready yet, so
                // N threads share the work. A caller that only waited would be an (N+1)th thread on N cores, put to sleep and
                // woken again for nearly every item, each time at the cost of a switch on a core the workers need.
                for (var i = 1; i < threads; i++)
                {
                    var worker = new Thread(() => Work(queue, work, stop.Token)) { IsBackground = true, Name = "NewsTools worker " + i };
                    worker.Start();
                    workers.Add(worker);
                }

                using var items = source.GetEnumerator();
                var more = true;
                while (true)
                {
                    while (more && pending.Count < window)
                    {
                        more = items.MoveNext();
                        if (more)
                        {
                            var slot = new Slot<TSource, TResult>(items.Current);
                            pending.Enqueue(slot);
                            queue.Add(slot, stop.Token);
                        }
                    }

                    if (pending.Count == 0)
                    {
                        yield break;
                    }

                    var next = pending.Peek();
                    if (!next.Done.IsSet && queue.TryTake(out var unstarted))
                    {
                        // The oldest item no thread has started: the next one itself when no worker has taken it yet.
                        cancellation.ThrowIfCancellationRequested();
                        Run(unstarted, work);
                        continue;
                    }

                    pending.Dequeue();
                    next.Done.Wait(cancellation);
                    next.Done.Dispose();
                    next.Failure?.Throw();
                    yield return next.Result!;
                }
            }
            finally
            {
                // The consumer stopped (the end, an error, Ctrl+C, a closed pipe): workers finish the item in hand and leave.
                stop.Cancel();
                queue.CompleteAdding();
                foreach (var worker in workers)
                {
                    worker.Join();
                }
            }
        }

        private static void Work<TSource, TResult>(BlockingCollection<Slot<TSource, TResult>> queue, Func<TSource, TResult> work, CancellationToken stop)
        {
            try
            {
                foreach (var slot in queue.GetConsumingEnumerable(stop))
                {
                    Run(slot, work);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped by the consumer: nothing is waiting for the items left.
            }
        }

        /// <summary>One item's work, on whichever thread took it; its result or failure is kept for its turn.</summary>
        private static void Run<TSource, TResult>(Slot<TSource, TResult> slot, Func<TSource, TResult> work)
        {
            try
            {
                slot.Result = work(slot.Item);
            }
            catch (Exception ex)
            {
                slot.Failure = ExceptionDispatchInfo.Capture(ex);
            }

            slot.Done.Set();
        }

        private sealed class Slot<TSource, TResult>
        {
            public Slot(TSource item)
            {
                Item = item;
            }

            public TSource Item { get; }

            public TResult? Result { get; set; }

            public ExceptionDispatchInfo? Failure { get; set; }

            public ManualResetEventSlim Done { get; } = new ManualResetEventSlim(false);
        }
    }
}
