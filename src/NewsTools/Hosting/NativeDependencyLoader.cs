using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace NewsTools.PowerShell.Hosting
{
    /// <summary>
    /// Finds the native SQLite library (e_sqlite3, from SQLitePCLRaw) in Dependencies/runtimes/&lt;rid&gt;/native, where
    /// build.ps1 puts one per platform: PowerShell's own probing looks only beside pwsh and in system folders. On PowerShell 7
    /// it answers the load context's ResolvingUnmanagedDll event; on Windows PowerShell, which has no load contexts, it loads
    /// the library by full path up front, after which Windows finds it by name.
    /// </summary>
    internal static class NativeDependencyLoader
    {
        private const string SqliteLibrary = "e_sqlite3";

        /// <summary>The library file for this process's platform, or null when the module ships none for it.</summary>
        public static string? PathFor(string dependencyFolder, string name)
        {
            var rid = RuntimeId();
            if (rid == null)
            {
                return null;
            }

            var file = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? name + ".dll"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "lib" + name + ".dylib"
                : "lib" + name + ".so";
            var path = Path.Combine(Path.Combine(Path.Combine(Path.Combine(dependencyFolder, "runtimes"), rid), "native"), file);
            return File.Exists(path) ? path : null;
        }

        private static string? RuntimeId()
        {
            var arch = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => "x64",
                Architecture.X86 => "x86",
                Architecture.Arm64 => "arm64",
                Architecture.Arm => "arm",
                _ => null,
            };
            if (arch == null)
            {
                return null;
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return "win-" + arch;
            }

            if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
            {
                return "osx-" + arch;
            }

            // Alpine and other musl systems cannot load a glibc build.
            return (IsMusl() ? "linux-musl-" : "linux-") + arch;
        }

        private static bool IsMusl()
        {
            try
            {
                return Directory.Exists("/lib") && Directory.GetFiles("/lib", "ld-musl-*").Length > 0;
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>On PowerShell 7: hooks the context's ResolvingUnmanagedDll so DllImport("e_sqlite3") finds our copy.</summary>
        public static void Hook(object loadContext, string dependencyFolder)
        {
            var resolving = loadContext.GetType().GetEvent("ResolvingUnmanagedDll");
            var nativeLibrary = typeof(object).GetTypeInfo().Assembly.GetType("System.Runtime.InteropServices.NativeLibrary", throwOnError: false);
            var load = nativeLibrary?.GetMethod("Load", new[] { typeof(string) });
            if (resolving == null || load == null)
            {
                return;
            }

            Func<Assembly, string, IntPtr> handler = (assembly, name) =>
            {
                if (name.IndexOf(SqliteLibrary, StringComparison.OrdinalIgnoreCase) < 0)
                {
                    return IntPtr.Zero;
                }

                var path = PathFor(dependencyFolder, SqliteLibrary);
                return path == null ? IntPtr.Zero : (IntPtr)load.Invoke(null, new object[] { path })!;
            };
            resolving.AddEventHandler(loadContext, handler);
        }

        /// <summary>On Windows PowerShell: loads the library by full path so that a later LoadLibrary("e_sqlite3") finds it.</summary>
        public static void PreloadOnWindows(string dependencyFolder)
        {
            if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return;
            }

            var path = PathFor(dependencyFolder, SqliteLibrary);
            if (path != null)
            {
                LoadLibraryW(path);
            }
        }

        [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
        private static extern IntPtr LoadLibraryW(string path);
    }
}
