using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Cli;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.Quotes;
using NewsTools.Tests.Engine;
using Xunit;
using static NewsTools.Tests.Cli.CliRun;

namespace NewsTools.Tests.Robustness
{
    /// <summary>
    /// Issue #16's catalogue: one test per failing item, each built from input generated here (no large files in the
    /// repository), asserting the named error or the right output; growth is checked as the ratio of 8x to 1x input.
    /// </summary>
    [Collection(GrowthRatioCollection.Name)]
    public sealed class RobustnessCatalogueTests : IDisposable
    {
        private readonly string dir = Directory.CreateTempSubdirectory("newstools-robust-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(dir, true);
            }
            catch (IOException)
            {
            }
        }

        // 1. A lone surrogate in JSONL is that line's error; the lines after it are read.
        [Fact]
        public void Item01_ALoneSurrogateInJsonlIsThatLinesErrorAndTheRestGoOn()
        {
            var file = Write("s.jsonl",
                "{\"id\":\"a\",\"text\":\"Alice Hart said: \\\"We are ready.\\\"\"}\n" +
                "{\"id\":\"b\",\"text\":\"bad \\ud800\"}\n" +
                "{\"id\":\"c\",\"text\":\"Carol Webb said \\\"we will see\\\" on Monday.\"}\n");
            foreach (var verb in new[] { "import", "quotes", "timex", "timeline", "group", "compare" })
            {
                var (code, output, error) = Run(verb, "--jsonl", file);

                Assert.Equal(1, code);
                Assert.Contains(file + ":2: \"text\" holds an unpaired surrogate", error, StringComparison.Ordinal);
                Assert.DoesNotContain("Unhandled", error, StringComparison.Ordinal);
                if (verb == "import" || verb == "quotes")
                {
                    Assert.Contains("\"ArticleId\":\"c\"".Replace("ArticleId", verb == "import" ? "Id" : "ArticleId"), output, StringComparison.Ordinal);
                }
            }
        }

        // 2. Nulls in common places of a config file: one error naming file, line, column and key, in plain words.
        [Theory]
        [InlineData("outlets: ~", 1, "'outlets' is empty")]
        [InlineData("outlets: [~]", 1, "an entry of 'outlets' is empty")]
        [InlineData("speakers: [~]", 1, "an entry of 'speakers' is empty")]
        [InlineData("outlets:\n  - name: null", 2, "'name' is empty")]
        [InlineData("outlets:\n  - name: X\n    aliases: [null]", 3, "an entry of 'aliases' is empty")]
        [InlineData("boilerplate: [~]", 1, "an entry of 'boilerplate' is empty")]
        [InlineData("metonyms: {Paris: ~}", 1, "'Paris' in 'metonyms' is empty")]
        [InlineData("wordLists: {x: ~}", 1, "'x' in 'wordLists' is empty")]
        [InlineData("demonyms: {French: ~}", 1, "'French' in 'demonyms' is empty")]
        [InlineData("outlets:\n  - name: X\n    domains: [~]", 3, "an entry of 'domains' is empty")]
        [InlineData("outlet: [a]", 1, "'outlet' is not a configuration key")]
        [InlineData("speakers: {a: b}", 1, "'speakers' should be a list")]
        public void Item02_ANullInTheConfigIsOneErrorWithFileLineAndKey(string yaml, int line, string problem)
        {
            var path = Write("bad.yaml", yaml + "\n");

            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Load(new[] { path }));

            Assert.Equal("ConfigInvalid", error.ErrorId);
            Assert.Equal(path, error.Input);
            Assert.Contains($"'{path}' is not valid at line {line}, column ", error.Message, StringComparison.Ordinal);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("NewsTools.", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Item02_AnOptionalKeyMayBeNullAndMalformedYamlIsStillAPlainError()
        {
            var optional = Write("ok.yaml", "outlets:\n  - name: My Paper\n    country: ~\n");
            Assert.Contains(ConfigLoader.Load(new[] { optional }).Outlets, o => o.Name == "My Paper" && o.Country == null);

            var broken = Write("broken.yaml", "outlets:\n  - name: A\n    aliases: [one, two\n  - name: B\n");
            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Load(new[] { broken }));
            Assert.Matches(@"line \d+, column \d+: ", error.Message);
            Assert.DoesNotContain("InvalidOperation", error.Message, StringComparison.Ordinal);
        }

        // 3. A FIFO as a path, inside a -r folder, as --jsonl or as --config: refused at once, never waited on.
        [SkippableFact]
        public void Item03_AFifoIsRefusedNotWaitedOn()
        {
            Skip.If(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix thing");
            var folder = Directory.CreateDirectory(Path.Combine(dir, "tree")).FullName;
            var fifo = Path.Combine(folder, "pipe.txt");
            using (var mkfifo = Process.Start("mkfifo", fifo))
            {
                mkfifo.WaitForExit();
            }

            var article = Write("tree/story.txt", "Prices rise\n\nThe baker raised prices on Monday, the owner said.\n");
            foreach (var args in new[] { new[] { "import", fifo }, new[] { "import", "-r", folder }, new[] { "import", "--jsonl", fifo }, new[] { "import", "--config", fifo, article } })
            {
                var run = System.Threading.Tasks.Task.Run(() => Run(args));
                Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "blocked on a FIFO: " + string.Join(" ", args));
                Assert.Contains("not a regular file", run.Result.Error, StringComparison.Ordinal);
            }

            Assert.Contains("\"Id\":\"story\"", Run("import", "-r", folder).Output, StringComparison.Ordinal);
        }

        // 4. Sizes are bounded: a device is refused, a line longer than an article is skipped without being held.
        [SkippableFact]
        public void Item04_DevicesAndOverlongJsonlLinesAreRefused()
        {
            Skip.IfNot(File.Exists("/dev/zero"), "needs /dev/zero");
            Assert.Contains("not a regular file", Run("import", "--jsonl", "/dev/zero").Error, StringComparison.Ordinal);
            Assert.Contains("not a regular file", Run("import", "--config", "/dev/zero", "x.txt").Error, StringComparison.Ordinal);

            var big = Path.Combine(dir, "big.jsonl");
            using (var w = new StreamWriter(big))
            {
                w.Write("{\"id\":\"huge\",\"text\":\"");
                w.Write(new string('a', (int)ArticleReader.DefaultMaxBytes + (2 * 1024 * 1024)));
                w.WriteLine("\"}");
                w.WriteLine("{\"id\":\"small\",\"text\":\"A short story about a baker.\"}");
            }

            var (code, output, error) = Run("import", "--jsonl", big);
            Assert.Equal(1, code);
            Assert.Contains(big + ":1: The line is longer than", error, StringComparison.Ordinal);
            Assert.Contains("\"Id\":\"small\"", output, StringComparison.Ordinal);
        }

        // 5. A closed pipe stops quietly; a full disk is a clear error.
        [Fact]
        public void Item05_AClosedPipeStopsQuietlyAndAFullDiskSaysSo()
        {
            var closed = GuardedOutputStream.Classify(new IOException("Broken pipe", 32));
            Assert.True(closed.ClosedPipe);
            var full = GuardedOutputStream.Classify(new IOException("No space left on device", 28));
            Assert.False(full.ClosedPipe);

            // A dated sample: an undated one is warned about, and the closed pipe must add nothing to what is said.
            var samples = TestData.Samples("harbour-gazette-2024-03-12-bridge.txt");
            var error = new StringWriter();
            var code = Program.Run(new[] { "import", samples }, new StreamWriter(new GuardedOutputStream(new FailingStream(32))), error);
            Assert.Equal(141, code);
            Assert.Equal("", error.ToString());

            error = new StringWriter();
            code = Program.Run(new[] { "import", samples }, new StreamWriter(new GuardedOutputStream(new FailingStream(28))), error);
            Assert.Equal(1, code);
            Assert.Contains("cannot write the output: No space left", error.ToString(), StringComparison.Ordinal);
        }

        [SkippableFact]
        public void Item05_WritingToDevFullFailsClearly()
        {
            Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full");
            var samples = TestData.Samples("valley-times-2024-03-14-orchard.txt");
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1);
            var error = new StringWriter();

            var code = Program.Run(new[] { "import", samples }, new StreamWriter(new GuardedOutputStream(full)), error);

            Assert.Equal(1, code);
            Assert.Contains("cannot write the output", error.ToString(), StringComparison.Ordinal);
        }

        // 6. Quotes of one enormous sentence share its text and carry a bounded window of it.
        [Fact]
        public void Item06_QuotesShareTheirSentenceAndABoundedOne()
        {
            var sb = new StringBuilder("Budget row\n\n");
            for (var i = 0; i < 400; i++)
            {
                sb.Append("Mayor Ann Lee said \"no\" and ");
            }

            sb.Append("the council agreed.\n");
            var quotes = new QuoteExtractor(ConfigLoader.Defaults).Extract(new ArticleReader(ConfigLoader.Defaults).Parse(sb.ToString()));

            Assert.True(quotes.Count >= 300, $"{quotes.Count} quotes");
            Assert.All(quotes, q => Assert.True(q.Sentence.Length <= QuoteExtractor.MaxSentenceChars + 2, $"sentence of {q.Sentence.Length}"));
            Assert.Contains(quotes, q => q.Sentence.EndsWith("…", StringComparison.Ordinal));

            var small = new QuoteExtractor(ConfigLoader.Defaults).Extract(new ArticleReader(ConfigLoader.Defaults).Parse("Ann Lee said \"no\" and Bob Ray said \"yes\" on Monday."));
            Assert.Equal(2, small.Count(q => q.Kind != QuoteKind.Term));
            Assert.Same(small[0].Sentence, small[1].Sentence);
        }

        // 6. A sentence cut to a window is said once per article, naming it ("warn when a cap is hit").
        [Fact]
        public void Item06_ACutSentenceWarnsOncePerArticle()
        {
            var sb = new StringBuilder("Budget row\n\n");
            for (var i = 0; i < 300; i++)
            {
                sb.Append("Mayor Ann Lee said \"no\" and ");
            }

            sb.Append("the council agreed.\n");
            var reader = new ArticleReader(ConfigLoader.Defaults);
            var extractor = new QuoteExtractor(ConfigLoader.Defaults);
            var article = reader.Parse(sb.ToString(), null, "run-on");
            var recorder = new WarningRecorder();

            var quotes = extractor.Extract(article, recorder);

            Assert.Contains(quotes, q => q.Sentence.EndsWith("…", StringComparison.Ordinal));
            var warning = Assert.Single(recorder.Warnings);
            Assert.Contains("cut", warning, StringComparison.Ordinal);
            Assert.Equal(article.Path ?? article.Id, Assert.Single(recorder.Inputs));

            var quiet = new WarningRecorder();
            extractor.Extract(reader.Parse("Ann Lee said \"no\" on Monday.", null, "short"), quiet);
            Assert.Empty(quiet.Warnings);
        }

        // 6. A flood of years ("in 1901, in 1902, ...") gives a timeline an analyst can read: at most the cap of events per
        // article, said in one warning; time and allocation grow linearly (8x the flood: the bounds of GrowthRatio).
        [Theory]
        [InlineData("in {0}, ")]
        [InlineData("{0}. ")]
        public void Item06_AFloodOfYearsGivesABoundedTimelineInLinearTime(string pattern)
        {
            string Flood(int n)
            {
                var sb = new StringBuilder("Flood\n\n");
                for (var i = 0; i < n; i++)
                {
                    sb.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, pattern, 1901 + (i % 120));
                }

                return sb.Append("end.\n").ToString();
            }

            var reader = new ArticleReader(ConfigLoader.Defaults);
            (int Events, List<string> Warnings, long Bytes) Timeline(int n)
            {
                var article = reader.Parse(Flood(n), null, "flood");
                var recorder = new WarningRecorder();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var builder = new NewsTools.Time.TimelineBuilder(ConfigLoader.Defaults) { Reporter = recorder };
                builder.Add(article);
                var events = builder.Build().Count;
                return (events, recorder.Warnings, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            var small = Timeline(10000);
            var large = Timeline(80000);

            Assert.InRange(large.Events, 1, NewsTools.Time.TimelineBuilder.MaxEventsPerArticle);
            Assert.Contains("80,000 time expressions", Assert.Single(large.Warnings), StringComparison.Ordinal);
            Assert.True(large.Bytes < small.Bytes * 16, $"10,000 years: {small.Bytes:N0} bytes; 80,000: {large.Bytes:N0} bytes ({(double)large.Bytes / small.Bytes:0.0}x)");
            GrowthRatio.AssertLinear(n => n, n => Timeline(n), 10000);

            // Under the cap nothing is cut and nothing is said.
            var few = Timeline(300);
            Assert.InRange(few.Events, 120, 300);
            Assert.Empty(few.Warnings);
        }

        // 7. Superlinear paths: a headline then many short lines; many boilerplate lines; config merging; an alias bomb.
        [Fact]
        public void Item07_AHeadlineFollowedByManyShortLinesIsLinear()
        {
            string Article(int n) => "Big News Today\n\n" + string.Concat(Enumerable.Repeat("ok\n", n));
            var reader = new ArticleReader(ConfigLoader.Defaults);
            // From 40k lines (120 KB) up, so both sizes are large objects to the runtime: at 20k the small text was not, and the
            // ratio measured the garbage collector's two heaps (about 26x on a quiet machine, while 160k to 1.28M lines is 7x).
            GrowthRatio.AssertLinear(Article, text => reader.Parse(text), 40000);
        }

        [Fact]
        public void Item07_ManyBoilerplateLinesAreLinear()
        {
            string Article(int n) => "Prices rise\n\nThe baker raised prices on Monday.\n" + string.Concat(Enumerable.Repeat("Subscribe\nREAD MORE: elsewhere\n", n));
            var reader = new ArticleReader(ConfigLoader.Defaults);
            var article = reader.Parse(Article(100));
            Assert.True("Prices rise" == article.Title, string.Join(" | ", article.Paragraphs.Take(4).Select(p => p.Kind + ":" + p.Text)) + " || " + string.Join(" | ", article.Removed.Take(4).Select(r => r.Reason + ":" + r.Text)));
            Assert.True(article.Removed.Count >= 100);
            // From 80k lines (1.3 MB) up: at 40k the small text stays in the processor's cache and the large one does not, and the
            // per-line cost differs by half again (ratios of 18-23 on a quiet machine, against 8.7 from 80k to 640k lines).
            GrowthRatio.AssertLinear(Article, text => reader.Parse(text), 40000);
        }

        [Fact]
        public void Item07_ConfigMergingIsLinearInEntries()
        {
            string Yaml(int n)
            {
                var sb = new StringBuilder("boilerplate:\n");
                for (var i = 0; i < n; i++)
                {
                    sb.Append("  - 'Promo line number ").Append(i).Append("'\n");
                }

                sb.Append("outlets:\n");
                for (var i = 0; i < n / 4; i++)
                {
                    sb.Append("  - name: Outlet ").Append(i).Append("\n    aliases: [O").Append(i).Append("]\n");
                }

                return sb.ToString();
            }

            // Into a fresh configuration each time: the cached defaults must never be changed by a test.
            GrowthRatio.AssertLinear(Yaml, yaml => ConfigLoader.MergeInto(ConfigLoader.Parse(yaml, "x.yaml"), ConfigLoader.Parse(yaml, "y.yaml"), "y.yaml"), 2000);
            var merged = new NewsToolsConfig();
            ConfigLoader.MergeInto(merged, ConfigLoader.Parse(Yaml(100), "x.yaml"), "x.yaml");
            ConfigLoader.MergeInto(merged, ConfigLoader.Parse(Yaml(100), "y.yaml"), "y.yaml");
            Assert.Equal(100, merged.Boilerplate.Count);
            Assert.Equal(25, merged.Outlets.Count);
        }

        [Fact]
        public void Item07_AYamlAliasBombIsRefusedAtOnce()
        {
            var sb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
            var previous = 'a';
            for (var c = 'b'; c <= 'j'; c++)
            {
                sb.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
                previous = c;
            }

            var watch = Stopwatch.StartNew();
            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Parse(sb.ToString(), "bomb.yaml"));
            Assert.Contains("anchors and aliases", error.Message, StringComparison.Ordinal);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "the bomb was unfolded");
        }

        [Fact]
        public void Item07_DeeplyNestedYamlIsAnErrorNotAStackOverflow()
        {
            var error = Assert.Throws<NewsToolsException>(() => ConfigLoader.Parse("agencies: " + new string('[', 100000) + new string(']', 100000), "deep.yaml"));
            Assert.Contains("nested more than", error.Message, StringComparison.Ordinal);
        }

        // 8. Backtracking boilerplate patterns cost at most one timeout each per article, and say so.
        [Fact]
        public void Item08_BadBoilerplatePatternsAreBoundedPerArticle()
        {
            // The first three are linear under the non-backtracking engine; a backreference needs backtracking and times out.
            var evil = new[] { "/(a+)+$/", "/(a|aa)+$/", "/(a*)*b/", "/^(a+)+\\1b$/" };
            var config = ConfigLoader.Load(new[] { Write("evil.yaml", "boilerplate:\n" + string.Concat(evil.Select(e => "  - '" + e + "'\n"))) });
            var reader = new ArticleReader(config) { Reporter = new WarningRecorder() };
            var line = new string('a', 380) + "!";
            var text = "Prices rise\n\n" + string.Concat(Enumerable.Repeat(line + "\n", 250)) + "The end.\n";

            var watch = Stopwatch.StartNew();
            var article = reader.Parse(text);

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
            Assert.Equal(251, article.Paragraphs.Count(p => p.Kind == ParagraphKind.Body));
            var warnings = ((WarningRecorder)reader.Reporter).Warnings;
            Assert.InRange(warnings.Count, 1, evil.Length);
            Assert.All(warnings, w => Assert.Contains("took too long", w, StringComparison.Ordinal));
        }

        // 9. Cancellation inside one long article.
        [Fact]
        public void Item09_CancellationIsHonouredInsideOneArticle()
        {
            var text = "Flood\n\n" + string.Concat(Enumerable.Repeat("Ann Lee said \"no\" in 2019, 2020 and 2021.\n", 20000));
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            var reader = new ArticleReader(ConfigLoader.Defaults);

            Assert.ThrowsAny<OperationCanceledException>(() => reader.Parse(text, null, "flood", cancel.Token));
            var article = reader.Parse(text);
            Assert.ThrowsAny<OperationCanceledException>(() => new QuoteExtractor(ConfigLoader.Defaults).Extract(article, cancel.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => new NewsTools.Time.TimeExpressionTagger(ConfigLoader.Defaults).Tag(article, null, cancel.Token));
            Assert.ThrowsAny<OperationCanceledException>(() => new NewsTools.Time.TimelineBuilder(ConfigLoader.Defaults).Add(article, null, cancel.Token));
            Assert.Equal(130, Program.Run(new[] { "quotes", TestData.Samples("valley-times-2024-03-14-orchard.txt") }, new StringWriter(), new StringWriter(), cancel.Token));
        }

        // 9. The command line itself, as a user stops it: SIGINT about a second into one long article ends the process within two
        // seconds, with exit 130 (as README says) and nothing half-written on standard output.
        [SkippableTheory]
        [InlineData("quotes")]
        [InlineData("timeline")]
        public void Item09_TheCommandLineStopsWithinTwoSecondsOfSigint(string verb)
        {
            Skip.If(OperatingSystem.IsWindows(), "SIGINT is sent with kill(2)");
            // About 12 MB in one file (under the 16 MB limit): short quoted, dated paragraphs, so the time goes in the loops of
            // one article, not between articles.
            var path = Path.Combine(dir, "long.txt");
            using (var w = new StreamWriter(path))
            {
                w.Write("Budget talks\n\n");
                for (var i = 0; w.BaseStream.Length < 12 * 1024 * 1024; i++)
                {
                    w.Write($"Mayor Ann Lee said \"the budget for ward {i} holds\" on Monday. The council met again on 12 March 2024, officials said.\n\n");
                }
            }

            // A test run under nohup, or as a background job of a script, inherits SIGINT ignored, and exec keeps an ignored
            // signal ignored: the command would never see the Ctrl+C this test stands for. GNU env puts the default back.
            var start = new ProcessStartInfo(EnvRestoresSigint.Value ? "env" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            if (EnvRestoresSigint.Value)
            {
                start.ArgumentList.Add("--default-signal=INT");
                start.ArgumentList.Add("dotnet");
            }

            foreach (var a in new[] { typeof(Program).Assembly.Location, verb, "--parallel", "1" })
            {
                start.ArgumentList.Add(a);
            }

            // The same article eight times: one pass over it takes about a second on a fast machine (the timeline keeps only its
            // first 2,000 events), so with one copy the run could end before the signal and the test would prove nothing.
            for (var copy = 0; copy < 8; copy++)
            {
                start.ArgumentList.Add(path);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            // The runtime's start takes over a second on a busy machine, and a SIGINT before Main has its handler kills the
            // process outright: wait until the article is in memory (its text alone is 24 MB), then a second into the work.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (!process.HasExited && DateTime.UtcNow < deadline)
            {
                process.Refresh();
                if (process.WorkingSet64 > 100L * 1024 * 1024)
                {
                    break;
                }

                Thread.Sleep(20);
            }

            Thread.Sleep(1000);
            Skip.If(process.HasExited, "the run ended before it could be interrupted");

            var watch = Stopwatch.StartNew();
            Assert.Equal(0, Kill(process.Id, 2));
            var ended = process.WaitForExit(2000);
            watch.Stop();
            if (!ended)
            {
                process.Kill(entireProcessTree: true);
            }

            Assert.True(ended, $"still running 2 s after SIGINT ({verb})");
            process.WaitForExit();
            Assert.Equal(130, process.ExitCode);
            Assert.Contains("newstools: cancelled.", error.Result, StringComparison.Ordinal);
            // Whatever was written before the stop is whole JSON lines, never a cut one.
            foreach (var line in output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var parsed = JsonDocument.Parse(line);
            }
        }

        private static readonly Lazy<bool> EnvRestoresSigint = new Lazy<bool>(() =>
        {
            try
            {
                using var probe = Process.Start(new ProcessStartInfo("env") { ArgumentList = { "--default-signal=INT", "true" }, RedirectStandardError = true, UseShellExecute = false })!;
                probe.StandardError.ReadToEnd();
                probe.WaitForExit();
                return probe.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        });

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int Kill(int pid, int signal);

        // 10. Decoding: one stray byte keeps UTF-8 (with a warning), declared charsets, UTF-16 without a BOM.
        [Fact]
        public void Item10_OneStrayByteKeepsTheFileUtf8AndWarns()
        {
            var text = "Talks resume\n\n\u201CWe are ready,\u201D the minister said on Monday. Caf\u00e9 owners agreed.\n";
            var bytes = Encoding.UTF8.GetBytes(text).ToList();
            bytes.Insert(20, 0xFF);
            var path = WriteBytes("stray.txt", bytes.ToArray());
            var recorder = new WarningRecorder();

            var article = new ArticleReader(ConfigLoader.Defaults) { Reporter = recorder }.ReadFile(path);

            Assert.Contains("\u201CWe \uFFFDare ready,\u201D", article.Text, StringComparison.Ordinal);
            Assert.Contains("\uFFFD", article.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u00e2\u20ac", article.Text, StringComparison.Ordinal);
            Assert.Contains(recorder.Warnings, w => w.Contains("not valid UTF-8 (the first at byte 20)", StringComparison.Ordinal));
        }

        [SkippableFact]
        public void Item10_TheStraitsTimesSeedWithAStrayByteKeepsItsQuotes()
        {
            var seed = TestData.RequireShared("seeds/straitstimes-2018-01-28-japan-china.txt");
            var original = File.ReadAllBytes(seed).ToList();
            var reader = new ArticleReader(ConfigLoader.Defaults);
            var extractor = new QuoteExtractor(ConfigLoader.Defaults);
            var expected = extractor.Extract(reader.ReadFile(seed)).Count(q => q.Kind != QuoteKind.Term);
            // A stray byte between two ASCII characters, as a bad copy-and-paste leaves it.
            var at = Enumerable.Range(original.Count / 2, original.Count / 2).First(i => original[i] == (byte)' ');
            original.Insert(at, 0x9D);
            var damaged = WriteBytes("straitstimes-2018-01-28-japan-china.txt", original.ToArray());

            var found = extractor.Extract(reader.ReadFile(damaged)).Count(q => q.Kind != QuoteKind.Term);

            Assert.Equal(expected, found);
        }

        [Theory]
        [InlineData("windows-1251", "\u041c\u043e\u0441\u043a\u0432\u0430: \u043d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f.")]
        [InlineData("shift_jis", "\u6771\u4eac\u306e\u30cb\u30e5\u30fc\u30b9\u3067\u3059\u3002")]
        public void Item10_MetaCharsetIsHonoured(string charset, string body)
        {
            var html = $"<html><head><meta charset=\"{charset}\"><title>T</title></head><body><article><p>{body}</p><p>{body} {body}</p></article></body></html>";
            var encoding = TextDecoder.EncodingFor(charset)!;
            var path = WriteBytes("page.html", encoding.GetBytes(html));

            var article = new ArticleReader(ConfigLoader.Defaults).ReadFile(path);

            Assert.Contains(body, article.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Item10_AnHttpCharsetWinsAndUtf16WithoutBomIsRecognised()
        {
            var body = "\u041c\u043e\u0441\u043a\u0432\u0430: \u043d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f.";
            var html = $"<html><body><article><p>{body}</p><p>{body} {body}</p></article></body></html>";
            var reader = new ArticleReader(ConfigLoader.Defaults);
            Assert.Contains(body, reader.ReadBytes(TextDecoder.EncodingFor("koi8-r")!.GetBytes(html), "https://example.org/a", "koi8-r").Text, StringComparison.Ordinal);

            var story = "Prices rise\n\nThe baker raised prices on Monday, the owner said.\n";
            Assert.Equal(story, reader.ReadFile(WriteBytes("le.txt", Encoding.Unicode.GetBytes(story))).Text);
            Assert.Equal(story, reader.ReadFile(WriteBytes("be.txt", Encoding.BigEndianUnicode.GetBytes(story))).Text);
        }

        // 11. CR-only and mixed line endings keep their paragraphs and title.
        [Theory]
        [InlineData("\r")]
        [InlineData("mixed")]
        public void Item11_CrOnlyAndMixedLineEndingsKeepParagraphs(string ending)
        {
            var breaks = new[] { "\n", "\r\n", "\r" };
            var sb = new StringBuilder();
            var lines = new[] { "Harbour bridge to reopen" }.Concat(Enumerable.Range(1, 18).Select(i => $"Paragraph {i} of the story says what happened on day {i}.")).ToArray();
            for (var i = 0; i < lines.Length; i++)
            {
                var br = ending == "mixed" ? breaks[i % 3] : ending;
                sb.Append(lines[i]).Append(br).Append(br);
            }

            var text = sb.ToString();
            var article = new ArticleReader(ConfigLoader.Defaults).Parse(text);

            Assert.Equal("Harbour bridge to reopen", article.Title);
            Assert.Equal(18, article.Paragraphs.Count(p => p.Kind == ParagraphKind.Body));
            Assert.All(article.Paragraphs, p => Assert.Equal(p.Text, text.Substring(p.Start, p.Text.Length)));
        }

        // 12. NUL: one rule wherever it stands.
        [Fact]
        public void Item12_NulIsRefusedWhereverItStands()
        {
            var late = Encoding.UTF8.GetBytes("Prices rise\n\n" + new string('x', 20000) + "\0 more text.\n");
            var error = Assert.Throws<NewsToolsException>(() => new ArticleReader(ConfigLoader.Defaults).ReadFile(WriteBytes("late-nul.txt", late)));
            Assert.Equal("BinaryFile", error.ErrorId);

            var text = Assert.Throws<NewsToolsException>(() => new ArticleReader(ConfigLoader.Defaults).Parse("Prices rise\n\nThe baker\0 said so."));
            Assert.Equal("BinaryText", text.ErrorId);
        }

        // 13. A symbolic-link loop under -r: each real folder once.
        [SkippableFact]
        public void Item13_ASymlinkLoopIsVisitedOnce()
        {
            var root = Directory.CreateDirectory(Path.Combine(dir, "loop")).FullName;
            Write("loop/story.txt", "Prices rise\n\nThe baker raised prices on Monday, the owner said.\n");
            try
            {
                Directory.CreateSymbolicLink(Path.Combine(root, "again"), root);
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                Skip.If(true, "cannot create symbolic links here: " + ex.Message);
            }

            var (code, output, _) = Run("import", "-r", root);

            Assert.Equal(0, code);
            Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        // 15. --jsonl text that looks like HTML stays text, so offsets index it as given; "format":"html" asks for HTML.
        [Fact]
        public void Item15_JsonlHtmlLikeTextStaysTextUnlessAsked()
        {
            var text = "<p>Ann Lee said \"no\" on Monday.</p>";
            var file = Write("h.jsonl",
                JsonSerializer.Serialize(new { id = "t", text }) + "\n" +
                JsonSerializer.Serialize(new { id = "h", text, format = "html" }) + "\n");

            var lines = Run("import", "--jsonl", file).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

            using var asText = JsonDocument.Parse(lines[0]);
            Assert.Equal(text, asText.RootElement.GetProperty("Text").GetString());
            Assert.Equal("Text", asText.RootElement.GetProperty("Format").GetString());
            using var asHtml = JsonDocument.Parse(lines[1]);
            Assert.Equal("Html", asHtml.RootElement.GetProperty("Format").GetString());
        }

        // 16. A date with an offset keeps its day; an ambiguous meta date is no date.
        [Fact]
        public void Item16_ReferenceDatesKeepTheDayAsWritten()
        {
            Assert.Equal(new DateTime(2024, 3, 12), CliContext.ParseDate("2024-03-12T23:30:00-05:00", "--reference-date"));
            var file = Write("d.jsonl", "{\"id\":\"d\",\"text\":\"The talks ended yesterday.\",\"dct\":\"2024-03-12T23:30:00-05:00\"}\n");
            Assert.Contains("\"ReferenceDate\":\"2024-03-12\"", Run("import", "--jsonl", file).Output, StringComparison.Ordinal);

            Assert.Equal(new DateTime(2024, 3, 12), ReferenceDateResolver.ParseMetaDate("2024-03-12T23:30:00-05:00")!.Value.Date);
            Assert.Null(ReferenceDateResolver.ParseMetaDate("1/2/3"));
            var html = "<html><head><meta property=\"article:published_time\" content=\"2024-03-12T23:30:00-05:00\"></head><body><article><p>The talks ended yesterday, officials said.</p><p>They resume next week.</p></article></body></html>";
            Assert.Equal(new DateTime(2024, 3, 12), new ArticleReader(ConfigLoader.Defaults).Parse(html).ReferenceDate);
        }

        // 18. CSV cells that a spreadsheet would run as formulas are neutralised.
        [Fact]
        public void Item18_CsvFormulaCellsAreNeutralised()
        {
            var path = Write("=HYPERLINK(1).txt", "=HYPERLINK(\"http://x\")\n\n@SUM(A1) said the baker raised prices on Monday.\n");

            var output = Run("import", "--format", "csv", path).Output;

            Assert.Contains("\n'=HYPERLINK(1),", output, StringComparison.Ordinal);
            Assert.Contains(",\"'=HYPERLINK(", output, StringComparison.Ordinal);
            Assert.DoesNotContain(",=", output, StringComparison.Ordinal);
            Assert.DoesNotContain(",\"=", output, StringComparison.Ordinal);
            Assert.DoesNotContain(",@", output, StringComparison.Ordinal);
            Assert.Equal("-3", OutputWriter.NeutraliseFormula("-3"));
            Assert.Equal("'-x", OutputWriter.NeutraliseFormula("-x"));
            Assert.Equal("'+1+2", OutputWriter.NeutraliseFormula("+1+2"));
        }

        // 19. Terminal escapes in text and file names are shown, not obeyed.
        [Fact]
        public void Item19_ControlCharactersAreEscapedOnTheConsole()
        {
            var path = Write("evil\u001b]0;pwned\u0007.txt", "Red \u001b[31malert\u001b[0m\n\nThe baker \u009b2J raised prices on Monday.\n");
            var missing = Path.Combine(dir, "gone\u001b[2J.txt");

            var (_, output, error) = Run("import", "--format", "table", path, missing);

            Assert.DoesNotContain("\u001b", output + error, StringComparison.Ordinal);
            Assert.DoesNotContain("\u0007", output + error, StringComparison.Ordinal);
            Assert.Contains("\\x1B[2J", error, StringComparison.Ordinal);
            Assert.Contains("\\x1B[31malert", output, StringComparison.Ordinal);
        }

        // 20. Unknown flags and empty values are usage errors.
        [Theory]
        [InlineData("timeline", "--dated-onyl")]
        [InlineData("import", "--recursive")]
        [InlineData("quotes", "--kind", ",")]
        [InlineData("quotes", "--kind", "")]
        [InlineData("import", "-x")]
        public void Item20_UnknownFlagsAndEmptyValuesAreRejectedWithTheUsage(params string[] args)
        {
            var (code, output, error) = Run(args.Concat(new[] { TestData.Samples("valley-times-2024-03-14-orchard.txt") }).ToArray());

            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Contains("usage: newstools " + args[0], error, StringComparison.Ordinal);
        }

        [Fact]
        public void Item20_TheFlagsInEachUsageLineAreAccepted()
        {
            var sample = TestData.Samples("valley-times-2024-03-14-orchard.txt");
            Assert.Equal(0, Run("timeline", "--dated-only", sample).Code);
            Assert.Equal(0, Run("compare", "--group-by-event", sample).Code);
            Assert.Equal(0, Run("import", "-r", sample).Code);
        }

        private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

        private string WriteBytes(string name, byte[] bytes)
        {
            var path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        /// <summary>A stream that fails every write with the given errno, as a closed pipe (32) or a full disk (28) does.</summary>
        private sealed class FailingStream : MemoryStream
        {
            private readonly int errno;

            public FailingStream(int errno)
            {
                this.errno = errno;
            }

            public override void Write(byte[] buffer, int offset, int count) => throw new IOException(errno == 32 ? "Broken pipe" : "No space left on device", errno);

            public override void Flush() => throw new IOException(errno == 32 ? "Broken pipe" : "No space left on device", errno);
        }
    }
}
