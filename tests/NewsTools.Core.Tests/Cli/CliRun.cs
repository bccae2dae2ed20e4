using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsTools.Cli;
using Xunit;

namespace NewsTools.Tests.Cli
{
    /// <summary>The command line run in this process as a test asks it: its exit code, what it wrote out and what to errors.</summary>
    internal static class CliRun
    {
        public static (int Code, string Output, string Error) Run(params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = Program.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }

        /// <summary>
        /// The command in a process of its own, as a user starts it: the managed build through `dotnet`, or the executable
        /// <paramref name="program"/> names (the native build). Each variable of <paramref name="environment"/> is set, or
        /// removed where its value is null, so the caller's own settings do not reach the command.
        /// </summary>
        /// <param name="standardInput">Bytes written to the command's standard input, which is then closed (null: none redirected).</param>
        public static (int Code, string Output, string Error) InOwnProcess(string? program, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, byte[]? standardInput = null)
        {
            var start = new ProcessStartInfo(program ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = standardInput != null, UseShellExecute = false };
            if (program == null)
            {
                start.ArgumentList.Add(typeof(Program).Assembly.Location);
            }

            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var variable in environment ?? new Dictionary<string, string?>())
            {
                if (variable.Value == null)
                {
                    start.Environment.Remove(variable.Key);
                }
                else
                {
                    start.Environment[variable.Key] = variable.Value;
                }
            }

            using var process = Process.Start(start)!;
            if (standardInput != null)
            {
                process.StandardInput.BaseStream.Write(standardInput, 0, standardInput.Length);
                process.StandardInput.Close();
            }

            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), $"{start.FileName} {string.Join(" ", start.ArgumentList)} did not finish in two minutes.");
            return (process.ExitCode, output, error.Result);
        }

        /// <summary>An archive's output with the times of the run blanked: two runs' entries then compare equal when they agree.</summary>
        public static string WithoutTimes(string output) => Regex.Replace(output, "\"(Added|FirstSeen|Revised|LastSeen)\":\"[^\"]*\"", "\"$1\":\"\"");

        /// <summary>The samples' configuration and a fixed reference date: runs over the samples then write the same bytes on any day.</summary>
        public static string[] SampleSettings() => new[] { "--config", TestData.Samples("config/newstools.yaml"), "--reference-date", "2024-03-14" };

        /// <summary>The bundled sample files, in ordinal order.</summary>
        public static string[] SampleFiles() => Directory.GetFiles(TestData.Samples(".")).OrderBy(f => f, StringComparer.Ordinal).ToArray();
    }
}
