using System;
using System.IO;

namespace NewsTools.Module.Tests
{
    /// <summary>Where things are: the repo root is the folder above the test binaries that holds NewsTools.sln.</summary>
    internal static class RepoPaths
    {
        private static readonly Lazy<string> RootLazy = new Lazy<string>(FindRoot);

        public static string Root => RootLazy.Value;

        public static string Module => Path.Combine(Root, "module");

        public static string Docs => Path.Combine(Root, "docs", "en-US");

        public static string Maml => Path.Combine(Module, "en-US", "NewsTools.dll-Help.xml");

        public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

        /// <summary>Debug or Release, as this test assembly was built.</summary>
        public static string Configuration
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
                return dir.Parent?.Name ?? "Debug";
            }
        }

        /// <summary>The cmdlet project's build output for the same configuration.</summary>
        public static string CmdletBuildOutput => Path.Combine(Root, "src", "NewsTools", "bin", Configuration, "netstandard2.0");

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "NewsTools.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("NewsTools.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
