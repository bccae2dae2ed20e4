namespace NewsTools.Quotes.AttributionRules
{
    /// <summary>
    /// The order in which the cue rules are asked about a quote; the first rule that answers decides. Every rule reads the
    /// same paragraph tokens, and every search is bounded, so the work per quote is constant.
    /// </summary>
    internal sealed class CueRules
    {
        private readonly ICueRule[] rules;

        public CueRules(CueFinder cues)
        {
            Cues = cues;
            Naming = new NamingVerbRule(cues);
            OwnedSpeech = new OwnedSpeechRule(cues);
            rules = new ICueRule[]
            {
                // A complete attribution right after a partial quote ('... as "horrendous," he said.') wins over a cue earlier
                // in the sentence, which would otherwise claim the quote for the clause it reports.
                new TrailingAttributionRule(cues),

                // Otherwise a partial quote inside a reported sentence takes the cue before it ('After Scalia said that ...
                // "quote," Trump said'), and so does a quote after 'Wang told reporters:'. Before the rules that read after
                // the quote, which would give the partial quote to Trump.
                new CueBeforeQuoteRule(cues),

                // A name or description the subject gives right before the quote ('who she dubbed "Mr. P"', 'dismissed it as
                // "locker-room talk"') is the subject's, short or in capitals; after the cue before the quote, which claims it for
                // the clause it reports ('She noted that Sanders called him "weak"'), and before the rules that read further away.
                Naming,

                // The content of a speech act a person owns ('Obama's "if you like your plan ..." promise', 'his call for "..."').
                // After the cue before the quote too: a speaker who repeats their own claim reports it ('He repeated his
                // assertion that the "media is rigging the polls"').
                OwnedSpeech,

                // After the quote, the most specific shape first: a dash signature, then a name set off by descriptions (its
                // cue stands further from the quote than the plain rule reads), then a subject and cue or an inverted cue
                // opening the stretch, and only then an attribution between commas later in it, which may belong to a later clause.
                new DashSignatureRule(cues.Lexicon, cues.Parser),
                new NamedOpeningRule(cues),
                new CueAfterQuoteRule(cues),
                new ParentheticalRule(cues),

                // A colon before the quote makes any verb a cue ('Kasich resisted: "..."'). It guesses, so every rule that
                // reads a listed cue verb next to the quote comes first.
                new ColonVerbRule(cues),

                // 'Continued Okafor: "..."': a reporting verb before its subject and a colon. Before the label rule, which would
                // read "Continued Okafor" as a name.
                new InvertedColonRule(cues),

                // With no verb at all, a round-up item's headline in capitals names the story its excerpt is quoted from, when an
                // outlet's credit in brackets follows ('HEADLINE "excerpt" [AP.]'). Before the label rule, which reads names.
                new RoundUpExcerptRule(),

                // With no verb at all, a name that opens the paragraph and a colon label the quote ('Okafor: "..."'), as in
                // transcripts and round-ups. After the verb rule, so 'Okafor said:' keeps its verb as the cue.
                new LabelColonRule(cues),

                // Elsewhere in the sentence, only when the quote's own stretches hold no cue: earlier stretches (right to
                // left), then later ones.
                new EarlierStretchRule(cues),
                new LaterStretchRule(cues),

                // A quotation that is a sentence of its own, named in the next one as someone's words ('"..." That was the
                // verdict of coach Tim Lee.'), when its own sentence holds no cue.
                new VerdictSentenceRule(cues),

                // Across the paragraph break: a colon closing the previous paragraph, only for a quote that opens this one
                // and has no cue of its own.
                new PreviousParagraphColonRule(cues),

                // Last, because it guesses: with no cue at all, the verb of the clause that holds a quoted fragment.
                new GoverningVerbRule(cues),
            };
        }

        /// <summary>The naming rule ('called her "..."').</summary>
        public NamingVerbRule Naming { get; }

        /// <summary>The owned speech rule ('his call for "..."').</summary>
        public OwnedSpeechRule OwnedSpeech { get; }

        /// <summary>
        /// Whether the quote is a name someone gives or the content of someone's speech act: the attributor asks this of a quote
        /// another rule attributes, which is then a quote however short or capitalised.
        /// </summary>
        public bool IsSomeonesWording(QuoteContext quote) => Naming.Find(quote) != null || OwnedSpeech.Find(quote) != null;

        /// <summary>What the rules read cues with (the attributor's fallback rules use it too).</summary>
        public CueFinder Cues { get; }

        /// <summary>The rules in the order they are asked (an array: walked by index, with no enumerator or interface call per rule).</summary>
        public ICueRule[] Rules => rules;

        /// <summary>The first rule's answer for the quote, or null when no rule finds a cue.</summary>
        public CueCandidate? Find(QuoteContext quote)
        {
            // A for loop over the array: a foreach over the interface would allocate an enumerator for every quote.
            for (var i = 0; i < rules.Length; i++)
            {
                var candidate = rules[i].Find(quote);
                if (candidate != null)
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
