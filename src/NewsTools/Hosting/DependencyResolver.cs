using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

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
        }

        public string DependencyFolder { get; }

        /// <summary>Names (without extension) of the assemblies this resolver answers for.</summary>
        public IReadOnlyCollection<string> KnownAssemblies => files.Keys;

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

            foreach (var name in files.Keys.Where(n => !IsFrameworkName(n)).OrderBy(n => n, StringComparer.Ordinal))
            {
                Load(name);
            }
        }

        /// <summary>The AppDomain.AssemblyResolve handler (raised on both editions after normal probing fails).</summary>
        public Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (name == null || !files.ContainsKey(name) || !IsOurRequest(args.RequestingAssembly))
            {
                return null;
            }

            if (loadContext != null && IsFrameworkName(name))
            {
                // On PowerShell 7 the runtime's copy is the right one; never hand out a second System.Memory.
                return null;
            }

            return Load(name);
        }

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
                return loaded.ContainsValue(requesting);
            }
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
