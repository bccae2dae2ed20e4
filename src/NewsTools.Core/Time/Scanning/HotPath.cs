using System.Runtime.CompilerServices;

namespace NewsTools.Time.Scanning
{
    /// <summary>
    /// MethodImplOptions.AggressiveOptimization (512), which netstandard2.0 does not name: the runtime compiles such
    /// methods fully optimised on their first call instead of starting them at tier 0. The scanning loops run over every
    /// character of every article, and a one-pass run (a CLI call, five articles in a comparison) would otherwise spend
    /// most of its time in unoptimised code before tiering catches up.
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimize = (MethodImplOptions)512;
    }
}
