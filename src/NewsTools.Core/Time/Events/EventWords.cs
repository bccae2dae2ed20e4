using System;
using System.Collections.Generic;

namespace NewsTools.Time.Events
{
    /// <summary>Word lists for event clauses: data only, read by <see cref="EventExtractor"/> and <see cref="EventMerger"/>.</summary>
    internal static class EventWords
    {
        /// <summary>Conjunctions that open a new clause after a comma ("..., while Japan argues ...").</summary>
        public static readonly HashSet<string> ClauseOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "while", "whereas", "but", "although", "though", "after", "before", "when", "as", "because", "since", "until", "however",
        };

        /// <summary>Auxiliaries: the main verb is the next verb form after them.</summary>
        public static readonly HashSet<string> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "will", "would", "shall", "should",
            "can", "could", "may", "might", "must", "did", "do", "does", "'s", "'ll", "'d",
        };

        /// <summary>Common verbs whose forms the -ed rule misses.</summary>
        public static readonly HashSet<string> IrregularVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "said", "says", "say", "told", "tells", "met", "meet", "meets", "took", "take", "takes", "came", "come", "comes", "went", "go", "goes",
            "made", "make", "makes", "gave", "give", "gives", "saw", "see", "sees", "began", "begin", "begins", "begun", "left", "leave", "leaves",
            "held", "hold", "holds", "won", "win", "wins", "lost", "lose", "loses", "fell", "fall", "falls", "rose", "rise", "rises", "sold", "sell",
            "sells", "bought", "buy", "buys", "paid", "pay", "pays", "found", "find", "finds", "got", "get", "gets", "brought", "bring", "brings",
            "became", "become", "becomes", "ran", "run", "runs", "put", "puts", "led", "lead", "leads", "kept", "keep", "keeps", "sent", "send",
            "sends", "spent", "spend", "built", "build", "struck", "strike", "wrote", "write", "spoke", "speak", "speaks", "broke", "break",
            "flew", "fly", "grew", "grow", "knew", "know", "shot", "hit", "hits", "cut", "cuts", "drew", "fought", "fight", "caught", "thought",
            "think", "stood", "stand", "argues", "argue", "opened", "opens", "open", "eased", "eases", "declared", "imposed", "issued", "visit",
            "visits", "calls", "call", "shows", "show", "showed", "agree", "agrees", "launched", "fired", "been", "done", "gone", "seen", "taken",
            "given", "known", "shown", "heated", "revealed", "detected", "sent",
        };

        /// <summary>Title words stripped from the front of a name, besides the configuration's titles ("Foreign Minister Taro Kono").</summary>
        public static readonly string[] TitleWords =
        {
            "President", "Prime", "Minister", "Foreign", "Defence", "Defense", "Finance", "Secretary", "Chancellor", "Premier", "Leader",
            "Chief", "Spokesman", "Spokeswoman", "Ambassador", "Governor", "Senator", "King", "Queen", "Prince", "General", "Former",
            "Deputy", "Vice", "Chairman", "Director", "PM", "Mr", "Mrs", "Ms", "Dr", "Counterpart", "State", "Councillor",
        };

        /// <summary>Words a period follows without ending the sentence ("Mr. Wang", "Jan. 28").</summary>
        public static readonly string[] Abbreviations =
        {
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st", "mt", "rev", "hon", "jr", "sr",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "dept", "ave",
        };

        /// <summary>Words too common to tell two reports of one event apart.</summary>
        public static readonly HashSet<string> Stopwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "the", "and", "that", "this", "with", "from", "have", "has", "had", "were", "was", "will", "would", "their", "there", "they",
            "them", "which", "while", "said", "says", "also", "been", "being", "into", "onto", "over", "about", "after", "before", "during",
            "than", "then", "when", "what", "where", "who", "whom", "whose", "your", "ours", "other", "some", "such", "more", "most", "very",
            "only", "just", "both", "each", "many", "much", "last", "next", "early", "earlier", "later", "year", "years", "month", "months",
            "week", "weeks", "today", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "according", "statement", "between",
            "against", "within", "without", "under", "because", "however", "since", "until", "those", "these", "could", "should", "might",
            "photo", "reuters", "sputnik", "international",
        };
    }
}
