using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using NewsTools.Config;
using NewsTools.PowerShell.Sessions;

namespace NewsTools.PowerShell.Completion
{
    /// <summary>Completes -Outlet with the outlet names the configuration knows (built-in plus -ConfigPath or NEWSTOOLS_CONFIG).</summary>
    public sealed class OutletNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            ConfigNames.Complete(fakeBoundParameters, wordToComplete, config => config.Outlets.Select(o => o.Name), "Outlet");
    }

    /// <summary>
    /// Completes -Speaker with the speakers the configuration knows (a word of the name or of an alias matches: 'may' offers
    /// the name of the speaker aliased 'the mayor') and the people quoted in the articles -Path or -LiteralPath already name
    /// on the line, which is where names come from with the built-in configuration: it knows no people.
    /// </summary>
    public sealed class SpeakerNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            ConfigNames.Complete(
                fakeBoundParameters,
                wordToComplete,
                config => config.Speakers.Select(s => s.Name),
                "Speaker",
                ArticleSpeakerNames.ReadsArticles(commandName) ? ArticleSpeakerNames.From : null,
                config => config.Speakers.Where(s => CompletionCandidates.Match(s.Aliases, wordToComplete).Count > 0).Select(s => s.Name));
    }

    internal static class ConfigNames
    {
        /// <summary>
        /// Names from the -ConfigPath files on the line (relative paths taken from the PowerShell location, as the command
        /// will), or else from the built-in configuration, NEWSTOOLS_CONFIG and every configuration this session has used:
        /// after `Import-Article -ConfigPath x.yaml`, a later `-Speaker` offers x.yaml's speakers.
        /// </summary>
        /// <param name="fromLine">More names from what else the line names (the articles of -Path), read with the configuration in use.</param>
        /// <param name="matchedOtherwise">Names to offer even though no word of theirs matches (one of their aliases did).</param>
        public static IEnumerable<CompletionResult> Complete(
            IDictionary? bound,
            string? word,
            Func<NewsToolsConfig, IEnumerable<string>> names,
            string what,
            Func<IDictionary?, NewsToolsConfig, IEnumerable<string>>? fromLine = null,
            Func<NewsToolsConfig, IEnumerable<string>>? matchedOtherwise = null)
        {
            var candidates = new List<string>();
            var configs = new List<NewsToolsConfig>();
            try
            {
                var files = ConfigFiles(bound).Select(ResolveFromLocation).ToList();
                var inUse = files.Count > 0 ? ConfigCache.Load(files) : ConfigLoader.Load();
                configs.Add(inUse);
                if (files.Count == 0)
                {
                    configs.AddRange(ConfigCache.Known());
                }

                candidates.AddRange(configs.SelectMany(names));
                if (fromLine != null)
                {
                    candidates.AddRange(fromLine(bound, inUse));
                }
            }
            catch (Exception)
            {
                // Completion must never throw at the user; a bad config file is reported when the command runs.
                return Array.Empty<CompletionResult>();
            }

            var matched = CompletionCandidates.Match(candidates, word);
            if (matchedOtherwise != null)
            {
                matched = matched.Concat(configs.SelectMany(matchedOtherwise)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            }

            return matched
                .Select(n => new CompletionResult(CompletionCandidates.ToCompletionText(n), n, CompletionResultType.ParameterValue, what + ": " + n))
                .ToList();
        }

        /// <summary>The file a path on the command line names, relative to the current PowerShell location (not the process's).</summary>
        private static string ResolveFromLocation(string path)
        {
            using (var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                var resolved = shell.AddScript("param($p) $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($p)").AddArgument(path).Invoke();
                return resolved.Count == 1 && resolved[0]?.BaseObject is string file ? file : path;
            }
        }

        private static IEnumerable<string> ConfigFiles(IDictionary? bound)
        {
            if (bound == null || !bound.Contains("ConfigPath"))
            {
                return Array.Empty<string>();
            }

            var value = bound["ConfigPath"];
            if (value is PSObject wrapped)
            {
                value = wrapped.BaseObject;
            }

            if (value is string single)
            {
                return new[] { single };
            }

            return value is IEnumerable many ? many.Cast<object>().Select(o => o?.ToString() ?? "").Where(p => p.Length > 0).ToList() : Array.Empty<string>();
        }
    }
}
