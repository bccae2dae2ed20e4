using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsTools.Engine;

namespace NewsTools.Cli
{
    /// <summary>File paths: wildcards the shell left, folders with -r (each real folder once), and only regular files.</summary>
    internal sealed partial class CliContext
    {
        /// <summary>Files as given; wildcards expanded when the shell did not; directories only with -r (else an error, as Import-Article does).</summary>
        private IEnumerable<string> ExpandPaths(IEnumerable<string> paths, bool recurse)
        {
            foreach (var path in paths)
            {
                if (path.IndexOfAny(new[] { '*', '?' }) >= 0 && !File.Exists(path))
                {
                    var dir = Path.GetDirectoryName(path);
                    var pattern = Path.GetFileName(path);
                    string[] matches = Array.Empty<string>();
                    if (Directory.Exists(string.IsNullOrEmpty(dir) ? "." : dir))
                    {
                        matches = Directory.GetFiles(string.IsNullOrEmpty(dir) ? "." : dir!, pattern).OrderBy(f => f, StringComparer.Ordinal).ToArray();
                    }

                    if (matches.Length == 0)
                    {
                        Error(new NewsToolsException("PathNotFound", InputErrorKind.NotFound, path, "No file matches this path."));
                    }

                    foreach (var match in matches)
                    {
                        yield return match;
                    }
                }
                else if (Directory.Exists(path) && recurse)
                {
                    foreach (var file in FilesUnder(path))
                    {
                        yield return file;
                    }
                }
                else
                {
                    yield return path;
                }
            }
        }

        /// <summary>
        /// The files under a folder, sorted, each real folder visited once: a symbolic link back to a parent (a loop) or a
        /// second link to a folder already read would otherwise repeat its articles until the path grew too long.
        /// </summary>
        private List<string> FilesUnder(string root)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            var found = new List<string>();
            var pending = new Stack<string>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                Cancellation.ThrowIfCancellationRequested();
                var dir = pending.Pop();
                string[] files;
                string[] dirs;
                try
                {
                    if (!visited.Add(RealPath(dir)))
                    {
                        continue;
                    }

                    files = Directory.GetFiles(dir);
                    dirs = Directory.GetDirectories(dir);
                }
                catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
                {
                    Error(new NewsToolsException("FolderNotReadable", InputErrorKind.ReadError, dir, "The folder cannot be read: " + ex.Message, ex));
                    continue;
                }

                found.AddRange(files);
                foreach (var sub in dirs)
                {
                    pending.Push(sub);
                }
            }

            // One order for every run: the paths sorted, as a listing of the whole tree would give them.
            found.Sort(StringComparer.Ordinal);
            return found;
        }

        /// <summary>The folder with every symbolic link on its path resolved.</summary>
        private static string RealPath(string dir)
        {
            var info = new DirectoryInfo(Path.GetFullPath(dir));
            var parent = info.Parent == null ? info.FullName : Path.Combine(RealPath(info.Parent.FullName), info.Name);
            var target = new DirectoryInfo(parent).ResolveLinkTarget(true);
            return Path.TrimEndingDirectorySeparator(target?.FullName ?? parent);
        }
    }
}
