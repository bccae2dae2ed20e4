using System.IO;
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
    }
}
