using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using NewsTools.Engine;

namespace NewsTools.Cli
{
    /// <summary>Entry point: picks the subcommand by its words and runs it with Ctrl+C wired to cancellation.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            return Run(args, Console.Out, Console.Error, cancel.Token);
        }

        /// <summary>Runs one command line against the given streams (tests call this directly).</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
        {
            var commands = Commands();
            if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
            {
                PrintHelp(output, commands);
                return args.Count == 0 ? 2 : 0;
            }

            if (args[0] == "--version")
            {
                output.WriteLine(typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
                return 0;
            }

            // Longest match first, so "eval quotes" wins over a hypothetical "eval".
            var command = commands
                .Where(c => Matches(c, args))
                .OrderByDescending(c => c.Name.Split(' ').Length)
                .FirstOrDefault();
            if (command == null)
            {
                error.WriteLine($"newstools: unknown command '{string.Join(" ", args.Take(2))}'.");
                PrintHelp(error, commands);
                return 2;
            }

            var rest = args.Skip(command.Name.Split(' ').Length).ToList();
            var context = new CliContext(output, error, cancellation);
            try
            {
                var line = new CommandLine(rest, CliContext.CommonValueOptions.Concat(command.ValueOptions).ToList());
                if (line.Flag("help"))
                {
                    output.WriteLine($"usage: newstools {command.Name} {command.Usage}");
                    output.WriteLine(command.Summary);
                    return 0;
                }

                return command.Run(context, line);
            }
            catch (UsageException ex)
            {
                error.WriteLine($"newstools {command.Name}: {ex.Message}");
                error.WriteLine($"usage: newstools {command.Name} {command.Usage}");
                return 2;
            }
            catch (NewsToolsException ex)
            {
                // Only failures that stop the whole command get here (a bad --config); per-input ones are reported and skipped.
                error.WriteLine($"newstools: {ex.Input}: {ex.Message}");
                return 1;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine("newstools: cancelled.");
                return 130;
            }
        }

        private static bool Matches(CliCommand command, IReadOnlyList<string> args)
        {
            var words = command.Name.Split(' ');
            return words.Length <= args.Count && words.Select((w, i) => w == args[i]).All(x => x);
        }

        internal static IReadOnlyList<CliCommand> Commands() =>
            typeof(Program).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CliCommand).IsAssignableFrom(t))
                .Select(t => (CliCommand)Activator.CreateInstance(t)!)
                .OrderBy(c => c.Name, StringComparer.Ordinal)
                .ToList();

        private static void PrintHelp(TextWriter writer, IReadOnlyList<CliCommand> commands)
        {
            writer.WriteLine("usage: newstools COMMAND [options] PATH... | --jsonl FILE");
            writer.WriteLine();
            foreach (var c in commands)
            {
                writer.WriteLine($"  {c.Name,-16} {c.Summary}");
            }

            writer.WriteLine();
            writer.WriteLine("Common options: --format json|csv|table  --jsonl FILE  --config FILE  --outlet NAME  --title TEXT  --reference-date yyyy-MM-dd  -r (recurse into folders)");
        }
    }
}
