using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace NewsTools.Engine
{
    /// <summary>
    /// A read-only dictionary whose text is its entries joined ("Sputnik=3; The Straits Times=2", as the CLI's CSV writes
    /// them). Per-outlet figures (Counts, Words, UniqueCounts) are of this type so that a spreadsheet export shows the
    /// figures rather than a collection type name, while code and JSON still see a dictionary.
    /// </summary>
    public sealed class JoinedDictionary<TKey, TValue> : ReadOnlyDictionary<TKey, TValue>
        where TKey : notnull
    {
        public static readonly JoinedDictionary<TKey, TValue> Empty = new JoinedDictionary<TKey, TValue>(new Dictionary<TKey, TValue>());

        public JoinedDictionary(IDictionary<TKey, TValue> entries)
            : base(entries)
        {
        }

        public override string ToString() => string.Join("; ", this.Select(e => e.Key + "=" + e.Value));
    }

    /// <summary>Wraps result dictionaries as <see cref="JoinedDictionary{TKey, TValue}"/>.</summary>
    public static class JoinedDictionary
    {
        public static IReadOnlyDictionary<TKey, TValue> Of<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? entries)
            where TKey : notnull =>
            entries is JoinedDictionary<TKey, TValue> joined ? joined
            : entries == null || entries.Count == 0 ? JoinedDictionary<TKey, TValue>.Empty
            : new JoinedDictionary<TKey, TValue>(entries as IDictionary<TKey, TValue> ?? entries.ToDictionary(e => e.Key, e => e.Value));
    }
}
