namespace NewsTools.Quotes
{
    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum QuoteKind
    {
        /// <summary>Whole sentence(s) in quote marks.</summary>
        Direct,
        /// <summary>A fragment quoted inside a reported sentence.</summary>
        Partial,
        /// <summary>Reported speech with no quote marks ("Wang noted that ...").</summary>
        Indirect,
        /// <summary>A quoted name, term or scare quote: never given a speaker.</summary>
        Term,
    }

    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum Attribution
    {
        None,
        /// <summary>The speaker is named at the cue.</summary>
        Explicit,
        /// <summary>A noun phrase stands for the speaker ("the ministry").</summary>
        Nominal,
        /// <summary>A pronoun at the cue ("he said").</summary>
        Pronoun,
        /// <summary>An unattributed quote paragraph continuing the previous speaker.</summary>
        Continuation,
    }

    [Newtonsoft.Json.JsonConverter(typeof(Newtonsoft.Json.Converters.StringEnumConverter))]
    public enum SpeakerType
    {
        Unknown,
        Person,
        Organization,
        Place,
    }

    /// <summary>One quotation with the person or body behind it.</summary>
    public sealed class Quote
    {
        public string Text { get; internal set; } = "";

        public QuoteKind Kind { get; internal set; }

        /// <summary>Canonical speaker name ("Wang Yi"), or null when none could be found.</summary>
        public string? Speaker { get; internal set; }

        /// <summary>The speaker as written at the cue ("Wang", "he", "the ministry").</summary>
        public string? SpeakerMention { get; internal set; }

        public string? SpeakerTitle { get; internal set; }

        public SpeakerType SpeakerType { get; internal set; }

        /// <summary>The reporting expression ("said", "told", "according to").</summary>
        public string? Cue { get; internal set; }

        /// <summary>Whom the speaker addressed, when the text says ("Wang told Kono").</summary>
        public string? Addressee { get; internal set; }

        /// <summary>The outlet or body the speaker's words came through ("..., the judge said, according to the Post": the Post), or null.</summary>
        public string? Via { get; internal set; }

        public Attribution Attribution { get; internal set; }

        public string ArticleId { get; internal set; } = "";

        public string? Outlet { get; internal set; }

        /// <summary>Index of the paragraph in Article.Paragraphs.</summary>
        public int Paragraph { get; internal set; }

        /// <summary>Offsets of the quoted text (inside the marks) in the article text as given.</summary>
        public int Start { get; internal set; }

        public int End { get; internal set; }

        /// <summary>Offsets of the speaker mention at the cue, or -1.</summary>
        public int SpeakerStart { get; internal set; } = -1;

        public int SpeakerEnd { get; internal set; } = -1;

        /// <summary>The sentence that holds the quote (or its first sentence).</summary>
        public string Sentence { get; internal set; } = "";

        public override string ToString() => (Speaker ?? "?") + ": " + Text;
    }
}
