namespace NewsTools.Engine
{
    /// <summary>
    /// How the engine talks back while it works. The cmdlets implement it with WriteError/WriteWarning/WriteProgress,
    /// the CLI with stderr, tests with lists; the engine never knows which.
    /// </summary>
    public interface IEngineReporter
    {
        void Error(NewsToolsException error);

        void Warning(string message, string? input);

        /// <summary>Progress over a known number of items; <paramref name="current"/> names the item being worked on.</summary>
        void Progress(int done, int total, string current);
    }

    /// <summary>A reporter that drops everything, for callers that only want results.</summary>
    public sealed class SilentReporter : IEngineReporter
    {
        public static readonly SilentReporter Instance = new SilentReporter();

        public void Error(NewsToolsException error) { }

        public void Warning(string message, string? input) { }

        public void Progress(int done, int total, string current) { }
    }
}
