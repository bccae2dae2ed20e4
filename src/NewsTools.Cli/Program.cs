using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using NewsTools.Cli.Commands;
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

            // Our own stream over standard output, so a closed pipe and a full disk are seen (the console's stream hides
            // the first); buffered when redirected, written through on a terminal so results show as they come.
            using var output = new StreamWriter(new GuardedOutputStream(OpenStandardOutput()), new UTF8Encoding(false), 1 << 16)
            {
                AutoFlush = !Console.IsOutputRedirected,
            };
            var code = Run(args, output, Console.Error, cancel.Token);
            try
            {
                output.Flush();
                return code;
            }
            catch (OutputStreamException ex)
            {
                return OutputFailed(ex, Console.Error);
            }
        }

        private static Stream OpenStandardOutput()
        {
            if (Environment.OSVersion.Platform == PlatformID.Win32NT)
            {
                return Console.OpenStandardOutput();
            }

            try
            {
                // Only for pipes and terminals: on a seekable file FileStream writes at its own remembered offset, which
                // would overwrite what others write to the same redirected file; the console stream appends there.
                var stream = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)1, false), FileAccess.Write, 1);
                if (!stream.CanSeek)
                {
                    return stream;
                }

                stream.Dispose();
                return Console.OpenStandardOutput();
            }
            catch (Exception ex) when (ex is IOException || ex is ArgumentException || ex is UnauthorizedAccessException)
            {
                return Console.OpenStandardOutput();
            }
        }

        /// <summary>A closed pipe (`| head` has what it wanted) ends the run quietly, as SIGPIPE would; a full disk is an error.</summary>
        private static int OutputFailed(OutputStreamException ex, TextWriter error)
        {
            if (ex.ClosedPipe)
            {
                return 141;
            }

            try
            {
                error.WriteLine($"newstools: cannot write the output: {ex.Message}");
            }
            catch (IOException)
            {
            }

            return 1;
        }

        /// <summary>Runs one command line against the given streams (tests call this directly).</summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellation = default)
        {
            var commands = Commands();
            if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
            {
                PrintHelp(output, commands);
                return args.Count == 0 ? ExitUsage : 0;
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
                return ExitUsage;
            }

            return RunCommand(command, args.Skip(command.Name.Split(' ').Length).ToList(), output, error, cancellation);
        }

        /// <summary>Usage errors (unknown options, empty values): 2, as getopt-style tools do.</summary>
        private const int ExitUsage = 2;

        /// <summary>Stopped by Ctrl+C: 128 + SIGINT, as a shell reports it.</summary>
        private const int ExitCancelled = 130;

        /// <summary>A failure of the program itself, not of an input (EX_SOFTWARE in sysexits.h).</summary>
        private const int ExitInternalError = 70;

        /// <summary>
        /// One command over its own arguments; whatever stops the whole command becomes one message and an exit code (failures
        /// of one input are reported where they happen and do not get here).
        /// </summary>
        private static int RunCommand(CliCommand command, List<string> rest, TextWriter output, TextWriter error, CancellationToken cancellation)
        {
            var context = new CliContext(output, error, cancellation);
            try
            {
                var line = new CommandLine(rest, CliContext.CommonValueOptions.Concat(command.ValueOptions).ToList(), command.Flags);
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
                return ExitUsage;
            }
            catch (NewsToolsException ex)
            {
                // Only failures that stop the whole command get here (a bad --config); per-input ones are reported and skipped.
                error.WriteLine(ConsoleText.Escape($"newstools: {ex.Input}: {ex.Message}"));
                return 1;
            }
            catch (OperationCanceledException)
            {
                error.WriteLine("newstools: cancelled.");
                return ExitCancelled;
            }
            catch (OutputStreamException ex)
            {
                return OutputFailed(ex, error);
            }
            catch (Exception ex)
            {
                // A failure outside any one input (per-input ones are caught where they happen): say what it was, no stack trace.
                error.WriteLine(ConsoleText.Escape($"newstools {command.Name}: internal error ({ex.GetType().Name}): {ex.Message}"));
                return ExitInternalError;
            }
        }

        private static bool Matches(CliCommand command, IReadOnlyList<string> args)
        {
            var words = command.Name.Split(' ');
            return words.Length <= args.Count && words.Select((w, i) => w == args[i]).All(x => x);
        }

        /// <summary>
        /// Every command, in the order help lists them (by name). Written out rather than found by reflection, which cost
        /// about 14 ms of every run's start; a test checks that each command class of the assembly is here.
        /// </summary>
        internal static IReadOnlyList<CliCommand> Commands() => new CliCommand[]
        {
            new ArchiveAddCommand(),
            new ArchiveBenchCommand(),
            new ArchiveChangesCommand(),
            new ArchiveQueryCommand(),
            new BenchCommand(),
            new BenchHtmlCommand(),
            new CompareCommand(),
            new EvalCoverageCommand(),
            new EvalHtmlCommand(),
            new EvalQuotesCommand(),
            new EvalTimeCommand(),
            new FeedCommand(),
            new GroupCommand(),
            new ImportCommand(),
            new QuotesCommand(),
            new TimelineCommand(),
            new TimexCommand(),
        };

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
            writer.WriteLine("A PATH or --jsonl FILE of - is standard input.");
        }
    }
}
