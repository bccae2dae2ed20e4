using System;
using System.Collections.Generic;

namespace NewsTools.Archive
{
    /// <summary>What adding an article to the archive did with it.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ArchiveStatus
    {
        /// <summary>Not seen before: stored with its quotes, time expressions and events.</summary>
        Added,
        /// <summary>Same URL, new text: stored as a new revision beside the old one.</summary>
        Revised,
        /// <summary>Same URL and same text as its current revision: nothing stored.</summary>
        Unchanged,
        /// <summary>The same text is already stored under another URL or name: nothing stored.</summary>
        Duplicate,
    }

    /// <summary>One article revision in the archive, or what adding one did: what Export-NewsArchive and `newstools archive add` write.</summary>
    public sealed class ArchiveEntry
    {
        public string ArticleId { get; internal set; } = "";

        public string? Url { get; internal set; }

        public string? Outlet { get; internal set; }

        public string? Title { get; internal set; }

        public ArchiveStatus Status { get; internal set; }

        /// <summary>1 for the first text seen at this URL, then 2, 3, ... for each change.</summary>
        public int Revision { get; internal set; }

        /// <summary>The event group the article joined ("event-0042"); null until grouped.</summary>
        public string? EventId { get; internal set; }

        /// <summary>SHA-256 of the text with white space collapsed (hex, first 32 digits): equal texts, equal hashes.</summary>
        public string ContentHash { get; internal set; } = "";

        public DateTime? PublishedTime { get; internal set; }

        /// <summary>When this revision was stored (UTC).</summary>
        public DateTimeOffset Added { get; internal set; }

        /// <summary>When the article's URL was first stored (UTC); equals <see cref="Added"/> for a first revision.</summary>
        public DateTimeOffset FirstSeen { get; internal set; }

        /// <summary>For a duplicate: the stored article it duplicates.</summary>
        public string? DuplicateOf { get; internal set; }

        public int Quotes { get; internal set; }

        public int TimeExpressions { get; internal set; }

        /// <summary>The archive's row for this revision (for a duplicate: the stored one).</summary>
        internal long Row { get; set; }

        public override string ToString() => Status + " " + (Url ?? ArticleId);
    }

    /// <summary>Kinds of change a scheduled run reports.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum ArchiveChangeKind
    {
        /// <summary>An event no stored article covered before.</summary>
        NewEvent,
        /// <summary>An outlet covering an existing event for the first time.</summary>
        NewOutlet,
        /// <summary>A statement (quote) not in the archive before.</summary>
        NewStatement,
        /// <summary>A difference between outlets on one event that involves a new article.</summary>
        NewDiscrepancy,
        /// <summary>An article whose text changed since it was first seen.</summary>
        Revised,
    }

    /// <summary>One thing that changed in the archive since a given time: what Compare-NewsArchive and `newstools archive changes` write.</summary>
    public sealed class ArchiveChange
    {
        public ArchiveChangeKind Kind { get; internal set; }

        public string? EventId { get; internal set; }

        /// <summary>The event's label (its most distinctive terms).</summary>
        public string? EventLabel { get; internal set; }

        public string? Outlet { get; internal set; }

        public string? ArticleId { get; internal set; }

        public string? Url { get; internal set; }

        public string? Speaker { get; internal set; }

        /// <summary>One line saying what changed.</summary>
        public string Summary { get; internal set; } = "";

        /// <summary>The statement, the differing texts, or the title; whatever the change is about.</summary>
        public string? Text { get; internal set; }

        /// <summary>The outlets covering the event after the change.</summary>
        public IReadOnlyList<string> Outlets { get; internal set; } = Array.Empty<string>();

        /// <summary>When the article behind the change was stored (UTC).</summary>
        public DateTimeOffset Added { get; internal set; }

        public override string ToString() => Kind + ": " + Summary;
    }

    /// <summary>What Get-NewsArchive gives back.</summary>
    public enum ArchiveKind
    {
        Article,
        Quote,
        TimeExpression,
        TimelineEvent,
        Event,
        Revision,
    }

    /// <summary>Filters for reading the archive; every one is optional.</summary>
    public sealed class ArchiveQuery
    {
        public ArchiveKind Kind { get; set; } = ArchiveKind.Article;

        /// <summary>Only what was stored at or after this time.</summary>
        public DateTimeOffset? Since { get; set; }

        /// <summary>Outlet names; * and ? are wildcards; case does not matter.</summary>
        public IReadOnlyList<string>? Outlets { get; set; }

        /// <summary>Speaker names (quotes only); * and ? are wildcards; case does not matter.</summary>
        public IReadOnlyList<string>? Speakers { get; set; }

        /// <summary>Only the articles of this event.</summary>
        public string? EventId { get; set; }
    }
}
