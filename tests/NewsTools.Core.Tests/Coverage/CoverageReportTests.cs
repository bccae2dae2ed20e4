using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsTools.Config;
using NewsTools.Coverage;
using NewsTools.Time;
using Xunit;
using Xunit.Abstractions;

namespace NewsTools.Tests.Coverage
{
    public sealed class CoverageReportTests
    {
        // Chromium from PATH (Debian's package installs `chromium`; other systems name it differently), or CHROMIUM if set.
        private static readonly string? Chromium = FindChromium();

        private readonly ITestOutputHelper output;

        public CoverageReportTests(ITestOutputHelper output) => this.output = output;

        private static CoverageComparison SeedComparison()
        {
            var (sp, st) = SeedComparisonTests.ReadSeeds()!.Value;
            var comparison = new CoverageComparer(ConfigLoader.Defaults).Compare(
                new[] { sp, st }, "seeds", a => SeedComparisonTests.GoldQuotes(a, a == sp ? "sputnik-2018-01-28-china-japan.txt" : "straitstimes-2018-01-28-japan-china.txt"), default);
            return comparison;
        }

        [Fact]
        public void EverythingFromArticlesIsEscaped()
        {
            var evil = "<script>alert('x')</script> & <b onmouseover=\"x\">bold</b> claims about the harbour.\n\nThe harbour board said <i>nothing</i>.";
            var a = CoverageTestData.Make("a<1>", "<img src=x onerror=alert(1)>", "Title <script>", evil);
            var b = CoverageTestData.Make("b", "Other", "The harbour", "The harbour board said nothing about the claims & the <script> tag.");
            var comparison = new CoverageComparer(ConfigLoader.Defaults).Compare(new[] { a, b }, "g<1>", _ => Array.Empty<NewsTools.Quotes.Quote>(), default);
            comparison.Timeline = new[] { new TimelineEvent { Date = new DateTime(2018, 1, 28), Value = "2018-01-28", Event = "Ministers meet <in> Beijing & talk", Sources = new[] { new EventSource { Outlet = "<Other>", ArticleId = "b" } } } };
            var html = CoverageReportWriter.ToHtml(new[] { comparison });
            Assert.Contains("Ministers meet &lt;in&gt; Beijing &amp; talk", html, StringComparison.Ordinal);
            Assert.Contains("&lt;Other&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b onmouseover", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        }

        [SkippableFact]
        public void SeedReportIsSelfContainedWithAllParts()
        {
            Skip.IfNot(SeedComparisonTests.ReadSeeds() != null, "../shared not found: seeds");
            var comparison = SeedComparison();
            var html = CoverageReportWriter.ToHtml(new[] { comparison });

            // No external asset: nothing is loaded from anywhere.
            Assert.DoesNotMatch(new Regex("(src|href)\\s*=\\s*\"(https?:)?//", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), html);
            Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<mark class=\"shared\">", html, StringComparison.Ordinal);
            Assert.Contains("<mark class=\"unique\">", html, StringComparison.Ordinal);
            Assert.Contains("<mark class=\"discrepancy\">", html, StringComparison.Ordinal);
            Assert.Contains("<del>not give up</del> <ins>neither relax in</ins>", html, StringComparison.Ordinal);
            Assert.Contains("<table class=\"voice\">", html, StringComparison.Ordinal);
            Assert.Contains("<svg class=\"timeline\"", html, StringComparison.Ordinal);
            Assert.NotEmpty(comparison.Timeline);
            Assert.Equal(comparison.Timeline.Count, Occurrences(html, "<g class=\"event\">"));
        }

        [SkippableFact]
        public void SeedReportRendersInHeadlessChromium()
        {
            Skip.IfNot(SeedComparisonTests.ReadSeeds() != null, "../shared not found: seeds");
            Skip.IfNot(Chromium != null, "chromium is not on PATH (nor named by CHROMIUM); apt-get install -y chromium, as .ci/run does");
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "coverage-report");
            Directory.CreateDirectory(folder);
            var page = Path.Combine(folder, "seeds-report.html");
            var comparison = SeedComparison();
            File.WriteAllText(page, CoverageReportWriter.ToHtml(new[] { comparison }));
            var url = new Uri(page).AbsoluteUri;

            var dom = RunChromium("--dump-dom " + url);
            Assert.Contains("<section class=\"comparison\" id=\"seeds\">", dom, StringComparison.Ordinal);
            Assert.Equal(2, Occurrences(dom, "<article class=\"article\""));
            Assert.True(Occurrences(dom, "<mark class=\"shared\">") >= 3);
            Assert.Contains("<mark class=\"discrepancy\">", dom, StringComparison.Ordinal);
            Assert.Equal(2, Occurrences(dom, "<tr class=\"statement\">"));
            Assert.Contains("<table class=\"voice\">", dom, StringComparison.Ordinal);
            Assert.True(comparison.Timeline.Count > 0, "the time engine gave no dated event for the seeds");
            Assert.Equal(comparison.Timeline.Count, Occurrences(dom, "<g class=\"event\">"));

            var png = Path.Combine(folder, "seeds-report.png");
            File.Delete(png);
            RunChromium("--screenshot=" + png + " --window-size=1400,2400 " + url);
            Assert.True(File.Exists(png), "no screenshot written");
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 20_000, "the screenshot is too small to show a rendered page");
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes.Take(4).ToArray());
            output.WriteLine("screenshot: " + png);
        }

        private static int Occurrences(string text, string what)
        {
            var n = 0;
            for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
            {
                n++;
            }

            return n;
        }

        private static string? FindChromium()
        {
            var named = Environment.GetEnvironmentVariable("CHROMIUM");
            if (!string.IsNullOrEmpty(named) && File.Exists(named))
            {
                return named;
            }

            var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
            return new[] { "chromium", "chromium-browser", "google-chrome", "chrome" }
                .SelectMany(name => dirs.Select(dir => Path.Combine(dir, name)))
                .FirstOrDefault(File.Exists);
        }

        private static string RunChromium(string arguments)
        {
            var profile = Path.Combine(Path.GetTempPath(), "newstools-chromium-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(profile);
            try
            {
                var info = new ProcessStartInfo(Chromium!, "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=" + profile + " " + arguments)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                using var process = Process.Start(info)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(90_000))
                {
                    process.Kill(true);
                    throw new TimeoutException("chromium did not finish in 90 s");
                }

                return stdout.Result;
            }
            finally
            {
                try
                {
                    Directory.Delete(profile, true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
