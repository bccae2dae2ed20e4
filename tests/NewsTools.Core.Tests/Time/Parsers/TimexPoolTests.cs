using System;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using NewsTools.Time;
using NewsTools.Time.Parsers;
using NewsTools.Time.Vocabulary;
using Xunit;

namespace NewsTools.Tests.Time.Parsers
{
    public class TimexPoolTests
    {
        private static readonly FieldInfo[] FrameFields = typeof(TimexFrame).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);

        /// <summary>A value unlike the type's default, for every field a frame has.</summary>
        private static object Unlike(Type type) =>
            type == typeof(bool) ? true
            : type == typeof(int) ? 7
            : type == typeof(string) ? "P7D"
            : type.IsEnum ? Enum.GetValues(type).Cast<object>().Last()
            : type.IsClass ? RuntimeHelpers.GetUninitializedObject(type)
            : throw new InvalidOperationException("a frame field of a type this test does not fill: " + type);

        [Fact]
        public void ClearedFrameEqualsANewOneInEveryField()
        {
            // A field added to TimexFrame and forgotten in Clear would carry one expression's reading into the next.
            var used = new TimexFrame();
            foreach (var field in FrameFields)
            {
                field.SetValue(used, Unlike(field.FieldType));
            }

            used.Clear();
            var fresh = new TimexFrame();
            foreach (var field in FrameFields)
            {
                Assert.True(Equals(field.GetValue(fresh), field.GetValue(used)), field.Name + " is not reset by Clear");
            }
        }

        [Fact]
        public void RewoundPoolHandsOutBlankFramesAndDistinctObjects()
        {
            var pool = new TimexPool();
            var first = pool.Calendar(year: 2020, month: 5, direction: Direction.StrictPast);
            first.Invalid = true;
            var other = pool.Duration(TimeUnit.Week, 2);
            Assert.NotSame(first, other);
            var candidate = pool.Candidate(1, 3, first);

            pool.Rewind();
            var again = pool.Frame();
            Assert.Same(first, again);
            Assert.Null(again.Year);
            Assert.Null(again.Month);
            Assert.False(again.Invalid);
            Assert.Equal(Direction.ByTense, again.Direction);
            Assert.Equal(TimexType.Date, again.Type);

            var reused = pool.Candidate(4, 5, again);
            Assert.Same(candidate, reused);
            Assert.Equal(4, reused.First);
            Assert.Equal(5, reused.End);
            Assert.Same(again, reused.Frame);
        }
    }
}
