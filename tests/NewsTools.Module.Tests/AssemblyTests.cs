using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using NewsTools.PowerShell.Hosting;
using Xunit;

namespace NewsTools.Module.Tests
{
    public class AssemblyTests
    {
        /// <summary>The TargetFrameworkAttribute of an assembly, read from its metadata without loading it.</summary>
        internal static string? TargetFramework(string path)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (attribute.Constructor.Kind != HandleKind.MemberReference)
                {
                    continue;
                }

                var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (constructor.Parent.Kind != HandleKind.TypeReference)
                {
                    continue;
                }

                var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
                if (reader.GetString(type.Name) != "TargetFrameworkAttribute")
                {
                    continue;
                }

                var blob = reader.GetBlobReader(attribute.Value);
                blob.ReadUInt16(); // prolog 0x0001
                return blob.ReadSerializedString();
            }

            return null;
        }

        /// <summary>
        /// What an assembly was built for: its TargetFrameworkAttribute, or, for older package builds that carry none
        /// (System.Memory 4.5 and friends), what its core-library reference says: netstandard 2.0.0.0 only means netstandard2.0.
        /// </summary>
        internal static string Describe(string path)
        {
            var attribute = TargetFramework(path);
            if (attribute != null)
            {
                return attribute;
            }

            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var cores = reader.AssemblyReferences
                .Select(h => reader.GetAssemblyReference(h))
                .Select(r => (name: reader.GetString(r.Name), version: r.Version))
                .Where(r => r.name is "netstandard" or "mscorlib" or "System.Runtime" or "System.Private.CoreLib")
                .ToList();
            return cores.Count == 1 && cores[0].name == "netstandard" && cores[0].version == new Version(2, 0, 0, 0)
                ? ".NETStandard,Version=v2.0"
                : "references " + string.Join(", ", cores.Select(c => c.name + " " + c.version));
        }

        private static IEnumerable<string> ShippedAssemblies()
        {
            var folders = new List<string>();
            if (Directory.Exists(RepoPaths.CmdletBuildOutput))
            {
                folders.Add(RepoPaths.CmdletBuildOutput);
            }

            var built = Path.Combine(RepoPaths.Root, "out", "NewsTools");
            if (Directory.Exists(built))
            {
                folders.Add(built);
            }

            // runtimes/<rid>/native holds native libraries (SQLite's e_sqlite3), not .NET assemblies.
            var native = Path.DirectorySeparatorChar + "native" + Path.DirectorySeparatorChar;
            return folders.SelectMany(f => Directory.EnumerateFiles(f, "*.dll", SearchOption.AllDirectories)).Where(f => f.IndexOf(native, StringComparison.Ordinal) < 0);
        }

        [Fact]
        public void EveryShippedAssemblyTargetsNetStandard20()
        {
            var files = ShippedAssemblies().ToList();
            Assert.Contains(files, f => Path.GetFileName(f) == "NewsTools.dll");
            Assert.Contains(files, f => Path.GetFileName(f) == "NewsTools.Core.dll");
            Assert.Contains(files, f => Path.GetFileName(f) == "YamlDotNet.dll");
            var wrong = files.Select(f => (f, tfm: Describe(f))).Where(x => x.tfm != ".NETStandard,Version=v2.0").Select(x => $"{x.f}: {x.tfm}").ToList();
            Assert.Empty(wrong);
        }

        [SkippableFact]
        public void ShippedAssembliesReferenceOnlyNetStandardAndEachOther()
        {
            // What runs on both editions: each assembly needs netstandard plus assemblies that ship beside it
            // (and PowerShell itself, for the cmdlet assembly). A reference to System.Runtime or a .NET-only assembly
            // would load on PowerShell 7 and fail on Windows PowerShell.
            Skip.IfNot(Directory.Exists(RepoPaths.CmdletBuildOutput), "cmdlet build output not found");
            var files = Directory.GetFiles(RepoPaths.CmdletBuildOutput, "*.dll");
            var shipped = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var problems = new List<string>();
            foreach (var file in files)
            {
                using var stream = File.OpenRead(file);
                using var pe = new PEReader(stream);
                var reader = pe.GetMetadataReader();
                foreach (var handle in reader.AssemblyReferences)
                {
                    var name = reader.GetString(reader.GetAssemblyReference(handle).Name);
                    var allowed = name == "netstandard" || shipped.Contains(name)
                        || (name == "System.Management.Automation" && Path.GetFileName(file) == "NewsTools.dll");
                    if (!allowed)
                    {
                        problems.Add(Path.GetFileName(file) + " -> " + name);
                    }
                }
            }

            Assert.Empty(problems);
        }

        [Fact]
        public void SystemManagementAutomationNeverShips()
        {
            Assert.DoesNotContain(ShippedAssemblies(), f => Path.GetFileName(f).Equals("System.Management.Automation.dll", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void TheReaderSeesTheTargetFramework()
        {
            Assert.Equal(".NETCoreApp,Version=v10.0", Describe(typeof(AssemblyTests).Assembly.Location));
            Assert.Equal(".NETStandard,Version=v2.0", Describe(typeof(NewsTools.Articles.Article).Assembly.Location));

            // An assembly with no attribute whose core library is System.Runtime is not netstandard2.0.
            var runtimeOnly = typeof(object).Assembly.Location;
            Assert.NotEqual(".NETStandard,Version=v2.0", Describe(Path.Combine(Path.GetDirectoryName(runtimeOnly)!, "System.Collections.dll")));
        }

        [Fact]
        public void TheInitializerWiresAndUnwiresTheResolver()
        {
            var type = typeof(ModuleInitializer);
            Assert.True(type.IsPublic && type.IsSealed);
            Assert.Contains(typeof(System.Management.Automation.IModuleAssemblyInitializer), type.GetInterfaces());
            Assert.Contains(typeof(System.Management.Automation.IModuleAssemblyCleanup), type.GetInterfaces());
        }

        [Fact]
        public void HostingTypesDoNotMentionNewsToolsCore()
        {
            // They run before NewsTools.Core can be found: no field, property or method signature may use its types.
            var core = typeof(NewsTools.Articles.Article).Assembly;
            foreach (var type in new[] { typeof(ModuleInitializer), typeof(DependencyResolver), typeof(DependencyLoadContext) })
            {
                const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
                var used = type.GetFields(all).Select(f => f.FieldType)
                    .Concat(type.GetProperties(all).Select(p => p.PropertyType))
                    .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
                Assert.DoesNotContain(used, t => t.Assembly == core);
            }
        }

        /// <summary>A module folder like the built one: NewsTools.dll's dependencies copied into a Dependencies folder.</summary>
        private static string MakeDependencyFolder()
        {
            var source = RepoPaths.CmdletBuildOutput;
            Skip.IfNot(Directory.Exists(source), "cmdlet build output not found: " + source);
            var folder = Path.Combine(Path.GetTempPath(), "newstools-deps-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.EnumerateFiles(source, "*.dll").Where(f => Path.GetFileName(f) != "NewsTools.dll"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            return folder;
        }

        [SkippableFact]
        public void OnDotNetCoreDependenciesLoadIntoTheNamedContextAndBindThere()
        {
            var folder = MakeDependencyFolder();
            var self = typeof(ModuleInitializer).Assembly;
            var context = DependencyLoadContext.TryCreate("NewsTools-test-" + Guid.NewGuid().ToString("N"));
            Assert.NotNull(context);
            var resolver = new DependencyResolver(self, folder, context);
            Assert.True(resolver.IsIsolated);
            resolver.Preload();

            // NewsTools.dll asks for NewsTools.Core: it comes from the dependency folder, in the named context.
            var core = resolver.Resolve(null, new ResolveEventArgs("NewsTools.Core, Version=0.1.0.0", self));
            Assert.NotNull(core);
            var alc = AssemblyLoadContext.GetLoadContext(core!)!;
            Assert.StartsWith("NewsTools-test-", alc.Name);
            Assert.Equal(Path.Combine(folder, "NewsTools.Core.dll"), core!.Location);

            // This test process already holds a YamlDotNet in the default context (as another module would);
            // the isolated NewsTools.Core must still use the copy in its own context.
            Assert.Contains(AssemblyLoadContext.Default.Assemblies, a => a.GetName().Name == "YamlDotNet" || a.GetName().Name == "NewsTools.Core");
            var loader = core.GetType("NewsTools.Config.ConfigLoader", throwOnError: true)!;
            var defaults = loader.GetProperty("Defaults")!.GetValue(null);
            Assert.NotNull(defaults);
            var yaml = alc.Assemblies.SingleOrDefault(a => a.GetName().Name == "YamlDotNet");
            Assert.NotNull(yaml);
            Assert.Equal(Path.Combine(folder, "YamlDotNet.dll"), yaml!.Location);
            // A user file goes through the library's document model: the isolated copy's, read in the isolated context.
            var parsed = loader.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, new object[] { "cueVerbs: [reckon]\n", "user.yaml" });
            Assert.Equal("reckon", ((System.Collections.IList)parsed!.GetType().GetProperty("CueVerbs")!.GetValue(parsed)!)[0]);
            Assert.Same(yaml, alc.Assemblies.Single(a => a.GetName().Name == "YamlDotNet"));

            // Framework assemblies stay the runtime's: none is preloaded, and the runtime's newer copies satisfy the references.
            Assert.DoesNotContain(alc.Assemblies, a => a.GetName().Name!.StartsWith("System.", StringComparison.Ordinal));
        }

        [SkippableFact]
        public void OnDotNetCoreNewtonsoftJsonIsLeftToTheHostSoConvertToJsonSeesTheEnumAttribute()
        {
            var folder = MakeDependencyFolder();
            Skip.IfNot(File.Exists(Path.Combine(folder, "Newtonsoft.Json.dll")), "the cmdlet build output has no Newtonsoft.Json.dll");
            var self = typeof(ModuleInitializer).Assembly;
            var context = DependencyLoadContext.TryCreate("NewsTools-test-" + Guid.NewGuid().ToString("N"));
            var resolver = new DependencyResolver(self, folder, context);
            resolver.Preload();
            Assert.Null(resolver.Resolve(null, new ResolveEventArgs("Newtonsoft.Json, Version=13.0.0.0", self)));

            // The engine's enums then carry the attribute type of the Newtonsoft.Json the host (here: the test process) has.
            var core = resolver.Resolve(null, new ResolveEventArgs("NewsTools.Core, Version=0.1.0.0", self))!;
            var alc = AssemblyLoadContext.GetLoadContext(core)!;
            Assert.DoesNotContain(alc.Assemblies, a => a.GetName().Name == "Newtonsoft.Json");
            var precision = core.GetType("NewsTools.Time.TimePrecision", throwOnError: true)!;
            var attribute = precision.GetCustomAttributes(false).Single(a => a.GetType().Name == "JsonConverterAttribute");
            Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(attribute.GetType().Assembly));

            // Windows PowerShell (no load context) has no Newtonsoft.Json of its own: there ours is the answer.
            var framework = new DependencyResolver(self, folder, null);
            Assert.Contains("Newtonsoft.Json", framework.KnownAssemblies);
            Assert.True(DependencyResolver.IsHostProvidedOnCore("Newtonsoft.Json"));
            Assert.False(DependencyResolver.IsHostProvidedOnCore("YamlDotNet"));
        }

        [SkippableFact]
        public void ReadyToRunCopiesForThisPlatformReplaceTheIlOnesInTheLoadContext()
        {
            var folder = MakeDependencyFolder();
            var rid = DependencyResolver.CurrentRuntimeIdentifier();
            Directory.CreateDirectory(Path.Combine(folder, rid));
            File.Copy(Path.Combine(folder, "YamlDotNet.dll"), Path.Combine(folder, rid, "YamlDotNet.dll"));
            var otherPlatform = rid.StartsWith("win", StringComparison.Ordinal) ? "linux-x64" : "win-x64";
            Directory.CreateDirectory(Path.Combine(folder, otherPlatform));
            File.Copy(Path.Combine(folder, "AngleSharp.dll"), Path.Combine(folder, otherPlatform, "AngleSharp.dll"));

            var self = typeof(ModuleInitializer).Assembly;
            var resolver = new DependencyResolver(self, folder, DependencyLoadContext.TryCreate("NewsTools-test-" + Guid.NewGuid().ToString("N")));
            Assert.Equal(Path.Combine(folder, rid, "YamlDotNet.dll"), resolver.Resolve(null, new ResolveEventArgs("YamlDotNet, Version=16.0.0.0", self))!.Location);
            Assert.Equal(Path.Combine(folder, "AngleSharp.dll"), resolver.Resolve(null, new ResolveEventArgs("AngleSharp, Version=1.0.0.0", self))!.Location);
        }

        [SkippableFact]
        public void TheBuiltModuleShipsIlAssembliesForEveryRuntimeAndReadyToRunCopiesForThisPlatform()
        {
            var dependencies = Path.Combine(RepoPaths.Root, "out", "NewsTools", "Dependencies");
            Skip.IfNot(Directory.Exists(dependencies), "module not built: " + dependencies);
            foreach (var name in new[] { "NewsTools.Core.dll", "YamlDotNet.dll", "AngleSharp.dll" })
            {
                // Windows PowerShell 5.1 loads these: IL only, no native code for one platform.
                using (var il = new PEReader(File.OpenRead(Path.Combine(dependencies, name))))
                {
                    Assert.True((il.PEHeaders.CorHeader!.Flags & CorFlags.ILOnly) != 0, name);
                    Assert.Equal(0, il.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size);
                }

                // PowerShell 7 on this platform loads the precompiled copy: a ReadyToRun header.
                using var r2r = new PEReader(File.OpenRead(Path.Combine(dependencies, DependencyResolver.CurrentRuntimeIdentifier(), name)));
                Assert.True(r2r.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, name);
            }
        }

        [SkippableFact]
        public void TheResolverAnswersOnlyForItsOwnFilesAndRequesters()
        {
            var folder = MakeDependencyFolder();
            var self = typeof(ModuleInitializer).Assembly;
            var resolver = new DependencyResolver(self, folder, DependencyLoadContext.TryCreate("NewsTools-test-" + Guid.NewGuid().ToString("N")));
            Assert.Contains("YamlDotNet", resolver.KnownAssemblies);

            // Not in the folder.
            Assert.Null(resolver.Resolve(null, new ResolveEventArgs("Newtonsoft.Json, Version=13.0.0.0", self)));

            // In the folder, but asked for by someone else's assembly.
            Assert.Null(resolver.Resolve(null, new ResolveEventArgs("YamlDotNet, Version=16.0.0.0", typeof(Xunit.Assert).Assembly)));

            // Our own engine is answered for anyone (type names qualified with NewsTools.Core resolve).
            Assert.NotNull(resolver.Resolve(null, new ResolveEventArgs("NewsTools.Core, Version=0.1.0.0", typeof(Xunit.Assert).Assembly)));

            // Asked for by an assembly loaded from the dependency folder but not through the resolver (the .NET Framework
            // loader finds neighbours of a LoadFrom assembly itself): still ours.
            var neighbour = new AssemblyLoadContext("neighbour-" + Guid.NewGuid().ToString("N")).LoadFromAssemblyPath(Path.Combine(folder, "AngleSharp.dll"));
            Assert.Equal(Path.Combine(folder, "AngleSharp.dll"), neighbour.Location);
            Assert.NotNull(resolver.Resolve(null, new ResolveEventArgs("YamlDotNet, Version=16.0.0.0", neighbour)));

            // A framework assembly the runtime could not supply (on .NET 8 its System.Text.Encoding.CodePages is older than
            // NewsTools.Core's reference): the handler is only raised then, and our copy loads into our context.
            if (resolver.KnownAssemblies.Contains("System.Text.Encoding.CodePages"))
            {
                var codePages = resolver.Resolve(null, new ResolveEventArgs("System.Text.Encoding.CodePages, Version=9.0.0.0", self));
                Assert.NotNull(codePages);
                Assert.Equal(Path.Combine(folder, "System.Text.Encoding.CodePages.dll"), codePages!.Location);
                Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(codePages));
            }

            // Ours, asked for by NewsTools.dll.
            var yaml = resolver.Resolve(null, new ResolveEventArgs("YamlDotNet, Version=16.0.0.0", self));
            Assert.NotNull(yaml);
            Assert.Same(yaml, resolver.Resolve(null, new ResolveEventArgs("YamlDotNet, Version=16.0.0.0", yaml)));
        }

        [Fact]
        public void FrameworkNamesAreRecognised()
        {
            Assert.True(DependencyResolver.IsFrameworkName("System.Memory"));
            Assert.True(DependencyResolver.IsFrameworkName("netstandard"));
            Assert.False(DependencyResolver.IsFrameworkName("YamlDotNet"));
            Assert.False(DependencyResolver.IsFrameworkName("NewsTools.Core"));
            Assert.False(DependencyResolver.IsFrameworkName("AngleSharp"));
        }
    }
}
