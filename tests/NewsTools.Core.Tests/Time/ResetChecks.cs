using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace NewsTools.Tests.Time
{
    /// <summary>For objects the tagger reuses from text to text: their reset must leave every field as a new object has it.</summary>
    internal static class ResetChecks
    {
        /// <summary>Sets every field of <paramref name="used"/> to a value unlike its default, resets it, and compares it with <paramref name="fresh"/> field by field.</summary>
        public static void AssertLikeNew<T>(T used, Action<T> reset, T fresh)
            where T : class
        {
            var fields = typeof(T).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
            foreach (var field in fields)
            {
                field.SetValue(used, Unlike(field.FieldType));
            }

            reset(used);
            foreach (var field in fields)
            {
                Assert.True(Equals(field.GetValue(fresh), field.GetValue(used)), field.Name + " is not reset");
            }
        }

        /// <summary>A value unlike the type's default.</summary>
        private static object Unlike(Type type)
        {
            var nullable = Nullable.GetUnderlyingType(type);
            return nullable != null ? Unlike(nullable)
                : type == typeof(bool) ? true
                : type == typeof(int) ? 7
                : type == typeof(string) ? "P7D"
                : type == typeof(DateTime) ? new DateTime(2001, 2, 3)
                : type.IsEnum ? Enum.GetValues(type).Cast<object>().Last()
                : type.IsClass ? RuntimeHelpers.GetUninitializedObject(type)
                : throw new InvalidOperationException("a field of a type this check does not fill: " + type);
        }
    }
}
