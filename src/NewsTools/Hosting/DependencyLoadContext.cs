using System;
using System.Reflection;

namespace NewsTools.PowerShell.Hosting
{
    /// <summary>
    /// A named AssemblyLoadContext made by reflection: the cmdlet assembly targets netstandard2.0, which has no
    /// AssemblyLoadContext type, but on PowerShell 7 the runtime has one and isolation needs it.
    /// </summary>
    internal sealed class DependencyLoadContext
    {
        private const string LoadContextTypeName = "System.Runtime.Loader.AssemblyLoadContext";

        private readonly object context;
        private readonly MethodInfo loadFromAssemblyPath;

        private DependencyLoadContext(object context, MethodInfo loadFromAssemblyPath)
        {
            this.context = context;
            this.loadFromAssemblyPath = loadFromAssemblyPath;
        }

        /// <summary>A new context named <paramref name="name"/>, or null on .NET Framework (Windows PowerShell), which has none.</summary>
        public static DependencyLoadContext? TryCreate(string name)
        {
            var type = typeof(object).GetTypeInfo().Assembly.GetType(LoadContextTypeName, throwOnError: false);
            if (type == null)
            {
                return null;
            }

            var constructor = type.GetConstructor(new[] { typeof(string), typeof(bool) });
            var load = type.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
            if (constructor == null || load == null)
            {
                return null;
            }

            // Not collectible: types from it stay referenced by the session's objects after Remove-Module.
            var instance = constructor.Invoke(new object[] { name, false });
            return new DependencyLoadContext(instance, load);
        }

        /// <summary>Lets native libraries of the dependencies (SQLite's e_sqlite3) load from <paramref name="dependencyFolder"/>'s runtimes folder.</summary>
        public void ResolveNativeLibrariesFrom(string dependencyFolder) => NativeDependencyLoader.Hook(context, dependencyFolder);

        public Assembly LoadFromAssemblyPath(string path)
        {
            try
            {
                return (Assembly)loadFromAssemblyPath.Invoke(context, new object[] { path })!;
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                throw ex.InnerException;
            }
        }
    }
}
