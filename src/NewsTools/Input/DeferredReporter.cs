using System;
using System.Collections.Generic;
using NewsTools.Engine;
using NewsTools.PowerShell.Commands;

namespace NewsTools.PowerShell.Input
{
    /// <summary>
    /// The engine's reporter on a worker thread: PowerShell allows Write* calls only on the cmdlet's own thread, so the
    /// errors and warnings of one input are kept and replayed there when that input's turn comes, in input order.
    /// Progress is left out: the pipeline thread reports it as results are written.
    /// </summary>
    internal sealed class DeferredReporter : IEngineReporter
    {
        private readonly NewsToolsCmdlet cmdlet;
        private readonly List<Action> messages = new List<Action>();

        public DeferredReporter(NewsToolsCmdlet cmdlet)
        {
            this.cmdlet = cmdlet;
        }

        public void Error(NewsToolsException error) => messages.Add(() => cmdlet.WriteInputError(error));

        public void Warning(string message, string? input) => messages.Add(() => cmdlet.WriteWarning(input == null ? message : input + ": " + message));

        public void Progress(int done, int total, string current)
        {
        }

        /// <summary>A message that is not the engine's (a failure caught around it), kept in the same order.</summary>
        public void Add(Action message) => messages.Add(message);

        /// <summary>Writes the kept messages; on the cmdlet's thread only.</summary>
        public void Replay()
        {
            foreach (var message in messages)
            {
                message();
            }

            messages.Clear();
        }
    }
}
