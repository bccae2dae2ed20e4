using System;
using System.IO;
using NewsTools.Archive;
using NewsTools.Config;

namespace NewsTools.Tests.Archive
{
    /// <summary>A temporary folder for one test's archive, removed afterwards.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newstools-archive-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, true);
            }
            catch (IOException)
            {
            }
        }
    }

    internal static class ArchiveTestSupport
    {
        public static NewsToolsConfig Config => TestData.SamplesConfig;

        public static NewsArchive Open(string path, ArchiveOptions? options = null) => NewsArchive.Open(path, Config, options);
    }
}
