using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace NewsTools.Module.Tests
{
    /// <summary>One parameter's attributes in one parameter set ("__AllParameterSets" when none is named).</summary>
    internal sealed record ParameterSetEntry(string SetName, bool Mandatory, int Position, bool ByValue, bool ByPropertyName);

    internal sealed class ParameterMetadata
    {
        public string Name { get; init; } = "";

        public Type Type { get; init; } = typeof(object);

        public IReadOnlyList<string> Aliases { get; init; } = Array.Empty<string>();

        public bool SupportsWildcards { get; init; }

        public Type? Completer { get; init; }

        public IReadOnlyList<string> ValidateSet { get; init; } = Array.Empty<string>();

        public IReadOnlyList<ParameterSetEntry> Sets { get; init; } = Array.Empty<ParameterSetEntry>();

        public bool InAllSets => Sets.Any(s => s.SetName == CmdletMetadata.AllSets);

        public bool ByValue => Sets.Any(s => s.ByValue);

        public bool ByPropertyName => Sets.Any(s => s.ByPropertyName);
    }

    /// <summary>
    /// A cmdlet's metadata read from the attribute blobs (CustomAttributeData), not by constructing the attributes:
    /// PowerShellStandard's System.Management.Automation is a stub whose attribute properties all read back empty.
    /// </summary>
    internal sealed class CmdletMetadata
    {
        public const string AllSets = "__AllParameterSets";

        public Type Type { get; init; } = typeof(object);

        public string Verb { get; init; } = "";

        public string Noun { get; init; } = "";

        public string Name => Verb + "-" + Noun;

        public string? DefaultParameterSetName { get; init; }

        public bool SupportsShouldProcess { get; init; }

        public IReadOnlyList<Type> OutputTypes { get; init; } = Array.Empty<Type>();

        public IReadOnlyList<ParameterMetadata> Parameters { get; init; } = Array.Empty<ParameterMetadata>();

        /// <summary>Named parameter sets, in first-declared order (none when every parameter is in all sets).</summary>
        public IReadOnlyList<string> ParameterSets =>
            Parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(s => s != AllSets).Distinct().ToList();

        public static Assembly CmdletAssembly => typeof(NewsTools.PowerShell.Commands.NewsToolsCmdlet).Assembly;

        /// <summary>Every public, concrete PSCmdlet in NewsTools.dll.</summary>
        public static IReadOnlyList<Type> CmdletTypes =>
            CmdletAssembly.GetExportedTypes().Where(t => t.IsClass && !t.IsAbstract && typeof(Cmdlet).IsAssignableFrom(t)).OrderBy(t => t.Name).ToList();

        public static IReadOnlyList<CmdletMetadata> All => CmdletTypes.Select(Read).ToList();

        public static CmdletMetadata Read(Type type)
        {
            var cmdlet = type.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(CmdletAttribute))
                ?? throw new InvalidOperationException(type.Name + " has no [Cmdlet] attribute.");
            var outputs = type.GetCustomAttributesData()
                .Where(a => a.AttributeType == typeof(OutputTypeAttribute))
                .SelectMany(a => a.ConstructorArguments)
                .SelectMany(Values)
                .OfType<Type>()
                .ToList();

            var parameters = new List<ParameterMetadata>();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var data = property.GetCustomAttributesData();
                var sets = data.Where(a => a.AttributeType == typeof(ParameterAttribute)).Select(ReadSet).ToList();
                if (sets.Count == 0)
                {
                    continue;
                }

                parameters.Add(new ParameterMetadata
                {
                    Name = property.Name,
                    Type = property.PropertyType,
                    Aliases = data.Where(a => a.AttributeType == typeof(AliasAttribute)).SelectMany(a => a.ConstructorArguments).SelectMany(Values).OfType<string>().ToList(),
                    SupportsWildcards = data.Any(a => a.AttributeType == typeof(SupportsWildcardsAttribute)),
                    Completer = data.Where(a => a.AttributeType == typeof(ArgumentCompleterAttribute)).Select(a => a.ConstructorArguments[0].Value).OfType<Type>().FirstOrDefault(),
                    ValidateSet = data.Where(a => a.AttributeType == typeof(ValidateSetAttribute)).SelectMany(a => a.ConstructorArguments).SelectMany(Values).OfType<string>().ToList(),
                    Sets = sets,
                });
            }

            return new CmdletMetadata
            {
                Type = type,
                Verb = (string)cmdlet.ConstructorArguments[0].Value!,
                Noun = (string)cmdlet.ConstructorArguments[1].Value!,
                DefaultParameterSetName = Named<string>(cmdlet, nameof(CmdletAttribute.DefaultParameterSetName)),
                SupportsShouldProcess = Named<bool?>(cmdlet, nameof(CmdletAttribute.SupportsShouldProcess)) ?? false,
                OutputTypes = outputs,
                Parameters = OrderParameters(parameters),
            };
        }

        /// <summary>Approved verbs: the constants of PowerShell's Verbs* classes.</summary>
        public static IReadOnlySet<string> ApprovedVerbs { get; } = new[]
            {
                typeof(VerbsCommon), typeof(VerbsData), typeof(VerbsLifecycle), typeof(VerbsDiagnostic),
                typeof(VerbsCommunications), typeof(VerbsSecurity), typeof(VerbsOther),
            }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToHashSet(StringComparer.Ordinal);

        /// <summary>PowerShell's own order: positional parameters by position, then the rest by declaration.</summary>
        private static IReadOnlyList<ParameterMetadata> OrderParameters(List<ParameterMetadata> parameters) =>
            parameters
                .Select((p, i) => (p, i))
                .OrderBy(x => x.p.Sets.Select(s => s.Position).Where(n => n >= 0).DefaultIfEmpty(int.MaxValue).Min())
                .ThenBy(x => x.i)
                .Select(x => x.p)
                .ToList();

        private static ParameterSetEntry ReadSet(CustomAttributeData attribute) => new ParameterSetEntry(
            Named<string>(attribute, nameof(ParameterAttribute.ParameterSetName)) ?? AllSets,
            Named<bool?>(attribute, nameof(ParameterAttribute.Mandatory)) ?? false,
            Named<int?>(attribute, nameof(ParameterAttribute.Position)) ?? int.MinValue,
            Named<bool?>(attribute, nameof(ParameterAttribute.ValueFromPipeline)) ?? false,
            Named<bool?>(attribute, nameof(ParameterAttribute.ValueFromPipelineByPropertyName)) ?? false);

        private static T? Named<T>(CustomAttributeData attribute, string name)
        {
            var argument = attribute.NamedArguments.FirstOrDefault(a => a.MemberName == name);
            return argument.MemberInfo == null ? default : (T?)argument.TypedValue.Value;
        }

        private static IEnumerable<object?> Values(CustomAttributeTypedArgument argument) =>
            argument.Value is ReadOnlyCollection<CustomAttributeTypedArgument> items ? items.Select(i => i.Value) : new[] { argument.Value };
    }
}
