using System.Collections.Generic;
using System.Linq;

namespace NewsTools.Cli
{
    /// <summary>
    /// One `newstools` subcommand. Subclasses are found by reflection, so adding a command is adding a file.
    /// </summary>
    internal abstract class CliCommand
    {
        /// <summary>The words that select the command ("quotes", "eval quotes").</summary>
        public abstract string Name { get; }

        /// <summary>One line for the command list.</summary>
        public abstract string Summary { get; }

        /// <summary>The argument synopsis shown in usage ("[--format json|csv|table] PATH...").</summary>
        public abstract string Usage { get; }

        /// <summary>Options that take a value, beyond the common ones (format, jsonl, config, outlet, reference-date).</summary>
        public virtual IReadOnlyCollection<string> ValueOptions => System.Array.Empty<string>();

        /// <summary>
        /// The --flags the command accepts (no value). By default every --name in <see cref="Usage"/> that is not a value
        /// option, so the usage line is the one place that declares them; any other flag is refused as unknown.
        /// </summary>
        public virtual IReadOnlyCollection<string> Flags =>
            System.Text.RegularExpressions.Regex.Matches(Usage, "--([a-z][a-z0-9-]*)").Cast<System.Text.RegularExpressions.Match>()
                .Select(m => m.Groups[1].Value)
                .Where(name => !ValueOptions.Contains(name) && System.Array.IndexOf(CliContext.CommonValueOptions, name) < 0)
                .Concat(new[] { "help", "recurse" })
                .Distinct()
                .ToList();

        /// <returns>The process exit code: 0 when every input went through, 1 when some failed.</returns>
        public abstract int Run(CliContext context, CommandLine args);
    }
}
