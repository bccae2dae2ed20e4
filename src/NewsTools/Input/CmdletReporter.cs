using NewsTools.Engine;
using NewsTools.PowerShell.Commands;

namespace NewsTools.PowerShell.Input
{
    /// <summary>
    /// The engine's reporter inside a cmdlet: errors become non-terminating errors, warnings WriteWarning, progress the
    /// command's one progress bar. Internal (never an exported type) so that importing the module does not need
    /// NewsTools.Core before the dependency resolver is in place.
    /// </summary>
    internal sealed class CmdletReporter : IEngineReporter
    {
        private readonly NewsToolsCmdlet cmdlet;

        public CmdletReporter(NewsToolsCmdlet cmdlet)
        {
            this.cmdlet = cmdlet;
        }

        public void Error(NewsToolsException error) => cmdlet.WriteInputError(error);

        public void Warning(string message, string? input) => cmdlet.WriteWarning(input == null ? message : input + ": " + message);

        public void Progress(int done, int total, string current) => cmdlet.ReportProgress(done, total, current);
    }
}
