using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;
using static NewsTools.Tests.Cli.CliRun;

namespace NewsTools.Tests.Cli
{
    /// <summary>
    /// The native build of the command (`dotnet publish -p:NativeAot=true`) runs without a JIT and with its code trimmed to
    /// what the compiler could see: configuration and output types read by reflection, JSON written without generated code
    /// for some types, and SQLite's native library. These tests run it as a user does and hold every verb, format and error
    /// to what the managed command writes for the same arguments. NEWSTOOLS_NATIVE_CLI names the executable (build.ps1 -Task
    /// Test publishes it to out/native when a C compiler is present); without it they skip.
    /// </summary>
    public sealed class NativeCommandTests : IDisposable
    {
        private readonly string temp = Path.Combine(Path.GetTempPath(), "newstools-native-" + Guid.NewGuid().ToString("N"));

        public NativeCommandTests() => Directory.CreateDirectory(temp);

        public void Dispose() => Directory.Delete(temp, recursive: true);

        private static string NativeCli()
        {
            var path = Environment.GetEnvironmentVariable("NEWSTOOLS_NATIVE_CLI");
            Skip.If(string.IsNullOrEmpty(path), "NEWSTOOLS_NATIVE_CLI is not set: publish the native command (build.ps1 -Task Test does, when a C compiler is present) and name it there.");
            Assert.True(File.Exists(path), $"NEWSTOOLS_NATIVE_CLI names {path}, which does not exist.");
            return path!;
        }

        public static IEnumerable<object[]> VerbsAndFormats() =>
            from verb in new[] { "import", "quotes", "timex", "timeline", "group", "compare --group-by-event" }
            from format in new[] { "json", "csv", "table" }
            select new object[] { verb, format };

        [SkippableTheory]
        [MemberData(nameof(VerbsAndFormats))]
        public void EveryVerbAndFormatWritesWhatTheManagedCommandWrites(string verb, string format)
        {
            var native = NativeCli();
            var missing = Path.Combine(temp, "missing.txt");
            var args = verb.Split(' ')
                .Concat(new[] { "--format", format })
                .Concat(SampleSettings())
                .Concat(SampleFiles())
                .Concat(new[] { missing })
                .ToArray();

            var managed = Run(args);
            var built = RunNative(native, args);

            Assert.NotEmpty(managed.Output);
            Assert.Equal(managed.Output, built.Output);
            Assert.Equal(managed.Error, built.Error);
            Assert.Equal(managed.Code, built.Code);
            Assert.Contains(missing, built.Error, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void AConfigurationFileWithEveryKindOfKeyIsReadAlike()
        {
            var native = NativeCli();
            var config = Path.Combine(temp, "all-keys.yaml");
            File.WriteAllText(config, File.ReadAllText(TestData.Samples("config/newstools.yaml"))
                + "\ndemonyms: {Alderish: Port Alder}\nmetonyms: {City Hall: [City of Port Alder]}\nwordLists: {sourceNouns: [harbourmaster]}\n"
                + "coverage: {stopWords: [the], otherStopWords: [said]}\ntitles: &t [Harbourmaster]\norganizationWords: *t\n");
            var args = new[] { "quotes", "--config", config, TestData.Samples("harbour-gazette-2024-03-12-bridge.txt") };
            var managed = Run(args);
            Assert.Equal(0, managed.Code);
            Assert.Equal(managed.Output, RunNative(native, args).Output);

            // A broken file is the same clear error, naming the file and the line.
            File.WriteAllText(config, "outlets:\n  - name: A\n    colour: blue\n");
            var broken = RunNative(native, args);
            Assert.Equal(Run(args).Error, broken.Error);
            Assert.Contains("all-keys.yaml", broken.Error, StringComparison.Ordinal);
            Assert.Contains("line 3", broken.Error, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void AnArchiveWrittenByTheNativeCommandHoldsWhatTheManagedOneStores()
        {
            var native = NativeCli();
            var samples = SampleFiles();
            var nativeDb = Path.Combine(temp, "native.db");
            var managedDb = Path.Combine(temp, "managed.db");

            var added = RunNative(native, new[] { "archive", "add", "--db", nativeDb }.Concat(samples).ToArray());
            var addedManaged = Run(new[] { "archive", "add", "--db", managedDb }.Concat(samples).ToArray());
            Assert.Equal(0, added.Code);
            Assert.Equal(WithoutTimes(addedManaged.Output), WithoutTimes(added.Output));
            Assert.Contains("\"Status\":\"Added\"", added.Output, StringComparison.Ordinal);

            // Each database read back by the other build: the native one's rows by the managed command and the other way round.
            foreach (var kind in new[] { "Quote", "TimeExpression", "TimelineEvent", "Event", "Article", "Revision" })
            {
                var fromNative = Run(new[] { "archive", "query", "--db", nativeDb, "--kind", kind });
                var fromManaged = RunNative(native, new[] { "archive", "query", "--db", managedDb, "--kind", kind });
                Assert.Equal(0, fromNative.Code);
                Assert.NotEmpty(fromNative.Output);
                Assert.Equal(WithoutTimes(fromManaged.Output), WithoutTimes(fromNative.Output));
            }

            // A second add of the same files stores nothing new.
            var again = RunNative(native, new[] { "archive", "add", "--db", nativeDb }.Concat(samples).ToArray());
            Assert.DoesNotContain("\"Status\":\"Added\"", again.Output, StringComparison.Ordinal);
            Assert.Equal(WithoutTimes(Run(new[] { "archive", "add", "--db", managedDb }.Concat(samples).ToArray()).Output), WithoutTimes(again.Output));
        }

        [SkippableFact]
        public void AFeedFileAndAnEvaluationReadAlike()
        {
            var native = NativeCli();
            var feed = Path.Combine(temp, "feed.xml");
            File.WriteAllText(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour Gazette</title><link>https://gazette.example/</link>"
                + "<item><title>Bridge reopens</title><link>https://gazette.example/bridge</link><pubDate>Tue, 12 Mar 2024 09:30:00 +0100</pubDate>"
                + "<description>The Alder Strait bridge reopened.</description></item></channel></rss>");
            foreach (var format in new[] { "json", "csv", "table" })
            {
                var args = new[] { "feed", "--format", format, feed };
                var managed = Run(args);
                Assert.Equal(0, managed.Code);
                Assert.Contains("Bridge reopens", managed.Output, StringComparison.Ordinal);
                Assert.Equal(managed.Output, RunNative(native, args).Output);
            }

            const string Text = "The mayor said the bridge would reopen on Tuesday. \\\"We kept our promise,\\\" Varga said.";
            var gold = Path.Combine(temp, "gold.jsonl");
            File.WriteAllText(gold, "{\"id\": \"one\", \"text\": \"" + Text + "\", \"quotes\": [{\"start\": 52, \"end\": 70, \"speaker\": \"Varga\"}], \"unattributed_quoted_spans\": []}\n");
            foreach (var format in new[] { "json", "table" })
            {
                var args = new[] { "eval", "quotes", "--format", format, gold };
                var managed = Run(args);
                Assert.Equal(0, managed.Code);
                Assert.Equal(managed.Output, RunNative(native, args).Output);
            }
        }

        [SkippableTheory]
        [InlineData("time", "eval/time/dev.jsonl")]
        [InlineData("coverage", "eval/coverage/dev.jsonl")]
        [InlineData("html", "eval/html/pages")]
        public void TheDevelopmentSetsScoreAlike(string set, string data)
        {
            var native = NativeCli();
            var path = TestData.RequireShared(data);
            var args = new[] { "eval", set, "--format", "json" }.Concat(set == "html" ? new[] { "--pages", path } : new[] { path }).ToArray();
            var managed = Run(args);
            Assert.Equal(0, managed.Code);
            Assert.StartsWith("{", managed.Output, StringComparison.Ordinal);
            Assert.Equal(managed.Output, RunNative(native, args).Output);
        }

        [SkippableFact]
        public void TheNativeCommandRunsCompiledCodeWithItsOwnFirstGenerationBudget()
        {
            var native = NativeCli();
            var result = RunNative(native, new[] { "bench", "--stages", "config", "--corpus", TestData.Samples(".") });

            Assert.Equal(0, result.Code);
            Assert.Contains("code: native executable, compiled ahead of time", result.Output, StringComparison.Ordinal);

            // The budget compiled into the executable (NewsTools.Cli.csproj) raises the collector's own limit of 6 MB.
            Assert.Contains("first generation up to 8 MB", result.Output, StringComparison.Ordinal);
        }

        /// <summary>When an entry was stored differs between two runs; nothing else may.</summary>

        // The executable's own collector settings, not a caller's.
        private static (int Code, string Output, string Error) RunNative(string path, string[] args) =>
            InOwnProcess(path, args, new Dictionary<string, string?> { ["DOTNET_GCgen0size"] = null });
    }
}
