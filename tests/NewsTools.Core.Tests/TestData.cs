using System;
using System.IO;
using NewsTools.Articles;
using NewsTools.Config;
using Xunit;

namespace NewsTools.Tests
{
    /// <summary>
    /// Where test material lives: the repository's own samples/, and ../shared beside the checkout (seeds, eval sets,
    /// corpus), which tests read in place and skip with a message when it is absent.
    /// </summary>
    public static class TestData
    {
        private static readonly Lazy<string> Root = new Lazy<string>(FindRepoRoot);

        public static string RepoRoot => Root.Value;

        public static string Samples(string name) => Path.Combine(RepoRoot, "samples", name);

        public static string SharedDir => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

        public static string Shared(string relative) => Path.Combine(SharedDir, relative);

        public static string SputnikSeed => Shared("seeds/sputnik-2018-01-28-china-japan.txt");

        public static string StraitsTimesSeed => Shared("seeds/straitstimes-2018-01-28-japan-china.txt");

        public static string SeedsGold => Shared("acceptance/seeds-gold.json");

        /// <summary>Skips the calling [SkippableFact] when a file from ../shared is missing.</summary>
        public static string RequireShared(string relative)
        {
            var path = Shared(relative);
            Skip.IfNot(File.Exists(path) || Directory.Exists(path), $"../shared/{relative} not found beside the checkout ({SharedDir}); this test reads it in place.");
            return path;
        }

        public static Article ReadSeed(string fileName) =>
            new ArticleReader(ConfigLoader.Defaults).ReadFile(RequireShared("seeds/" + fileName));

        public static NewsToolsConfig SamplesConfig => ConfigLoader.Load(new[] { Samples("config/newstools.yaml") });

        public static Article ReadSample(string fileName) => new ArticleReader(SamplesConfig).ReadFile(Samples(fileName));

        private static string FindRepoRoot()
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
