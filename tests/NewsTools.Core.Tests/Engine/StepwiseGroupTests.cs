using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Engine;
using Xunit;

namespace NewsTools.Tests.Engine
{
    public class StepwiseGroupTests
    {
        private sealed class Work : StepwiseGroup.Item
        {
            public Work(int number) => Number = number;

            public int Number { get; }
        }

        [Fact]
        public void EveryItemTakesAStepBeforeAnyTakesTheNext()
        {
            var group = Enumerable.Range(0, 4).Select(i => new Work(i)).ToList();
            var done = new List<string>();

            StepwiseGroup.Step(group, w => done.Add("read " + w.Number));
            StepwiseGroup.Step(group, w => done.Add("tag " + w.Number));

            Assert.Equal(new[] { "read 0", "read 1", "read 2", "read 3", "tag 0", "tag 1", "tag 2", "tag 3" }, done);
            Assert.All(group, w => Assert.Null(w.Failure));
        }

        [Fact]
        public void AnItemWhoseStepFailsKeepsItsOwnExceptionAndSkipsItsLaterStepsWhileTheOthersGoOn()
        {
            var group = Enumerable.Range(0, 3).Select(i => new Work(i)).ToList();
            var done = new List<string>();

            StepwiseGroup.Step(group, w =>
            {
                if (w.Number == 1)
                {
                    throw new FormatException("item 1 is not text");
                }

                done.Add("read " + w.Number);
            });
            StepwiseGroup.Step(group, w => done.Add("tag " + w.Number));

            Assert.Equal(new[] { "read 0", "read 2", "tag 0", "tag 2" }, done);
            Assert.Null(group[0].Failure);
            Assert.Null(group[2].Failure);
            var thrown = Assert.Throws<FormatException>(() => group[1].Failure!.Throw());
            Assert.Equal("item 1 is not text", thrown.Message);
        }
    }
}
