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
        private static bool hooked;

        /// <summary>The resolver in use, for diagnostics; null before the first import.</summary>
        internal static DependencyResolver? Resolver => resolver;

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
                    resolver = new DependencyResolver(self, folder, DependencyLoadContext.TryCreate(DependencyResolver.LoadContextName));
                    resolver.Preload();
                }

                if (!hooked)
                {
                    AppDomain.CurrentDomain.AssemblyResolve += resolver.Resolve;
                    hooked = true;
                }
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            lock (Gate)
            {
                if (resolver != null && hooked)
                {
                    AppDomain.CurrentDomain.AssemblyResolve -= resolver.Resolve;
                    hooked = false;
                }
            }
        }
    }
}
