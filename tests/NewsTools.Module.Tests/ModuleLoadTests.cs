using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;
using NewsTools.PowerShell.Hosting;
using Xunit;

namespace NewsTools.Module.Tests
{
    /// <summary>
    /// What Import-Module does with NewsTools.dll before the module initializer has wired the dependency resolver:
    /// it reads the exported types, finds the cmdlets by their [Cmdlet] attribute and creates the initializer. None of that
    /// may need NewsTools.Core, which lives in Dependencies/ and is found only through the resolver. A cmdlet with a field
    /// of an engine enum or struct type, or a public type deriving from an engine type, would make the import fail.
    /// </summary>
    public class ModuleLoadTests
    {
        /// <summary>A context that loads NewsTools.dll from the build output and refuses NewsTools.Core, as PowerShell would before OnImport.</summary>
        private sealed class NoEngineContext : AssemblyLoadContext
        {
            public NoEngineContext()
                : base("no-engine-" + Guid.NewGuid().ToString("N"))
            {
            }

            public List<string> Refused { get; } = new List<string>();

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                if (DependencyResolver.IsOwnAssemblyName(assemblyName.Name ?? "") || string.Equals(assemblyName.Name, "YamlDotNet", StringComparison.OrdinalIgnoreCase) || string.Equals(assemblyName.Name, "AngleSharp", StringComparison.OrdinalIgnoreCase))
                {
                    Refused.Add(assemblyName.Name!);
                    throw new FileNotFoundException("Not reachable before the module initializer runs: " + assemblyName.Name);
                }

                // System.Management.Automation and the framework: shared with this process, as PowerShell provides them.
                return null;
            }
        }

        [SkippableFact]
        public void ImportNeedsNothingFromDependenciesBeforeTheInitializerRuns()
        {
            var dll = Path.Combine(RepoPaths.CmdletBuildOutput, "NewsTools.dll");
            Skip.IfNot(File.Exists(dll), "cmdlet build output not found: " + dll);
            var context = new NoEngineContext();
            var assembly = context.LoadFromAssemblyPath(dll);

            // PowerShell's PSSnapInHelpers.GetAssemblyTypes reads ExportedTypes; a type that cannot load fails the import.
            var exported = assembly.GetExportedTypes();
            var cmdlets = new List<string>();
            foreach (var type in exported.Where(t => !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t)))
            {
                var attribute = (CmdletAttribute?)type.GetCustomAttributes(typeof(CmdletAttribute), inherit: true).SingleOrDefault();
                Assert.NotNull(attribute);
                Assert.NotNull(type.GetConstructor(Type.EmptyTypes));
                cmdlets.Add(attribute!.VerbName + "-" + attribute.NounName);
            }

            var initializer = exported.Single(t => typeof(IModuleAssemblyInitializer).IsAssignableFrom(t));
            Assert.NotNull(Activator.CreateInstance(initializer));

            Assert.Equal(CmdletMetadata.All.Count, cmdlets.Count);
            Assert.Empty(context.Refused);
        }

        [Fact]
        public void TheResolverStaysHookedWhileAnyImportIsLive()
        {
            // Two runspaces import the module; one removes it; the other must still find its dependencies.
            var before = ModuleInitializer.LiveImports;
            var first = new ModuleInitializer();
            var second = new ModuleInitializer();
            first.OnImport();
            second.OnImport();
            Assert.Equal(before + 2, ModuleInitializer.LiveImports);
            first.OnRemove(null!);
            Assert.Equal(before + 1, ModuleInitializer.LiveImports);
            second.OnRemove(null!);
            Assert.Equal(before, ModuleInitializer.LiveImports);

            // A stray OnRemove (PowerShell removing a module whose import failed) never goes below zero.
            for (var i = 0; i <= before; i++)
            {
                second.OnRemove(null!);
            }

            Assert.Equal(0, ModuleInitializer.LiveImports);
        }
    }
}
