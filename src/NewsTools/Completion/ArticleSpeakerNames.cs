using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.PowerShell.Sessions;

namespace NewsTools.PowerShell.Completion
{
    /// <summary>
    /// The speakers of the articles a command line already names (-Path, -LiteralPath): the built-in configuration knows no
    /// people, so `Get-ArticleQuote ./story.txt -Speaker Var&lt;Tab&gt;` offers the people quoted in story.txt. Bounded so a
    /// keystroke never waits long: the first few files, none larger than an article, and a time cap over them all.
    /// </summary>
    internal static class ArticleSpeakerNames
    {
        internal const int MaxFiles = 5;
        internal const long MaxFileBytes = 2L * 1024 * 1024;
        internal static readonly TimeSpan TimeCap = TimeSpan.FromSeconds(2);

        // Per configuration, the speakers of each file as it was (path, size, write time): pressing Tab again costs nothing.
        private static readonly ConditionalWeakTable<NewsToolsConfig, Dictionary<string, string[]>> Found =
            new ConditionalWeakTable<NewsToolsConfig, Dictionary<string, string[]>>();

        // The cmdlets whose -Path names articles (Get-NewsArchive's names an archive database).
        private static readonly HashSet<string> ArticleCommands = new HashSet<string>(
            typeof(ArticleSpeakerNames).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(Commands.ArticleInputCommandBase).IsAssignableFrom(t))
                .Select(t => t.GetCustomAttributes(typeof(CmdletAttribute), false).OfType<CmdletAttribute>().FirstOrDefault())
                .Where(a => a != null)
                .Select(a => a!.VerbName + "-" + a.NounName),
            StringComparer.OrdinalIgnoreCase);

        /// <summary>Whether the command (as typed, perhaps module-qualified) reads articles from -Path.</summary>
        public static bool ReadsArticles(string? commandName)
        {
            var name = commandName ?? "";
            var slash = name.LastIndexOf('\\');
            return ArticleCommands.Contains(slash >= 0 ? name.Substring(slash + 1) : name);
        }

        public static IEnumerable<string> From(IDictionary? bound, NewsToolsConfig config)
        {
            var files = ArticleFiles(bound);
            if (files.Count == 0)
            {
                return Array.Empty<string>();
            }

            var names = new List<string>();
            var known = Found.GetValue(config, _ => new Dictionary<string, string[]>(StringComparer.Ordinal));
            var clock = Stopwatch.StartNew();
            foreach (var file in files)
            {
                var remaining = TimeCap - clock.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    break;
                }

                var info = new FileInfo(file);
                var stamp = file + "|" + info.Length + "|" + info.LastWriteTimeUtc.Ticks;
                string[]? speakers;
                lock (known)
                {
                    known.TryGetValue(stamp, out speakers);
                }

                if (speakers == null)
                {
                    speakers = Speakers(file, config, remaining);
                    if (speakers == null)
                    {
                        break;
                    }

                    lock (known)
                    {
                        if (known.Count > 256)
                        {
                            known.Clear();
                        }

                        known[stamp] = speakers;
                    }
                }

                names.AddRange(speakers);
            }

            return names;
        }

        /// <summary>The distinct speakers quoted in the file; null when the time ran out first (then nothing is cached).</summary>
        private static string[]? Speakers(string file, NewsToolsConfig config, TimeSpan budget)
        {
            using (var cancel = new CancellationTokenSource(budget))
            {
                try
                {
                    // A reader of its own: the session's cached one belongs to whichever command runs on this thread.
                    var article = new ArticleReader(config) { Reporter = SilentReporter.Instance, MaxBytes = MaxFileBytes }.ReadFile(file, null, cancel.Token);
                    return EngineCache.Quotes(config).Extract(article, SilentReporter.Instance, cancel.Token)
                        .Select(q => q.Speaker)
                        .Where(s => !string.IsNullOrWhiteSpace(s))
                        .Select(s => s!)
                        .Distinct(StringComparer.OrdinalIgnoreCase)
                        .ToArray();
                }
                catch (Exception)
                {
                    // Unreadable or not an article: nothing to offer from it. Out of time: a later Tab may finish it.
                    return cancel.IsCancellationRequested ? null : Array.Empty<string>();
                }
            }
        }

        /// <summary>The existing files -Path (wildcards) and -LiteralPath name, from the PowerShell location, at most <see cref="MaxFiles"/>.</summary>
        private static IReadOnlyList<string> ArticleFiles(IDictionary? bound)
        {
            var result = new List<string>();
            if (bound == null)
            {
                return result;
            }

            // -Path takes wildcards, -LiteralPath does not (no tuples: Windows PowerShell may run on a .NET Framework without them).
            var named = Values(bound, "Path").Select(p => new KeyValuePair<string, bool>(p, false))
                .Concat(Values(bound, "LiteralPath").Select(p => new KeyValuePair<string, bool>(p, true)));
            foreach (var path in named)
            {
                foreach (var file in Resolve(path.Key, path.Value))
                {
                    if (result.Count >= MaxFiles)
                    {
                        return result;
                    }

                    if (File.Exists(file) && new FileInfo(file).Length <= MaxFileBytes && !result.Contains(file, StringComparer.Ordinal))
                    {
                        result.Add(file);
                    }
                }
            }

            return result;
        }

        private static IEnumerable<string> Resolve(string path, bool literal)
        {
            using (var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                // FileSystem only, as the cmdlets read; a wildcard that matches nothing or a path of another provider gives nothing.
                var script = literal
                    ? "param($p) $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($p)"
                    : "param($p) $provider = $null; $files = $ExecutionContext.SessionState.Path.GetResolvedProviderPathFromPSPath($p, [ref] $provider); if ($provider.Name -eq 'FileSystem') { $files | Select-Object -First " + MaxFiles + " }";
                try
                {
                    return shell.AddScript(script).AddArgument(path).Invoke()
                        .Select(o => o?.BaseObject as string)
                        .Where(f => !string.IsNullOrEmpty(f))
                        .Select(f => f!)
                        .ToList();
                }
                catch (Exception)
                {
                    return Array.Empty<string>();
                }
            }
        }

        internal static IEnumerable<string> Values(IDictionary bound, string parameter)
        {
            if (!bound.Contains(parameter))
            {
                return Array.Empty<string>();
            }

            var value = bound[parameter];
            if (value is PSObject wrapped)
            {
                value = wrapped.BaseObject;
            }

            if (value is string single)
            {
                return single.Length > 0 ? new[] { single } : Array.Empty<string>();
            }

            return value is IEnumerable many
                ? many.Cast<object>().Select(o => (o is PSObject p ? p.BaseObject : o)?.ToString() ?? "").Where(p => p.Length > 0).ToList()
                : Array.Empty<string>();
        }
    }
}
