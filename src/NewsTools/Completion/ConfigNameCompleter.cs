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

    /// <summary>Completes -Speaker with the speaker names the configuration knows.</summary>
    public sealed class SpeakerNameCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
            ConfigNames.Complete(fakeBoundParameters, wordToComplete, config => config.Speakers.Select(s => s.Name), "Speaker");
    }

    internal static class ConfigNames
    {
        /// <summary>
        /// Names from the -ConfigPath files on the line (relative paths taken from the PowerShell location, as the command
        /// will), or else from the built-in configuration, NEWSTOOLS_CONFIG and every configuration this session has used:
        /// after `Import-Article -ConfigPath x.yaml`, a later `-Speaker` offers x.yaml's speakers.
        /// </summary>
        public static IEnumerable<CompletionResult> Complete(IDictionary? bound, string? word, Func<NewsToolsConfig, IEnumerable<string>> names, string what)
        {
            var candidates = new List<string>();
            try
            {
                var files = ConfigFiles(bound).Select(ResolveFromLocation).ToList();
                if (files.Count > 0)
                {
                    candidates.AddRange(names(ConfigCache.Load(files)));
                }
                else
                {
                    candidates.AddRange(names(ConfigLoader.Load()));
                    candidates.AddRange(ConfigCache.Known().SelectMany(names));
                }
            }
            catch (Exception)
            {
                // Completion must never throw at the user; a bad config file is reported when the command runs.
                return Array.Empty<CompletionResult>();
            }

            return CompletionCandidates.Match(candidates, word)
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
