using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Engine
{
    public class OrderedParallelTests
    {
        [Fact]
        public void ResultsComeBackInInputOrderWhateverOrderTheWorkFinishesIn()
        {
            var threadsSeen = new HashSet<int>();
            var results = OrderedParallel.Select(Enumerable.Range(0, 200), i =>
            {
                // Early items take longest, so later ones finish first.
                Thread.Sleep(i < 8 ? 20 - (2 * i) : 0);
                lock (threadsSeen)
                {
                    threadsSeen.Add(Environment.CurrentManagedThreadId);
                }

                return i * 10;
            }, threads: 4).ToList();

            Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 10), results);
            Assert.True(threadsSeen.Count > 1, "the work ran on one thread only");
        }

        [Fact]
        public void NThreadsAreTheCallersAndNMinusOneWorkersNeverMoreAtOnce()
        {
            var caller = Environment.CurrentManagedThreadId;
            var threadsSeen = new HashSet<int>();
            var running = 0;
            var mostAtOnce = 0;
            var results = OrderedParallel.Select(Enumerable.Range(0, 60), i =>
            {
                var now = Interlocked.Increment(ref running);
                lock (threadsSeen)
                {
                    threadsSeen.Add(Environment.CurrentManagedThreadId);
                    mostAtOnce = Math.Max(mostAtOnce, now);
                }

                Thread.Sleep(2);
                Interlocked.Decrement(ref running);
                return i;
            }, threads: 2).ToList();

            Assert.Equal(Enumerable.Range(0, 60), results);

            // The caller works too while the next result is not ready, instead of sleeping beside two busy workers.
            Assert.Contains(caller, threadsSeen);
            Assert.Equal(2, threadsSeen.Count);
            Assert.Equal(2, mostAtOnce);
        }

        [Fact]
        public void OneThreadRunsOnTheCallersThread()
        {
            var caller = Environment.CurrentManagedThreadId;
            Assert.All(OrderedParallel.Select(new[] { 1, 2, 3 }, _ => Environment.CurrentManagedThreadId, threads: 1), id => Assert.Equal(caller, id));
        }

        [Fact]
        public void AFailureIsRethrownAtItsOwnTurnAfterTheResultsBeforeIt()
        {
            var seen = new List<int>();
            var ex = Assert.Throws<InvalidOperationException>(() =>
            {
                foreach (var r in OrderedParallel.Select(Enumerable.Range(0, 50), i => i == 7 ? throw new InvalidOperationException("item 7") : i, threads: 3))
                {
                    seen.Add(r);
                }
            });

            Assert.Equal("item 7", ex.Message);
            Assert.Equal(Enumerable.Range(0, 7), seen);
        }

        [Fact]
        public void OnlyAWindowOfItemsIsTakenAheadOfTheConsumer()
        {
            var taken = 0;
            IEnumerable<int> Source()
            {
                for (var i = 0; i < 10_000; i++)
                {
                    Interlocked.Increment(ref taken);
                    yield return i;
                }
            }

            var maxAhead = 0;
            var consumed = 0;
            foreach (var _ in OrderedParallel.Select(Source(), i => i, threads: 2))
            {
                consumed++;
                maxAhead = Math.Max(maxAhead, Volatile.Read(ref taken) - consumed);
            }

            Assert.Equal(10_000, consumed);
            Assert.InRange(maxAhead, 1, 8);
        }

        [Fact]
        public void StoppingEarlyLeavesNoWorkerRunning()
        {
            var started = 0;
            var first = OrderedParallel.Select(Enumerable.Range(0, 1000), i =>
            {
                Interlocked.Increment(ref started);
                return i;
            }, threads: 2).Take(3).ToList();

            Assert.Equal(new[] { 0, 1, 2 }, first);
            var afterStop = Volatile.Read(ref started);
            Thread.Sleep(50);
            Assert.Equal(afterStop, Volatile.Read(ref started));
            Assert.True(afterStop < 1000);
        }
    }
}
