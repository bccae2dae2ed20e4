using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Engine
{
    public class WorkAheadQueueTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

        [Fact]
        public void EveryJobGivesItsOwnResultWhicheverThreadDidIt()
        {
            using var queue = new WorkAheadQueue(1, "test");
            var jobs = Enumerable.Range(0, 300).Select(i => queue.Enqueue(() => i * i)).ToList();

            Assert.Equal(Enumerable.Range(0, 300).Select(i => i * i), jobs.Select(j => queue.Result(j)));
        }

        [Fact]
        public void AConsumerThatAsksForEachResultAsItQueuesItDoesTheWorkItselfOnNoOtherThread()
        {
            using var queue = new WorkAheadQueue(3, "test");
            var caller = Environment.CurrentManagedThreadId;
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(caller, queue.Result(queue.Enqueue(() => Environment.CurrentManagedThreadId)));
            }
        }

        [Fact]
        public void WithNoWorkerTheConsumerDoesTheJobItAsksForAndNoOther()
        {
            using var queue = new WorkAheadQueue(0, "test");
            var caller = Environment.CurrentManagedThreadId;
            var done = new List<string>();
            var first = queue.Enqueue(() => Note(done, "first"));
            var second = queue.Enqueue(() => Note(done, "second"));

            // Asked for the second, this thread does the second at once; the first stays queued until it is asked for.
            Assert.Equal(caller, queue.Result(second));
            Assert.Equal(new[] { "second" }, done);
            Assert.Equal(caller, queue.Result(first));
            Assert.Equal(new[] { "second", "first" }, done);
        }

        [Fact]
        public void WhileAWorkerHoldsTheJobAskedForTheConsumerDoesTheOldestQueuedOnes()
        {
            using var queue = new WorkAheadQueue(1, "test");
            var caller = Environment.CurrentManagedThreadId;
            using var held = new ManualResetEventSlim(false);
            using var release = new ManualResetEventSlim(false);
            var done = new List<string>();
            var slow = queue.Enqueue(() =>
            {
                held.Set();
                Assert.True(release.Wait(Patience), "the consumer never did the job that releases this one");
                return Note(done, "slow");
            });

            // Queued behind the slow job, the next one starts the worker, which takes the oldest: the slow one. The two
            // behind it are the consumer's to do, oldest first, and the second of them lets the slow one finish.
            var next = queue.Enqueue(() => Note(done, "next"));
            Assert.True(held.Wait(Patience), "no worker took the first job");
            var releasing = queue.Enqueue(() =>
            {
                release.Set();
                return Note(done, "releasing");
            });

            var worker = queue.Result(slow);

            Assert.NotEqual(caller, worker);
            Assert.Equal(new[] { "next", "releasing", "slow" }, done);
            Assert.Equal(caller, queue.Result(next));
            Assert.Equal(caller, queue.Result(releasing));
        }

        [Fact]
        public void AFailureIsRethrownAsItselfWhenItsResultIsAskedFor()
        {
            using var queue = new WorkAheadQueue(1, "test");
            var failing = queue.Enqueue<int>(() => throw new InvalidOperationException("article 7"));
            var fine = queue.Enqueue(() => 8);

            var ex = Assert.Throws<InvalidOperationException>(() => queue.Result(failing));
            Assert.Equal("article 7", ex.Message);
            Assert.Equal(8, queue.Result(fine));
        }

        [Fact]
        public void ACancelledWaitStopsWaitingForAJobAWorkerHolds()
        {
            using var queue = new WorkAheadQueue(1, "test");
            using var held = new ManualResetEventSlim(false);
            using var release = new ManualResetEventSlim(false);
            var slow = queue.Enqueue(() =>
            {
                held.Set();
                release.Wait(Patience);
                return 1;
            });
            queue.Enqueue(() => 2);
            Assert.True(held.Wait(Patience), "no worker took the job");

            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
            Assert.ThrowsAny<OperationCanceledException>(() => queue.Result(slow, cancel.Token));
            release.Set();
            Assert.Equal(1, queue.Result(slow));
        }

        [Fact]
        public void DisposeStopsTheWorkersAndAJobLeftQueuedStillGivesItsResult()
        {
            Thread? worker = null;
            var queue = new WorkAheadQueue(1, "test");
            using var held = new ManualResetEventSlim(false);
            using var release = new ManualResetEventSlim(false);
            var first = queue.Enqueue(() =>
            {
                worker = Thread.CurrentThread;
                held.Set();
                release.Wait(Patience);
                return "first";
            });
            var left = queue.Enqueue(() => "left");
            Assert.True(held.Wait(Patience), "no worker took the job");

            release.Set();
            queue.Dispose();

            // The worker finished the job in its hands and is gone; the one queued behind it (done by the worker before it
            // stopped, or dropped from the queue and done now, on this thread) still gives its result.
            Assert.False(worker!.IsAlive);
            Assert.Equal("first", queue.Result(first));
            Assert.Equal("left", queue.Result(left));
            Assert.Throws<ObjectDisposedException>(() => queue.Enqueue(() => 0));
        }

        private static int Note(List<string> done, string name)
        {
            lock (done)
            {
                done.Add(name);
            }

            return Environment.CurrentManagedThreadId;
        }
    }
}
