using System;
using System.IO;
using System.Linq;
using NewsTools.Cli;

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

        /// <summary>The samples' configuration and a fixed reference date: runs over the samples then write the same bytes on any day.</summary>
        public static string[] SampleSettings() => new[] { "--config", TestData.Samples("config/newstools.yaml"), "--reference-date", "2024-03-14" };

        /// <summary>The bundled sample files, in ordinal order.</summary>
        public static string[] SampleFiles() => Directory.GetFiles(TestData.Samples(".")).OrderBy(f => f, StringComparer.Ordinal).ToArray();
    }
}
