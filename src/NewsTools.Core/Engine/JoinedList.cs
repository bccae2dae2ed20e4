using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace NewsTools.Engine
{
    /// <summary>
    /// A read-only list whose text is its items joined ("Sputnik, The Straits Times"), equal to another list with the same
    /// items. Result lists (Sources, Outlets, MissingFrom, Texts ...) are of this type so that tools that turn a value into
    /// text or compare values, as a spreadsheet export or a group-by does, see the names rather than a collection type name,
    /// while code and JSON still see a list.
    /// </summary>
    public sealed class JoinedList<T> : IReadOnlyList<T>, IEquatable<JoinedList<T>>
    {
        public static readonly JoinedList<T> Empty = new JoinedList<T>(Array.Empty<T>());

        private readonly IReadOnlyList<T> items;

        public JoinedList(IReadOnlyList<T> items)
        {
            this.items = items ?? Array.Empty<T>();
        }

        public int Count => items.Count;

        public T this[int index] => items[index];

        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

        /// <summary>Names are joined with a comma; longer items (texts that hold commas themselves) with a semicolon.</summary>
        public override string ToString() => string.Join(typeof(T) == typeof(string) ? ", " : "; ", items.Select(i => i?.ToString()));

        public bool Equals(JoinedList<T>? other) => other != null && items.SequenceEqual(other.items);

        public override bool Equals(object? obj) => obj is JoinedList<T> other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var hash = 17;
                foreach (var item in items)
                {
                    hash = (hash * 31) + (item?.GetHashCode() ?? 0);
                }

                return hash;
            }
        }
    }

    /// <summary>Wraps result lists as <see cref="JoinedList{T}"/>.</summary>
    public static class JoinedList
    {
        public static IReadOnlyList<T> Of<T>(IReadOnlyList<T>? items) =>
            items is JoinedList<T> joined ? joined : items == null || items.Count == 0 ? JoinedList<T>.Empty : new JoinedList<T>(items);
    }
}
