using System;
using System.Collections.Generic;
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

            // The caller's thread is one of the N: it works on items itself whenever the next result is not ready yet, so
            // N threads share the work. A caller that only waited would be an (N+1)th thread on N cores, put to sleep and
            // woken again for nearly every item, each time at the cost of a switch on a core the workers need.
            using var queue = new WorkAheadQueue(threads - 1, "NewsTools worker");
            var pending = new Queue<WorkAheadQueue.Job<TResult>>(window);
            using var items = source.GetEnumerator();
            var more = true;
            while (true)
            {
                while (more && pending.Count < window)
                {
                    cancellation.ThrowIfCancellationRequested();
                    more = items.MoveNext();
                    if (more)
                    {
                        var item = items.Current;
                        pending.Enqueue(queue.Enqueue(() => work(item)));
                    }
                }

                if (pending.Count == 0)
                {
                    yield break;
                }

                // When the consumer stops (the end, an error, Ctrl+C, a closed pipe), disposing the queue lets the workers
                // finish the item in hand and leave.
                yield return queue.Result(pending.Dequeue(), cancellation);
            }
        }
    }
}
