using Xunit;

namespace NewsTools.Tests
{
    /// <summary>Tests that change process-wide state (environment variables): xunit runs this collection alone, after the parallel ones.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ProcessEnvironmentCollection
    {
        public const string Name = "Process environment";
    }
}
