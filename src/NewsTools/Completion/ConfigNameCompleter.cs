using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using NewsTools.Config;

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
        public static IEnumerable<CompletionResult> Complete(IDictionary? bound, string? word, Func<NewsToolsConfig, IEnumerable<string>> names, string what)
        {
            NewsToolsConfig config;
            try
            {
                config = ConfigLoader.Load(ConfigFiles(bound));
            }
            catch (Exception)
            {
                // Completion must never throw at the user; a bad config file is reported when the command runs.
                return Array.Empty<CompletionResult>();
            }

            return CompletionCandidates.Match(names(config), word)
                .Select(n => new CompletionResult(CompletionCandidates.ToCompletionText(n), n, CompletionResultType.ParameterValue, what + ": " + n))
                .ToList();
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

            return value is IEnumerable many ? many.Cast<object>().Select(o => o?.ToString() ?? "").ToList() : Array.Empty<string>();
        }
    }
}
