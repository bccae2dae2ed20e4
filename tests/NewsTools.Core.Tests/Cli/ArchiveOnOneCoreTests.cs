using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;
using static NewsTools.Tests.Cli.CliRun;

namespace NewsTools.Tests.Cli
{
    /// <summary>
    /// An add's analyses run on one worker per core but one and on the writing thread: on a one-core machine there is no
    /// worker, and the writing thread analyses every article itself, storing what a run with workers stores.
    /// </summary>
    public sealed class ArchiveOnOneCoreTests : IDisposable
    {
        private readonly string temp = Directory.CreateTempSubdirectory("newstools-one-core-").FullName;

        public void Dispose() => Directory.Delete(temp, recursive: true);

        [Fact]
        public void OnOneCoreTheWritingThreadAnalysesEveryArticleAndTheArchiveHoldsWhatItHoldsWithWorkers()
        {
            var samples = SampleFiles();
            var oneCore = Path.Combine(temp, "one-core.db");
            var usual = Path.Combine(temp, "usual.db");
            var settings = SampleSettings();
            var environment = new Dictionary<string, string?> { ["DOTNET_PROCESSOR_COUNT"] = "1" };

            var added = InOwnProcess(null, new[] { "archive", "add", "--db", oneCore }.Concat(settings).Concat(samples), environment);
            var addedUsual = Run(new[] { "archive", "add", "--db", usual }.Concat(settings).Concat(samples).ToArray());

            Assert.True(added.Code == 0, added.Error);
            Assert.Equal(samples.Length, added.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(WithoutTimes(addedUsual.Output), WithoutTimes(added.Output));
            foreach (var kind in new[] { "Quote", "TimeExpression", "TimelineEvent", "Event" })
            {
                var fromOneCore = Run("archive", "query", "--db", oneCore, "--kind", kind);
                Assert.Equal(0, fromOneCore.Code);
                Assert.NotEmpty(fromOneCore.Output);
                Assert.Equal(WithoutTimes(Run("archive", "query", "--db", usual, "--kind", kind).Output), WithoutTimes(fromOneCore.Output));
            }
        }
    }
}
