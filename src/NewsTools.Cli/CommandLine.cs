using System;
using System.Collections.Generic;

namespace NewsTools.Cli
{
    /// <summary>The arguments after the command name: --name value options, --flags and positional values.</summary>
    internal sealed class CommandLine
    {
        private readonly Dictionary<string, List<string>> options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> flags = new HashSet<string>(StringComparer.Ordinal);

        /// <param name="valueOptions">Options that take a value (without the leading dashes); every other --x is a flag.</param>
        public CommandLine(IReadOnlyList<string> args, ICollection<string> valueOptions)
        {
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (arg == "--")
                {
                    for (i++; i < args.Count; i++)
                    {
                        Positional.Add(args[i]);
                    }

                    break;
                }

                if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
                {
                    var name = arg.Substring(2);
                    string? inlineValue = null;
                    var eq = name.IndexOf('=');
                    if (eq > 0)
                    {
                        inlineValue = name.Substring(eq + 1);
                        name = name.Substring(0, eq);
                    }

                    if (valueOptions.Contains(name))
                    {
                        var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value."));
                        if (!options.TryGetValue(name, out var list))
                        {
                            options[name] = list = new List<string>();
                        }

                        list.Add(value);
                    }
                    else
                    {
                        flags.Add(name);
                    }
                }
                else if (arg == "-r")
                {
                    flags.Add("recurse");
                }
                else
                {
                    Positional.Add(arg);
                }
            }
        }

        public List<string> Positional { get; } = new List<string>();

        public bool Flag(string name) => flags.Contains(name);

        public string? Value(string name) => options.TryGetValue(name, out var list) ? list[list.Count - 1] : null;

        public IReadOnlyList<string> Values(string name) => options.TryGetValue(name, out var list) ? list : (IReadOnlyList<string>)Array.Empty<string>();

        public IEnumerable<string> Flags => flags;
    }

    /// <summary>The command line was wrong: print the message and the command's usage, exit 2.</summary>
    internal sealed class UsageException : Exception
    {
        public UsageException(string message)
            : base(message)
        {
        }
    }
}
