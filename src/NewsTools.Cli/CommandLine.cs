using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsTools.Cli
{
    /// <summary>The arguments after the command name: --name value options, --flags and positional values.</summary>
    internal sealed class CommandLine
    {
        private readonly Dictionary<string, List<string>> options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        private readonly HashSet<string> flags = new HashSet<string>(StringComparer.Ordinal);

        /// <param name="valueOptions">Options that take a value (without the leading dashes).</param>
        /// <param name="knownFlags">The flags the command accepts; any other --x is a usage error (null accepts any).</param>
        public CommandLine(IReadOnlyList<string> args, ICollection<string> valueOptions, IReadOnlyCollection<string>? knownFlags = null)
        {
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (arg == "--")
                {
                    // Everything after "--" is a path, even "-r" or "--help".
                    for (i++; i < args.Count; i++)
                    {
                        Positional.Add(args[i]);
                    }

                    break;
                }

                if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
                {
                    i = ReadLongOption(args, i, valueOptions, knownFlags);
                }
                else if (arg == "-r")
                {
                    flags.Add("recurse");
                }
                else if (arg == "-h")
                {
                    flags.Add("help");
                }
                else if (arg.Length > 1 && arg[0] == '-' && !char.IsDigit(arg[1]))
                {
                    throw new UsageException($"Unknown option '{arg}' (a file whose name starts with '-' goes after '--').");
                }
                else
                {
                    Positional.Add(arg);
                }
            }
        }

        /// <summary>
        /// Reads "--name", "--name value" or "--name=value" at <paramref name="i"/>; returns the index of the last argument it
        /// used. A value option needs a value, a flag takes none, and any other name is a usage error.
        /// </summary>
        private int ReadLongOption(IReadOnlyList<string> args, int i, ICollection<string> valueOptions, IReadOnlyCollection<string>? knownFlags)
        {
            var name = args[i].Substring(2);
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
                // "--kind ," or "--format ''" names nothing: as wrong as a missing value, not a silent "all".
                if (value.Trim(',', ' ', '\t').Length == 0)
                {
                    throw new UsageException($"--{name} needs a value.");
                }

                if (!options.TryGetValue(name, out var list))
                {
                    options[name] = list = new List<string>();
                }

                list.Add(value);
                return i;
            }

            if (knownFlags != null && !knownFlags.Contains(name))
            {
                throw new UsageException($"Unknown option '--{name}'.");
            }

            if (inlineValue != null)
            {
                throw new UsageException($"--{name} takes no value.");
            }

            flags.Add(name);
            return i;
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
