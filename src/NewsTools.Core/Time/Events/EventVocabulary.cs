using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsTools.Config;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Events
{
    /// <summary>
    /// The word sets of event clauses (events.defaults.yaml and the user's additions), built once per configuration
    /// object: a timeline builder is made per article by some callers.
    /// </summary>
    internal sealed class EventVocabulary
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, EventVocabulary> Cache = new ConditionalWeakTable<NewsToolsConfig, EventVocabulary>();

        private EventVocabulary(NewsToolsConfig config)
        {
            // The text layer's one list (Text/text.defaults.yaml), which coverage cuts its clauses at too.
            ClauseOpeners = Set(config, "clauseOpeners");
            Auxiliaries = Set(config, "eventAuxiliaries");
            Modals = Set(config, "eventModals");
            IrregularVerbs = Set(config, "eventIrregularVerbs");
            // Month and weekday names come from the time vocabulary (CalendarWords), the engine's one list of them: a full
            // name or weekday says nothing about which event a report tells. Sentences come from Text/SentenceSplitter.
            var calendar = CalendarWords.For(config);
            Stopwords = new SliceSet(List(config, "eventStopwords").Concat(calendar.Months.Except(calendar.MonthAbbreviations)).Concat(calendar.Weekdays));
            // The lower-case words inside a name are the one list every name finder reads (Text/names.defaults.yaml).
            Connectors = Set(config, "nameConnectors");
            TitleWords = List(config, "eventTitleWords");
        }

        /// <summary>Conjunctions that open a new clause after a comma.</summary>
        public SliceSet ClauseOpeners { get; }

        /// <summary>Auxiliaries: the main verb is the next verb form after them.</summary>
        public SliceSet Auxiliaries { get; }

        public SliceSet Modals { get; }

        /// <summary>Common verbs whose forms the -ed rule misses.</summary>
        public SliceSet IrregularVerbs { get; }

        /// <summary>Words too common to tell two reports of one event apart.</summary>
        public SliceSet Stopwords { get; }

        /// <summary>Lower-case words inside a name ("Bank of England"): the text layer's nameConnectors.</summary>
        public SliceSet Connectors { get; }

        /// <summary>Title words stripped from the front of a name, besides the configuration's titles.</summary>
        public IReadOnlyList<string> TitleWords { get; }

        public static EventVocabulary For(NewsToolsConfig config) => Cache.GetValue(config, c => new EventVocabulary(c));

        private static IReadOnlyList<string> List(NewsToolsConfig config, string name) =>
            config.WordLists.TryGetValue(name, out var list) ? list : new List<string>();

        private static SliceSet Set(NewsToolsConfig config, string name) => new SliceSet(List(config, name));
    }
}
