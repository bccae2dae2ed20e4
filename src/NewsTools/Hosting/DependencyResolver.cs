using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace NewsTools.PowerShell.Hosting
{
    /// <summary>
    /// Loads NewsTools.Core and its third-party assemblies (YamlDotNet, AngleSharp, ...) from the module's Dependencies folder,
    /// answering only requests for assemblies that folder holds and that come from NewsTools itself, so another module's
    /// YamlDotNet (powershell-yaml, platyPS) and ours never meet.
    /// On PowerShell 7 everything is loaded into one named AssemblyLoadContext; on Windows PowerShell, with Assembly.LoadFrom.
    /// This type must not mention any type from NewsTools.Core: it runs before that assembly can be found.
    /// </summary>
    internal sealed class DependencyResolver
    {
        public const string DependencyFolderName = "Dependencies";
        public const string LoadContextName = "NewsTools";

        private readonly object gate = new object();
        private readonly Assembly self;
        private readonly Dictionary<string, string> files;
        private readonly Dictionary<string, Assembly> loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        private readonly DependencyLoadContext? loadContext;

        public DependencyResolver(Assembly self, string dependencyFolder, DependencyLoadContext? loadContext)
        {
            this.self = self;
            this.loadContext = loadContext;
            DependencyFolder = dependencyFolder;
            files = Directory.Exists(dependencyFolder)
                ? Directory.EnumerateFiles(dependencyFolder, "*.dll").ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => f, StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            // On PowerShell 7, ReadyToRun copies made for this OS and CPU (Dependencies/<rid>/) replace the IL ones: the
            // first cmdlet call then runs precompiled code. Windows PowerShell keeps the IL copies, which every runtime loads.
            var readyToRun = Path.Combine(dependencyFolder, CurrentRuntimeIdentifier());
            if (loadContext != null && Directory.Exists(readyToRun))
            {
                foreach (var file in Directory.EnumerateFiles(readyToRun, "*.dll").Where(f => files.ContainsKey(Path.GetFileNameWithoutExtension(f))))
                {
                    files[Path.GetFileNameWithoutExtension(file)] = file;
                }
            }
        }

        /// <summary>The portable runtime identifier of this process ("linux-x64", "win-x64", "osx-arm64").</summary>
        internal static string CurrentRuntimeIdentifier()
        {
            var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx" : "linux";
            return os + "-" + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        }

        public string DependencyFolder { get; }

        /// <summary>Names (without extension) of the assemblies this resolver answers for.</summary>
        public IReadOnlyCollection<string> KnownAssemblies => files.Keys;

        /// <summary>
        /// Newtonsoft.Json is PowerShell 7's own: NewsTools.Core's enums carry its [JsonConverter] so that ConvertTo-Json
        /// names them, which works only if the attribute is PowerShell's type. On PowerShell 7 our copy is therefore never
        /// loaded (the context falls back to PowerShell's); Windows PowerShell has none, and gets ours from Dependencies.
        /// </summary>
        internal static bool IsHostProvidedOnCore(string name) => string.Equals(name, "Newtonsoft.Json", StringComparison.OrdinalIgnoreCase);

        public bool IsIsolated => loadContext != null;

        /// <summary>
        /// On PowerShell 7, loads every non-framework dependency into the context up front: an assembly a context already
        /// holds is found there by name before any fallback, so NewsTools.Core binds to our YamlDotNet whatever else is loaded.
        /// System.* assemblies are left to the runtime, whose own (newer) copies must be shared with PowerShell.
        /// </summary>
        public void Preload()
        {
            if (loadContext == null)
            {
                return;
            }

            foreach (var name in files.Keys.Where(n => !IsFrameworkName(n) && !IsHostProvidedOnCore(n)).OrderBy(n => n, StringComparer.Ordinal))
            {
                Load(name);
            }
        }

        /// <summary>
        /// The AppDomain.AssemblyResolve handler. The runtime raises it only after its own binding failed, so answering with
        /// our copy never displaces one the runtime could supply: on PowerShell 7 that is how System.Text.Encoding.CodePages
        /// 9.0 reaches NewsTools.Core on .NET 8, whose own copy is older than the reference.
        /// </summary>
        public Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (name == null || !files.ContainsKey(name) || (loadContext != null && IsHostProvidedOnCore(name)))
            {
                return null;
            }

            // Third-party names (YamlDotNet, ...) are answered only for our own code; our own engine (NewsTools.Core) for
            // anyone, so that an assembly-qualified type name such as "NewsTools.Articles.Article, NewsTools.Core" resolves.
            if (!IsOwnAssemblyName(name) && !IsOurRequest(args.RequestingAssembly))
            {
                return null;
            }

            return Load(name);
        }

        internal static bool IsOwnAssemblyName(string name) => name.StartsWith("NewsTools.", StringComparison.OrdinalIgnoreCase);

        internal static bool IsFrameworkName(string name) =>
            name.StartsWith("System.", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Microsoft.", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "netstandard", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "mscorlib", StringComparison.OrdinalIgnoreCase);

        private bool IsOurRequest(Assembly? requesting)
        {
            // .NET Framework often does not say who asked; then the name alone decides (it is one of our files).
            if (requesting == null || requesting == self)
            {
                return true;
            }

            lock (gate)
            {
                if (loaded.ContainsValue(requesting))
                {
                    return true;
                }
            }

            // On .NET Framework the loader also finds files next to an assembly loaded from our folder by itself:
            // whatever was loaded from the Dependencies folder is ours too.
            return !requesting.IsDynamic && IsInDependencyFolder(requesting.Location);
        }

        private bool IsInDependencyFolder(string? location)
        {
            if (string.IsNullOrEmpty(location))
            {
                return false;
            }

            var directory = Path.GetDirectoryName(location);
            return directory != null && string.Equals(
                Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
                Path.GetFullPath(DependencyFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar),
                StringComparison.OrdinalIgnoreCase);
        }

        private Assembly Load(string name)
        {
            lock (gate)
            {
                if (loaded.TryGetValue(name, out var existing))
                {
                    return existing;
                }

                var path = files[name];
                var assembly = loadContext != null ? loadContext.LoadFromAssemblyPath(path) : Assembly.LoadFrom(path);
                loaded[name] = assembly;
                return assembly;
            }
        }
    }
}
