using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsTools.Config;

namespace NewsTools.PowerShell.Sessions
{
    /// <summary>
    /// The merged configuration per set of user files, kept for the session: a script that calls a cmdlet once per file
    /// would otherwise parse every built-in word list and the user's YAML again on each call. An entry is used only while
    /// each file keeps the size and write time it had, so an edited file is read again.
    /// </summary>
    internal static class ConfigCache
    {
        private const int MaxEntries = 16;
        private static readonly object Gate = new object();
        private static readonly Dictionary<string, NewsToolsConfig> Entries = new Dictionary<string, NewsToolsConfig>(StringComparer.Ordinal);

        /// <summary>The configuration of these files (none: the built-in defaults); a bad file throws as ConfigLoader does.</summary>
        public static NewsToolsConfig Load(IReadOnlyList<string> files)
        {
            if (files.Count == 0)
            {
                return ConfigLoader.Defaults;
            }

            var key = Stamp(files);
            lock (Gate)
            {
                if (Entries.TryGetValue(key, out var known))
                {
                    return known;
                }
            }

            // Loaded outside the lock: a slow or bad file must not hold up other runspaces. A bad file is never cached.
            var config = ConfigLoader.Load(files);
            lock (Gate)
            {
                if (Entries.Count >= MaxEntries)
                {
                    Entries.Clear();
                }

                Entries[key] = config;
            }

            return config;
        }

        /// <summary>Every user configuration loaded in this session (for completion).</summary>
        public static IReadOnlyList<NewsToolsConfig> Known()
        {
            lock (Gate)
            {
                return Entries.Values.ToList();
            }
        }

        private static string Stamp(IEnumerable<string> files) =>
            string.Join("\n", files.Select(file =>
            {
                var info = new FileInfo(file);
                return info.Exists ? file + "|" + info.Length + "|" + info.LastWriteTimeUtc.Ticks : file + "|missing";
            }));
    }
}
