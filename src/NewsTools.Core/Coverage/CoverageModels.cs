using System;
using System.Collections.Generic;
using NewsTools.Engine;

namespace NewsTools.Coverage
{
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum CoverageKind
    {
        Statement,
        Fact,
        Discrepancy,
        Voice,
        Framing,
    }

    /// <summary>One outlet's rendering of a coverage item.</summary>
    public sealed class CoverageText
    {
        public string? Outlet { get; internal set; }

        public string ArticleId { get; internal set; } = "";

        public string Text { get; internal set; } = "";

        /// <summary>Offsets of the passage in the article text, or -1 when the text is not a passage (counts, headlines).</summary>
        public int Start { get; internal set; } = -1;

        public int End { get; internal set; } = -1;

        public override string ToString() => (Outlet ?? ArticleId) + ": " + Text;
    }

    /// <summary>One row of a comparison: a statement, fact, discrepancy, voice or framing item across the outlets of a group.</summary>
    public sealed class CoverageItem
    {
        public string GroupId { get; internal set; } = "";

        public CoverageKind Kind { get; internal set; }

        public string Summary { get; internal set; } = "";

        private IReadOnlyList<string> sources = JoinedList<string>.Empty;

        /// <summary>Outlets that carry the item.</summary>
        public IReadOnlyList<string> Sources { get => sources; internal set => sources = JoinedList.Of(value); }

        private IReadOnlyList<string> missingFrom = JoinedList<string>.Empty;

        /// <summary>Outlets of the group that do not carry it.</summary>
        public IReadOnlyList<string> MissingFrom { get => missingFrom; internal set => missingFrom = JoinedList.Of(value); }

        /// <summary>0..1 similarity of the renderings (1 for a single source).</summary>
        public double Similarity { get; internal set; }

        public string? Speaker { get; internal set; }

        /// <summary>Word-level difference between the first two renderings ("[-give up-]{+relax+}"), when there are two.</summary>
        public string? Difference { get; internal set; }

        private IReadOnlyList<CoverageText> texts = JoinedList<CoverageText>.Empty;

        public IReadOnlyList<CoverageText> Texts { get => texts; internal set => texts = JoinedList.Of(value); }

        /// <summary>Voice rows: the country or organisation the speakers speak for.</summary>
        public string? Side { get; internal set; }

        private IReadOnlyDictionary<string, int> counts = JoinedDictionary<string, int>.Empty;

        /// <summary>Voice rows: quotes per outlet.</summary>
        public IReadOnlyDictionary<string, int> Counts { get => counts; internal set => counts = JoinedDictionary.Of(value); }

        private IReadOnlyDictionary<string, int> words = JoinedDictionary<string, int>.Empty;

        /// <summary>Voice rows: quoted words per outlet.</summary>
        public IReadOnlyDictionary<string, int> Words { get => words; internal set => words = JoinedDictionary.Of(value); }

        /// <summary>Discrepancy rows: what differs ("numbers: 3 / 4"); framing rows: the aspect ("Headline", "Lead", "Wording").</summary>
        public string? Detail { get; internal set; }

        public override string ToString() => Kind + ": " + Summary;
    }

    /// <summary>The overview of one comparison group.</summary>
    public sealed class CoverageSummary
    {
        public string GroupId { get; internal set; } = "";

        private IReadOnlyList<string> outlets = JoinedList<string>.Empty;

        public IReadOnlyList<string> Outlets { get => outlets; internal set => outlets = JoinedList.Of(value); }

        private IReadOnlyList<string> articleIds = JoinedList<string>.Empty;

        public IReadOnlyList<string> ArticleIds { get => articleIds; internal set => articleIds = JoinedList.Of(value); }

        /// <summary>Share of fact and statement items carried by every outlet.</summary>
        public double SharedShare { get; internal set; }

        private IReadOnlyDictionary<string, int> uniqueCounts = JoinedDictionary<string, int>.Empty;

        /// <summary>Per outlet, how many fact and statement items only it carries.</summary>
        public IReadOnlyDictionary<string, int> UniqueCounts { get => uniqueCounts; internal set => uniqueCounts = JoinedDictionary.Of(value); }

        public double Similarity { get; internal set; }

        public int Statements { get; internal set; }

        public int Facts { get; internal set; }

        public int Discrepancies { get; internal set; }

        private IReadOnlyList<string> warnings = JoinedList<string>.Empty;

        /// <summary>What limited the comparison (an article in another language, a part of the engine not available).</summary>
        public IReadOnlyList<string> Warnings { get => warnings; internal set => warnings = JoinedList.Of(value); }

        public override string ToString() => GroupId + ": " + string.Join(", ", Outlets);
    }

    /// <summary>Articles found to cover the same event.</summary>
    public sealed class ArticleGroup
    {
        public string EventId { get; internal set; } = "";

        /// <summary>The words and names the group's articles share most, for a human label.</summary>
        public string Label { get; internal set; } = "";

        private IReadOnlyList<string> articleIds = JoinedList<string>.Empty;

        public IReadOnlyList<string> ArticleIds { get => articleIds; internal set => articleIds = JoinedList.Of(value); }

        /// <summary>The members' positions in the list given to the grouper (ids need not be unique: the same file read twice).</summary>
        public IReadOnlyList<int> ArticleIndexes { get; internal set; } = Array.Empty<int>();

        private IReadOnlyList<string> outlets = JoinedList<string>.Empty;

        public IReadOnlyList<string> Outlets { get => outlets; internal set => outlets = JoinedList.Of(value); }

        public int Count => ArticleIds.Count;

        public override string ToString() => EventId + " (" + Count + ")";
    }
}
