using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace NewsTools.PowerShell.Hosting
{
    /// <summary>
    /// Runs when Import-Module loads NewsTools.dll, before any cmdlet needs NewsTools.Core: wires the dependency resolver,
    /// and unwires it on Remove-Module. Only types from the base library and PowerShell appear here.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly object Gate = new object();
        private static DependencyResolver? resolver;
        private static int imports;

        /// <summary>The resolver in use, for diagnostics; null before the first import.</summary>
        internal static DependencyResolver? Resolver => resolver;

        /// <summary>How many imports (across runspaces) are live; the resolver is hooked while this is above zero.</summary>
        internal static int LiveImports
        {
            get
            {
                lock (Gate)
                {
                    return imports;
                }
            }
        }

        public void OnImport()
        {
            lock (Gate)
            {
                // One resolver and one load context per process: NewsTools.dll itself is never unloaded, and the
                // NewsTools.Core it bound to on first import stays its NewsTools.Core after Remove-Module/Import-Module.
                if (resolver == null)
                {
                    var self = typeof(ModuleInitializer).GetTypeInfo().Assembly;
                    var folder = Path.Combine(Path.GetDirectoryName(self.Location) ?? ".", DependencyResolver.DependencyFolderName);
                    var loadContext = DependencyLoadContext.TryCreate(DependencyResolver.LoadContextName);
                    resolver = new DependencyResolver(self, folder, loadContext);
                    resolver.Preload();
                    if (loadContext != null)
                    {
                        loadContext.ResolveNativeLibrariesFrom(folder);
                    }
                    else
                    {
                        NativeDependencyLoader.PreloadOnWindows(folder);
                    }
                }

                // The handler is process-wide but imports are per runspace (a thread job, ForEach-Object -Parallel, a second
                // Import-Module): count them, so that Remove-Module in one runspace does not pull the resolver from under
                // another that still runs NewsTools (on Windows PowerShell AngleSharp and YamlDotNet load lazily through it).
                if (imports == 0)
                {
                    AppDomain.CurrentDomain.AssemblyResolve += resolver.Resolve;
                }

                imports++;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                if (resolver == null || imports == 0)
                {
                    return;
                }

                imports--;
                if (imports == 0)
                {
                    AppDomain.CurrentDomain.AssemblyResolve -= resolver.Resolve;
                }
            }
        }
    }
}
