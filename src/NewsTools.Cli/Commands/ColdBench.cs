using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Tasks;

namespace NewsTools.Cli.Commands
{
    /// <summary>
    /// The bench's cold half: what users wait for when they run a command once. Whole processes (newstools verbs over the
    /// corpus and on one small file, the first cmdlet call in a fresh pwsh, and the peers chrono-node and compromise when
    /// tools/peers is installed) run in turn, round after round, so every command sees the same machine load; each is
    /// reported as its median wall time with the range, and the targets as ratios of medians within this one run.
    /// </summary>
    internal static class ColdBench
    {
        /// <summary>One command to time: a name, the program and its arguments, and where to run it.</summary>
        private sealed class Run
        {
            public Run(string name, string program, IEnumerable<string> arguments, string directory, bool firstRoundOnly = false)
            {
                FirstRoundOnly = firstRoundOnly;
                Name = name;
                Program = program;
                Arguments = arguments.ToList();
                Directory = directory;
            }

            public string Name { get; }

            public string Program { get; }

            public List<string> Arguments { get; }

            public string Directory { get; }

            /// <summary>A peer so much slower that one run settles the ratio and more would only make the bench long.</summary>
            public bool FirstRoundOnly { get; }

            /// <summary>Puts back what the run leaves: untimed before each timed run and once after the last (the archive run starts from no archive and leaves none).</summary>
            public Action? Reset { get; set; }

            /// <summary>Keep what the command prints last (the pwsh probe and the in-process peer print their figures).</summary>
            public bool KeepsLastLines { get; set; }

            public List<double> Seconds { get; } = new List<double>();

            /// <summary>User plus system CPU seconds of each run: steadier than wall time on a shared machine.</summary>
            public List<double> CpuSeconds { get; } = new List<double>();

            /// <summary>What the command printed last (the pwsh probe prints its own timings there).</summary>
            public List<string> LastLines { get; } = new List<string>();

            /// <summary>
            /// Seconds the probe timed inside pwsh, from Import-Module to the last object ("in-session-ms N"): what a user
            /// waits for in a PowerShell session that is already running, without pwsh's own start.
            /// </summary>
            public List<double> InSessionSeconds { get; } = new List<double>();

            public string? Failure { get; set; }

            public double Median => MedianOf(Seconds);

            public double CpuMedian => MedianOf(CpuSeconds);

            public double InSessionMedian => MedianOf(InSessionSeconds);

            private static double MedianOf(List<double> values)
            {
                var sorted = values.OrderBy(s => s).ToList();
                return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
            }
        }

        /// <param name="files">The corpus files and <paramref name="bytes"/> their size, as the bench listed them.</param>
        public static void Measure(TextWriter o, string repoRoot, string corpus, IReadOnlyList<string> files, long bytes, int rounds)
        {
            var small = SmallFile(files);
            var runs = NewstoolsRuns(repoRoot, corpus, small);
            var havePeers = AddPeerRuns(runs, repoRoot, corpus, small);
            var haveModule = AddPwshRuns(runs, repoRoot, corpus, small);
            o.WriteLine();
            o.WriteLine($"cold: whole processes, {rounds} round(s) in turn (compromise in the first only); one file = {small} ({new FileInfo(small).Length / 1e3:0.0} KB)");
            if (!havePeers)
            {
                o.WriteLine("  peers not installed (node with `npm ci` in tools/peers): chrono-node and compromise left out");
            }

            if (PwshUsed != null)
            {
                o.WriteLine("  pwsh probes run " + PwshUsed);
            }

            if (!haveModule)
            {
                o.WriteLine("  module not built (./build.ps1 writes out/NewsTools) or dotnet not on PATH: the pwsh probes left out");
            }

            // Round after round, every run in turn, so a slow minute on a shared machine slows them all alike.
            for (var round = 0; round < rounds; round++)
            {
                foreach (var run in runs.Where(r => r.Failure == null && (round == 0 || !r.FirstRoundOnly)))
                {
                    Time(run);
                }
            }

            foreach (var run in runs)
            {
                run.Reset?.Invoke();
            }

            WriteRuns(o, runs);
            WriteRatios(o, runs);
            if (runs.FirstOrDefault(r => r.Name == ArchiveRun && r.Failure == null) is Run add)
            {
                o.WriteLine($"  {"archive add, whole process, MB/s (wall)",-52} {bytes / 1e6 / add.Median,6:0.0}   (target >= 10 MB/s; range {bytes / 1e6 / add.Seconds.Max():0.0}-{bytes / 1e6 / add.Seconds.Min():0.0})");
            }
        }

        /// <summary>This very command over the corpus per verb, with one thread, and on one small file.</summary>
        private static List<Run> NewstoolsRuns(string repoRoot, string corpus, string small)
        {
            var self = SelfCommand();
            var runs = new List<Run>();
            foreach (var verb in new[] { "import", "quotes", "timex", "timeline" })
            {
                runs.Add(new Run("newstools " + verb + " -r corpus", self[0], self.Skip(1).Concat(new[] { verb, "-r", corpus }), repoRoot));
            }

            runs.Add(new Run("newstools quotes -r corpus --parallel 1", self[0], self.Skip(1).Concat(new[] { "quotes", "--parallel", "1", "-r", corpus }), repoRoot));
            runs.Add(new Run("newstools quotes, one file", self[0], self.Skip(1).Concat(new[] { "quotes", small }), repoRoot));
            runs.Add(new Run("newstools timex, one file", self[0], self.Skip(1).Concat(new[] { "timex", small }), repoRoot));

            // What a scheduled run that keeps an archive does first: every article into a new archive, with quotes, time
            // expressions, timeline events and grouping.
            var archive = Path.Combine(Path.GetTempPath(), "newstools-cold-archive-" + Guid.NewGuid().ToString("N") + ".db");
            runs.Add(new Run(ArchiveRun, self[0], self.Skip(1).Concat(new[] { "archive", "add", "--db", archive, "-r", corpus }), repoRoot)
            {
                Reset = () => DeleteArchive(archive),
            });
            return runs;
        }

        private const string ArchiveRun = "newstools archive add -r corpus (new db)";

        private static void DeleteArchive(string path)
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            {
                File.Delete(file);
            }
        }

        /// <summary>chrono-node and compromise, when node and the peers (tools/peers) are installed.</summary>
        private static bool AddPeerRuns(List<Run> runs, string repoRoot, string corpus, string small)
        {
            var peers = Path.Combine(repoRoot, "tools", "peers");
            var node = FindOnPath("node");
            if (node == null || !Directory.Exists(Path.Combine(peers, "node_modules", "chrono-node")) || !Directory.Exists(Path.Combine(peers, "node_modules", "compromise")))
            {
                return false;
            }

            var script = Path.Combine(peers, "run.mjs");
            runs.Add(new Run("chrono-node, corpus", node, new[] { script, "chrono", corpus }, repoRoot));
            runs.Add(new Run("compromise, corpus", node, new[] { script, "compromise", corpus }, repoRoot, firstRoundOnly: true));
            runs.Add(new Run("chrono-node, one file", node, new[] { script, "chrono", small }, repoRoot));
            return true;
        }

        /// <summary>The cmdlet in a fresh pwsh, when the module is built: its first call on one file, and a folder with and without threads.</summary>
        private static bool AddPwshRuns(List<Run> runs, string repoRoot, string corpus, string small)
        {
            var module = Path.Combine(repoRoot, "out", "NewsTools", "NewsTools.psd1");
            var dotnet = FindOnPath("dotnet");
            if (!File.Exists(module) || dotnet == null)
            {
                return false;
            }

            var (program, prefix, how) = PwshCommand(repoRoot, dotnet);
            PwshUsed = how;

            // Timed inside pwsh as well, so the probe separates pwsh's own start-up from the module's first call.
            var oneFile = "$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module " + Quote(module) + "; $i = $w.Elapsed.TotalMilliseconds; "
                + "$null = Get-ArticleQuote -LiteralPath " + Quote(small) + "; $c = $w.Elapsed.TotalMilliseconds; "
                + "'import-ms ' + $i; 'first-call-ms ' + $c";
            var folder = "$w = [Diagnostics.Stopwatch]::StartNew(); Import-Module " + Quote(module) + "; Get-ChildItem -LiteralPath " + Quote(corpus)
                + " -Recurse -File | Get-ArticleQuote | Out-Null; 'in-session-ms ' + $w.Elapsed.TotalMilliseconds";
            IEnumerable<string> Pwsh(string script) => prefix.Concat(new[] { "-NoProfile", "-NonInteractive", "-Command", script });
            runs.Add(new Run("pwsh: first Get-ArticleQuote, one file", program, Pwsh(oneFile), repoRoot) { KeepsLastLines = true });
            runs.Add(new Run("pwsh: Get-ArticleQuote, corpus", program, Pwsh(folder), repoRoot) { KeepsLastLines = true });
            runs.Add(new Run("pwsh: Get-ArticleQuote -ThrottleLimit 1, corpus", program, Pwsh(folder.Replace("| Get-ArticleQuote |", "| Get-ArticleQuote -ThrottleLimit 1 |")), repoRoot) { KeepsLastLines = true });
            return true;
        }

        /// <summary>How the pwsh probes were started, for the report.</summary>
        private static string? PwshUsed { get; set; }

        /// <summary>
        /// How to start pwsh the way a user's scheduled job does: an installed pwsh on PATH, or else the repository's local
        /// tool (.config/dotnet-tools.json) started from its own entry assembly. `dotnet pwsh` itself first starts the SDK to
        /// look the tool up (about 0.45 CPU-s and a third of a second here), on every run, which no installed pwsh does.
        /// </summary>
        private static (string Program, string[] Prefix, string How) PwshCommand(string repoRoot, string dotnet)
        {
            var installed = FindOnPath("pwsh");
            if (installed != null)
            {
                return (installed, Array.Empty<string>(), "pwsh on PATH (" + installed + ")");
            }

            var probe = new Run("pwsh entry assembly", dotnet, new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", "[Reflection.Assembly]::GetEntryAssembly().Location" }, repoRoot) { KeepsLastLines = true };
            Time(probe);
            var entry = probe.Failure == null && probe.LastLines.Count > 0 ? probe.LastLines[probe.LastLines.Count - 1].Trim() : "";
            if (entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && File.Exists(entry))
            {
                return (dotnet, new[] { entry }, "the local tool's pwsh, started as `dotnet " + entry + "` (not through `dotnet pwsh`, which starts the SDK first)");
            }

            return (dotnet, new[] { "pwsh" }, "`dotnet pwsh` (the local tool, looked up by the SDK on each run)");
        }

        private static void WriteRuns(TextWriter o, List<Run> runs)
        {
            foreach (var run in runs)
            {
                if (run.Failure != null)
                {
                    o.WriteLine($"  {run.Name,-40} failed: {run.Failure}");
                    continue;
                }

                var extra = run.InSessionSeconds.Count > 0
                    ? $"  (in the running pwsh, from Import-Module: {run.InSessionMedian:0.00} s median ({run.InSessionSeconds.Min():0.00}-{run.InSessionSeconds.Max():0.00}))"
                    : run.LastLines.Count > 0 ? "  (in pwsh, last round: " + string.Join(", ", run.LastLines) + ")" : "";
                var cpu = run.CpuSeconds.Count > 0 ? $"  CPU {run.CpuMedian,6:0.00} s median ({run.CpuSeconds.Min():0.00}-{run.CpuSeconds.Max():0.00})" : "";
                o.WriteLine($"  {run.Name,-42} wall {run.Median,6:0.00} s median ({run.Seconds.Min():0.00}-{run.Seconds.Max():0.00}){cpu}{extra}");
            }
        }

        /// <summary>Each comparison the targets name, by wall time and by CPU time (medians; NaN when a run is missing or failed).</summary>
        private static void WriteRatios(TextWriter o, List<Run> runs)
        {
            foreach (var cpu in new[] { false, true })
            {
                double M(string name) => runs.FirstOrDefault(r => r.Name == name && r.Failure == null) is Run run ? (cpu ? run.CpuMedian : run.Median) : double.NaN;
                var of = cpu ? " (CPU)" : " (wall)";
                Ratio(o, "chrono-node / newstools timex, corpus" + of, M("chrono-node, corpus"), M("newstools timex -r corpus"), "target >= 3x");
                Ratio(o, "compromise / newstools quotes, corpus" + of, M("compromise, corpus"), M("newstools quotes -r corpus"), "target >= 20x");
                Ratio(o, "chrono-node / newstools quotes, one file" + of, M("chrono-node, one file"), M("newstools quotes, one file"), "target >= 1x");
                Ratio(o, "chrono-node / newstools timex, one file" + of, M("chrono-node, one file"), M("newstools timex, one file"), "target >= 1x");
                Ratio(o, "quotes --parallel 1 / default (" + Environment.ProcessorCount + " threads)" + of, M("newstools quotes -r corpus --parallel 1"), M("newstools quotes -r corpus"), "target >= 1.7x with 2 wall, ~1x CPU");
                Ratio(o, "newstools quotes / pwsh Get-ArticleQuote, corpus" + of, M("newstools quotes -r corpus"), M("pwsh: Get-ArticleQuote, corpus"), "target >= 0.67x (within 1.5x)");
                Ratio(o, "newstools quotes --parallel 1 / pwsh -ThrottleLimit 1, corpus" + of, M("newstools quotes -r corpus --parallel 1"), M("pwsh: Get-ArticleQuote -ThrottleLimit 1, corpus"), "target >= 0.67x (within 1.5x)");
                Ratio(o, "pwsh -ThrottleLimit 1 / default (" + Environment.ProcessorCount + " threads)" + of, M("pwsh: Get-ArticleQuote -ThrottleLimit 1, corpus"), M("pwsh: Get-ArticleQuote, corpus"), "more than 1x wall with 2 cores");
                if (!cpu)
                {
                    // In a session that is already running: pwsh's own start is not the module's, and a user pays it once.
                    double S(string name) => runs.FirstOrDefault(r => r.Name == name && r.Failure == null) is Run run ? run.InSessionMedian : double.NaN;
                    Ratio(o, "newstools quotes / Get-ArticleQuote in a running pwsh, corpus (wall)", M("newstools quotes -r corpus"), S("pwsh: Get-ArticleQuote, corpus"), "target >= 0.67x (within 1.5x)");
                    Ratio(o, "newstools quotes --parallel 1 / -ThrottleLimit 1 in a running pwsh (wall)", M("newstools quotes -r corpus --parallel 1"), S("pwsh: Get-ArticleQuote -ThrottleLimit 1, corpus"), "target >= 0.67x (within 1.5x)");
                }
            }
        }

        /// <summary>Chrono-node's in-process speed on the corpus (texts in memory, settled like the bench's stages), or null.</summary>
        public static double? ChronoInProcess(TextWriter o, string repoRoot, string corpus)
        {
            var peers = Path.Combine(repoRoot, "tools", "peers");
            var node = FindOnPath("node");
            if (node == null || !Directory.Exists(Path.Combine(peers, "node_modules", "chrono-node")))
            {
                o.WriteLine("chrono-node in process: not installed (node with `npm ci` in tools/peers)");
                return null;
            }

            var run = new Run("chrono-node in process", node, new[] { Path.Combine(peers, "run.mjs"), "chrono", "--bench", corpus }, repoRoot) { KeepsLastLines = true };
            Time(run);
            if (run.Failure != null || run.LastLines.Count == 0)
            {
                o.WriteLine($"chrono-node in process: failed: {run.Failure}");
                return null;
            }

            using var doc = JsonDocument.Parse(run.LastLines[run.LastLines.Count - 1]);
            var perCpu = doc.RootElement.GetProperty("mbPerCpuSecond").GetDouble();
            o.WriteLine($"chrono-node in process  {doc.RootElement.GetProperty("mbPerWallSecond").GetDouble(),6:0.0} MB/s wall {perCpu,6:0.0} MB/s per CPU-s  (cold first pass {doc.RootElement.GetProperty("coldMbPerSecond").GetDouble(),5:0.0} MB/s; texts in memory)");
            return perCpu;
        }

        public static void Ratio(TextWriter o, string what, double numerator, double denominator, string target)
        {
            if (!double.IsNaN(numerator) && !double.IsNaN(denominator) && denominator > 0)
            {
                o.WriteLine($"  {what,-52} {numerator / denominator,6:0.00}x  ({target})");
            }
        }

        private static void Time(Run run)
        {
            var start = new ProcessStartInfo(run.Program)
            {
                WorkingDirectory = run.Directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in run.Arguments)
            {
                start.ArgumentList.Add(argument);
            }

            run.Reset?.Invoke();
            var cpuBefore = ChildrenCpuSeconds();
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;

            // Only the last lines are kept: the verbs write megabytes of JSON Lines that nobody reads here.
            var lines = new Queue<string>();
            var readOut = Task.Run(() =>
            {
                string? line;
                while ((line = process.StandardOutput.ReadLine()) != null)
                {
                    lines.Enqueue(line);
                    if (lines.Count > 4)
                    {
                        lines.Dequeue();
                    }
                }
            });
            var readErr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            readOut.Wait();
            watch.Stop();
            if (process.ExitCode != 0)
            {
                var err = readErr.Result.Trim();
                run.Failure = $"exit code {process.ExitCode}: {(err.Length > 300 ? err.Substring(0, 300) : err)}";
                return;
            }

            run.Seconds.Add(watch.Elapsed.TotalSeconds);
            var cpuAfter = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? process.TotalProcessorTime.TotalSeconds : ChildrenCpuSeconds();
            if (cpuAfter >= 0 && cpuBefore >= 0)
            {
                run.CpuSeconds.Add(RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? cpuAfter : cpuAfter - cpuBefore);
            }
            run.LastLines.Clear();
            if (run.KeepsLastLines)
            {
                run.LastLines.AddRange(lines);
                foreach (var line in lines)
                {
                    const string InSession = "in-session-ms ";
                    if (line.StartsWith(InSession, StringComparison.Ordinal)
                        && double.TryParse(line.Substring(InSession.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
                    {
                        run.InSessionSeconds.Add(ms / 1000);
                    }
                }
            }
        }

        /// <summary>
        /// CPU seconds of all children this process has waited for (getrusage RUSAGE_CHILDREN on Linux and macOS; the runtime
        /// reaps children as they exit, and the bench runs one at a time), 0 on Windows where the process handle tells, -1 if unknown.
        /// </summary>
        private static double ChildrenCpuSeconds()
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return 0;
            }

            try
            {
                var usage = new long[18];
                return GetRusage(-1, usage) == 0 ? usage[0] + usage[1] / 1e6 + usage[2] + usage[3] / 1e6 : -1;
            }
            catch (Exception ex) when (ex is DllNotFoundException || ex is EntryPointNotFoundException)
            {
                return -1;
            }
        }

        // struct rusage starts with two struct timevals (user, system), each two longs on 64-bit Unix; the rest is not read.
        [DllImport("libc", EntryPoint = "getrusage")]
        private static extern int GetRusage(int who, [Out] long[] usage);

        /// <summary>How to start this same newstools again: its apphost, or dotnet with its assembly.</summary>
        private static string[] SelfCommand()
        {
            var process = Environment.ProcessPath ?? "dotnet";
            var name = Path.GetFileNameWithoutExtension(process);
            return name.Equals("dotnet", StringComparison.OrdinalIgnoreCase)
                ? new[] { process, typeof(ColdBench).Assembly.Location }
                : new[] { process };
        }

        /// <summary>The corpus file nearest 2.6 KB, a typical short news story.</summary>
        private static string SmallFile(IReadOnlyList<string> files) =>
            files
                .OrderBy(f => Math.Abs(new FileInfo(f).Length - 2600))
                .ThenBy(f => f, StringComparer.Ordinal)
                .First();

        private static string? FindOnPath(string program)
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                foreach (var candidate in new[] { program, program + ".exe" })
                {
                    var path = Path.Combine(dir, candidate);
                    if (dir.Length > 0 && File.Exists(path))
                    {
                        return path;
                    }
                }
            }

            return null;
        }

        private static string Quote(string path) => "'" + path.Replace("'", "''") + "'";
    }
}
