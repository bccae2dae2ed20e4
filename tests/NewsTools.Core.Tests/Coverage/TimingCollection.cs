using Xunit;

namespace NewsTools.Tests.Coverage
{
    /// <summary>Timing tests run alone, not beside the other test classes, so they measure the engine and not the neighbours.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class TimingCollection
    {
        public const string Name = "Coverage timing";
    }
}
