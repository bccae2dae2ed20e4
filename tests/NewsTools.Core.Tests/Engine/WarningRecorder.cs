using System.Collections.Generic;
using NewsTools.Engine;

namespace NewsTools.Tests.Engine
{
    /// <summary>An engine reporter that keeps every warning with the input it names, for tests that assert on warnings.</summary>
    internal sealed class WarningRecorder : IEngineReporter
    {
        public List<string> Warnings { get; } = new List<string>();

        public List<string?> Inputs { get; } = new List<string?>();

        public void Error(NewsToolsException error)
        {
        }

        public void Warning(string message, string? input)
        {
            Warnings.Add(message);
            Inputs.Add(input);
        }

        public void Progress(int done, int total, string current)
        {
        }
    }
}
