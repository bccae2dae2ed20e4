namespace NewsTools.Time.Vocabulary
{
    /// <summary>What a word means to the time parsers.</summary>
    internal enum LexKind : byte
    {
        None,
        Month,
        Weekday,
        Number,
        Ordinal,
        Unit,
        Season,
        PartOfDay,
        DayWord,
        Reference,
        Modifier,
        Holiday,
        SetWord,
        Vague,
        Meridiem,
        Decade,
    }

    /// <summary>Calendar units, finest first.</summary>
    internal enum TimeUnit : byte
    {
        None,
        Second,
        Minute,
        Hour,
        Day,
        Weekend,
        Week,
        Fortnight,
        Month,
        Quarter,
        Half,
        Year,
        Decade,
        Century,
        Millennium,
    }

    /// <summary>Modifier words; the parsers test these by value.</summary>
    internal enum Mod : byte
    {
        None,
        Last,
        Next,
        This,
        Past,
        Coming,
        Previous,
        Following,
        Current,
        Latest,
        Earlier,
        Later,
        Early,
        Late,
        Mid,
        Beginning,
        End,
        Middle,
        Ago,
        Before,
        After,
        Each,
        Every,
        Fiscal,
        The,
        A,
        Of,
        In,
        Recent,
        Nearly,
        More,
        Less,
        Than,
        Least,
        At,
        Up,
        To,
        Over,
        Within,
        Start,
        Few,
        Couple,
        Several,
        Some,
        Many,
        Half,
        And,
        Or,
        So,
        Ago2,
        Year,
        Same,
        That,
        These,
        Those,
        First,
        Final,
        Near,
        Short,
        Long,
        Term,
        Period,
        Time,
        Moment,
        Its,
        Their,
        Turn,
        Old,
        Full,
        Whole,
        Entire,
        Around,
    }

    /// <summary>One vocabulary entry: a word form and what it means.</summary>
    internal readonly struct LexEntry
    {
        public LexEntry(string word, LexKind kind, int value, int value2 = 0)
        {
            Word = word;
            Kind = kind;
            Value = value;
            Value2 = value2;
        }

        public string Word { get; }

        public LexKind Kind { get; }

        /// <summary>Month 1-12, ISO weekday 1-7, number, ordinal, unit, season code, part of day code, modifier...</summary>
        public int Value { get; }

        /// <summary>Second meaning: plural flag for units (1), abbreviation flag for months (1).</summary>
        public int Value2 { get; }
    }

    /// <summary>
    /// The English time vocabulary: months, weekdays, number words, units, seasons, parts of the day, holidays and the
    /// modifiers news uses around them. Data only; the parsers in Time/Parsers read it through <see cref="Lexicon"/>.
    /// A second language is a second table.
    /// </summary>
    internal static class TimeVocabulary
    {
        // Season and part-of-day codes as TIMEX3 writes them.
        public static readonly string[] SeasonCodes = { "", "SP", "SU", "FA", "WI" };
        public static readonly string[] PartOfDayCodes = { "", "MO", "AF", "EV", "NI", "DT" };

        public const int Today = 0;
        public const int Yesterday = -1;
        public const int Tomorrow = 1;
        public const int Tonight = 10;

        public const int PresentRef = 1;
        public const int PastRef = 2;
        public const int FutureRef = 3;

        public static readonly LexEntry[] Entries =
        {
            // Months; Value2 = 1 marks abbreviations, which need a following day or year (or a period) to count.
            new LexEntry("january", LexKind.Month, 1), new LexEntry("jan", LexKind.Month, 1, 1),
            new LexEntry("february", LexKind.Month, 2), new LexEntry("feb", LexKind.Month, 2, 1),
            new LexEntry("march", LexKind.Month, 3), new LexEntry("mar", LexKind.Month, 3, 1),
            new LexEntry("april", LexKind.Month, 4), new LexEntry("apr", LexKind.Month, 4, 1),
            new LexEntry("may", LexKind.Month, 5),
            new LexEntry("june", LexKind.Month, 6), new LexEntry("jun", LexKind.Month, 6, 1),
            new LexEntry("july", LexKind.Month, 7), new LexEntry("jul", LexKind.Month, 7, 1),
            new LexEntry("august", LexKind.Month, 8), new LexEntry("aug", LexKind.Month, 8, 1),
            new LexEntry("september", LexKind.Month, 9), new LexEntry("sept", LexKind.Month, 9, 1), new LexEntry("sep", LexKind.Month, 9, 1),
            new LexEntry("october", LexKind.Month, 10), new LexEntry("oct", LexKind.Month, 10, 1),
            new LexEntry("november", LexKind.Month, 11), new LexEntry("nov", LexKind.Month, 11, 1),
            new LexEntry("december", LexKind.Month, 12), new LexEntry("dec", LexKind.Month, 12, 1),

            // ISO weekdays; Value2 = 1 plural ("Tuesdays").
            new LexEntry("monday", LexKind.Weekday, 1), new LexEntry("mondays", LexKind.Weekday, 1, 1),
            new LexEntry("tuesday", LexKind.Weekday, 2), new LexEntry("tuesdays", LexKind.Weekday, 2, 1),
            new LexEntry("wednesday", LexKind.Weekday, 3), new LexEntry("wednesdays", LexKind.Weekday, 3, 1),
            new LexEntry("thursday", LexKind.Weekday, 4), new LexEntry("thursdays", LexKind.Weekday, 4, 1),
            new LexEntry("friday", LexKind.Weekday, 5), new LexEntry("fridays", LexKind.Weekday, 5, 1),
            new LexEntry("saturday", LexKind.Weekday, 6), new LexEntry("saturdays", LexKind.Weekday, 6, 1),
            new LexEntry("sunday", LexKind.Weekday, 7), new LexEntry("sundays", LexKind.Weekday, 7, 1),

            // Cardinal number words.
            new LexEntry("one", LexKind.Number, 1), new LexEntry("two", LexKind.Number, 2), new LexEntry("three", LexKind.Number, 3),
            new LexEntry("four", LexKind.Number, 4), new LexEntry("five", LexKind.Number, 5), new LexEntry("six", LexKind.Number, 6),
            new LexEntry("seven", LexKind.Number, 7), new LexEntry("eight", LexKind.Number, 8), new LexEntry("nine", LexKind.Number, 9),
            new LexEntry("ten", LexKind.Number, 10), new LexEntry("eleven", LexKind.Number, 11), new LexEntry("twelve", LexKind.Number, 12),
            new LexEntry("thirteen", LexKind.Number, 13), new LexEntry("fourteen", LexKind.Number, 14), new LexEntry("fifteen", LexKind.Number, 15),
            new LexEntry("sixteen", LexKind.Number, 16), new LexEntry("seventeen", LexKind.Number, 17), new LexEntry("eighteen", LexKind.Number, 18),
            new LexEntry("nineteen", LexKind.Number, 19), new LexEntry("twenty", LexKind.Number, 20), new LexEntry("thirty", LexKind.Number, 30),
            new LexEntry("forty", LexKind.Number, 40), new LexEntry("fifty", LexKind.Number, 50), new LexEntry("sixty", LexKind.Number, 60),
            new LexEntry("seventy", LexKind.Number, 70), new LexEntry("eighty", LexKind.Number, 80), new LexEntry("ninety", LexKind.Number, 90),
            new LexEntry("hundred", LexKind.Number, 100), new LexEntry("thousand", LexKind.Number, 1000), new LexEntry("dozen", LexKind.Number, 12),

            // Ordinals.
            new LexEntry("first", LexKind.Ordinal, 1), new LexEntry("second", LexKind.Ordinal, 2), new LexEntry("third", LexKind.Ordinal, 3),
            new LexEntry("fourth", LexKind.Ordinal, 4), new LexEntry("fifth", LexKind.Ordinal, 5), new LexEntry("sixth", LexKind.Ordinal, 6),
            new LexEntry("seventh", LexKind.Ordinal, 7), new LexEntry("eighth", LexKind.Ordinal, 8), new LexEntry("ninth", LexKind.Ordinal, 9),
            new LexEntry("tenth", LexKind.Ordinal, 10), new LexEntry("eleventh", LexKind.Ordinal, 11), new LexEntry("twelfth", LexKind.Ordinal, 12),
            new LexEntry("thirteenth", LexKind.Ordinal, 13), new LexEntry("fourteenth", LexKind.Ordinal, 14), new LexEntry("fifteenth", LexKind.Ordinal, 15),
            new LexEntry("sixteenth", LexKind.Ordinal, 16), new LexEntry("seventeenth", LexKind.Ordinal, 17), new LexEntry("eighteenth", LexKind.Ordinal, 18),
            new LexEntry("nineteenth", LexKind.Ordinal, 19), new LexEntry("twentieth", LexKind.Ordinal, 20), new LexEntry("thirtieth", LexKind.Ordinal, 30),
            new LexEntry("twenty-first", LexKind.Ordinal, 21),

            // Units; Value2 = 1 plural.
            new LexEntry("second", LexKind.Unit, (int)TimeUnit.Second), new LexEntry("seconds", LexKind.Unit, (int)TimeUnit.Second, 1),
            new LexEntry("minute", LexKind.Unit, (int)TimeUnit.Minute), new LexEntry("minutes", LexKind.Unit, (int)TimeUnit.Minute, 1),
            new LexEntry("hour", LexKind.Unit, (int)TimeUnit.Hour), new LexEntry("hours", LexKind.Unit, (int)TimeUnit.Hour, 1),
            new LexEntry("day", LexKind.Unit, (int)TimeUnit.Day), new LexEntry("days", LexKind.Unit, (int)TimeUnit.Day, 1),
            new LexEntry("weekend", LexKind.Unit, (int)TimeUnit.Weekend), new LexEntry("weekends", LexKind.Unit, (int)TimeUnit.Weekend, 1),
            new LexEntry("week", LexKind.Unit, (int)TimeUnit.Week), new LexEntry("weeks", LexKind.Unit, (int)TimeUnit.Week, 1),
            new LexEntry("fortnight", LexKind.Unit, (int)TimeUnit.Fortnight),
            new LexEntry("month", LexKind.Unit, (int)TimeUnit.Month), new LexEntry("months", LexKind.Unit, (int)TimeUnit.Month, 1),
            new LexEntry("quarter", LexKind.Unit, (int)TimeUnit.Quarter), new LexEntry("quarters", LexKind.Unit, (int)TimeUnit.Quarter, 1),
            new LexEntry("year", LexKind.Unit, (int)TimeUnit.Year), new LexEntry("years", LexKind.Unit, (int)TimeUnit.Year, 1),
            new LexEntry("decade", LexKind.Unit, (int)TimeUnit.Decade), new LexEntry("decades", LexKind.Unit, (int)TimeUnit.Decade, 1),
            new LexEntry("century", LexKind.Unit, (int)TimeUnit.Century), new LexEntry("centuries", LexKind.Unit, (int)TimeUnit.Century, 1),
            new LexEntry("millennium", LexKind.Unit, (int)TimeUnit.Millennium),

            // Seasons: 1 SP, 2 SU, 3 FA, 4 WI.
            new LexEntry("spring", LexKind.Season, 1), new LexEntry("summer", LexKind.Season, 2), new LexEntry("autumn", LexKind.Season, 3),
            new LexEntry("fall", LexKind.Season, 3), new LexEntry("winter", LexKind.Season, 4), new LexEntry("summers", LexKind.Season, 2, 1),
            new LexEntry("winters", LexKind.Season, 4, 1),

            // Parts of the day: 1 MO, 2 AF, 3 EV, 4 NI.
            new LexEntry("morning", LexKind.PartOfDay, 1), new LexEntry("afternoon", LexKind.PartOfDay, 2), new LexEntry("evening", LexKind.PartOfDay, 3),
            new LexEntry("night", LexKind.PartOfDay, 4), new LexEntry("nights", LexKind.PartOfDay, 4, 1), new LexEntry("mornings", LexKind.PartOfDay, 1, 1),
            new LexEntry("noon", LexKind.Meridiem, 12), new LexEntry("midnight", LexKind.Meridiem, 24), new LexEntry("overnight", LexKind.PartOfDay, 4, 2),

            // Days named from today.
            new LexEntry("today", LexKind.DayWord, Today), new LexEntry("yesterday", LexKind.DayWord, Yesterday),
            new LexEntry("tomorrow", LexKind.DayWord, Tomorrow), new LexEntry("tonight", LexKind.DayWord, Tonight),

            // References to the present, past and future as a whole (TIMEX3 PRESENT_REF, PAST_REF, FUTURE_REF).
            new LexEntry("now", LexKind.Reference, PresentRef), new LexEntry("currently", LexKind.Reference, PresentRef),
            new LexEntry("nowadays", LexKind.Reference, PresentRef), new LexEntry("recently", LexKind.Reference, PastRef),
            new LexEntry("lately", LexKind.Reference, PastRef), new LexEntry("soon", LexKind.Reference, FutureRef),
            new LexEntry("future", LexKind.Reference, FutureRef), new LexEntry("current", LexKind.Reference, PresentRef, 1),
            new LexEntry("recent", LexKind.Reference, PastRef, 1),

            // Sets. News uses "daily", "quarterly", "annually" mostly as adjectives of amounts ("quarterly dividend"), which
            // TIMEX3 annotators leave out; only "every ..." and "each ..." phrases and plural weekdays count as sets.

            // Meridiem markers.
            new LexEntry("am", LexKind.Meridiem, 0), new LexEntry("pm", LexKind.Meridiem, 1),

            // Decade words ("the nineties").
            new LexEntry("twenties", LexKind.Decade, 2), new LexEntry("thirties", LexKind.Decade, 3), new LexEntry("forties", LexKind.Decade, 4),
            new LexEntry("fifties", LexKind.Decade, 5), new LexEntry("sixties", LexKind.Decade, 6), new LexEntry("seventies", LexKind.Decade, 7),
            new LexEntry("eighties", LexKind.Decade, 8), new LexEntry("nineties", LexKind.Decade, 9),

            // Fixed-date holidays: Value = month * 100 + day.
            new LexEntry("christmas", LexKind.Holiday, 1225), new LexEntry("halloween", LexKind.Holiday, 1031),

            // Vague quantities ("several years", "a few days"): the amount is X.
            new LexEntry("few", LexKind.Vague, (int)Mod.Few), new LexEntry("several", LexKind.Vague, (int)Mod.Several),
            new LexEntry("couple", LexKind.Vague, (int)Mod.Couple), new LexEntry("many", LexKind.Vague, (int)Mod.Many),
            new LexEntry("some", LexKind.Vague, (int)Mod.Some),

            // Modifiers.
            new LexEntry("last", LexKind.Modifier, (int)Mod.Last), new LexEntry("next", LexKind.Modifier, (int)Mod.Next),
            new LexEntry("this", LexKind.Modifier, (int)Mod.This), new LexEntry("past", LexKind.Modifier, (int)Mod.Past),
            new LexEntry("coming", LexKind.Modifier, (int)Mod.Coming), new LexEntry("previous", LexKind.Modifier, (int)Mod.Previous),
            new LexEntry("prior", LexKind.Modifier, (int)Mod.Previous), new LexEntry("following", LexKind.Modifier, (int)Mod.Following),
            new LexEntry("latest", LexKind.Modifier, (int)Mod.Latest), new LexEntry("current", LexKind.Modifier, (int)Mod.Current), new LexEntry("earlier", LexKind.Modifier, (int)Mod.Earlier),
            new LexEntry("later", LexKind.Modifier, (int)Mod.Later), new LexEntry("early", LexKind.Modifier, (int)Mod.Early),
            new LexEntry("late", LexKind.Modifier, (int)Mod.Late), new LexEntry("mid", LexKind.Modifier, (int)Mod.Mid),
            new LexEntry("beginning", LexKind.Modifier, (int)Mod.Beginning), new LexEntry("start", LexKind.Modifier, (int)Mod.Start),
            new LexEntry("end", LexKind.Modifier, (int)Mod.End), new LexEntry("middle", LexKind.Modifier, (int)Mod.Middle),
            new LexEntry("ago", LexKind.Modifier, (int)Mod.Ago), new LexEntry("before", LexKind.Modifier, (int)Mod.Before),
            new LexEntry("after", LexKind.Modifier, (int)Mod.After), new LexEntry("each", LexKind.Modifier, (int)Mod.Each),
            new LexEntry("every", LexKind.Modifier, (int)Mod.Every), new LexEntry("fiscal", LexKind.Modifier, (int)Mod.Fiscal),
            new LexEntry("the", LexKind.Modifier, (int)Mod.The), new LexEntry("a", LexKind.Modifier, (int)Mod.A),
            new LexEntry("an", LexKind.Modifier, (int)Mod.A), new LexEntry("of", LexKind.Modifier, (int)Mod.Of),
            new LexEntry("in", LexKind.Modifier, (int)Mod.In), new LexEntry("nearly", LexKind.Modifier, (int)Mod.Nearly),
            new LexEntry("almost", LexKind.Modifier, (int)Mod.Nearly), new LexEntry("more", LexKind.Modifier, (int)Mod.More),
            new LexEntry("less", LexKind.Modifier, (int)Mod.Less), new LexEntry("fewer", LexKind.Modifier, (int)Mod.Less),
            new LexEntry("than", LexKind.Modifier, (int)Mod.Than), new LexEntry("least", LexKind.Modifier, (int)Mod.Least),
            new LexEntry("at", LexKind.Modifier, (int)Mod.At), new LexEntry("up", LexKind.Modifier, (int)Mod.Up),
            new LexEntry("to", LexKind.Modifier, (int)Mod.To), new LexEntry("over", LexKind.Modifier, (int)Mod.Over),
            new LexEntry("within", LexKind.Modifier, (int)Mod.Within), new LexEntry("half", LexKind.Modifier, (int)Mod.Half),
            new LexEntry("and", LexKind.Modifier, (int)Mod.And), new LexEntry("or", LexKind.Modifier, (int)Mod.Or),
            new LexEntry("so", LexKind.Modifier, (int)Mod.So), new LexEntry("same", LexKind.Modifier, (int)Mod.Same),
            new LexEntry("that", LexKind.Modifier, (int)Mod.That), new LexEntry("these", LexKind.Modifier, (int)Mod.These),
            new LexEntry("those", LexKind.Modifier, (int)Mod.Those), new LexEntry("final", LexKind.Modifier, (int)Mod.Final),
            new LexEntry("near", LexKind.Modifier, (int)Mod.Near), new LexEntry("short", LexKind.Modifier, (int)Mod.Short),
            new LexEntry("long", LexKind.Modifier, (int)Mod.Long), new LexEntry("term", LexKind.Modifier, (int)Mod.Term),
            new LexEntry("period", LexKind.Modifier, (int)Mod.Period), new LexEntry("time", LexKind.Modifier, (int)Mod.Time),
            new LexEntry("moment", LexKind.Modifier, (int)Mod.Moment), new LexEntry("its", LexKind.Modifier, (int)Mod.Its),
            new LexEntry("their", LexKind.Modifier, (int)Mod.Their), new LexEntry("turn", LexKind.Modifier, (int)Mod.Turn),
            new LexEntry("old", LexKind.Modifier, (int)Mod.Old), new LexEntry("full", LexKind.Modifier, (int)Mod.Full),
            new LexEntry("whole", LexKind.Modifier, (int)Mod.Whole), new LexEntry("entire", LexKind.Modifier, (int)Mod.Entire),
            new LexEntry("around", LexKind.Modifier, (int)Mod.Around), new LexEntry("about", LexKind.Modifier, (int)Mod.Around),
            new LexEntry("roughly", LexKind.Modifier, (int)Mod.Around), new LexEntry("approximately", LexKind.Modifier, (int)Mod.Around),
        };

        /// <summary>Modifiers an expression may begin with ("last year", "the third quarter", "nearly two years", "every Monday").</summary>
        public static readonly Mod[] StartingModifiers =
        {
            Mod.Last, Mod.Next, Mod.This, Mod.Past, Mod.Coming, Mod.The, Mod.A, Mod.Nearly, Mod.More, Mod.Less, Mod.At, Mod.Up,
            Mod.Over, Mod.Every, Mod.Each, Mod.Fiscal, Mod.These, Mod.Current, Mod.That,
        };

        /// <summary>Words that make a verb phrase future ("will meet Friday").</summary>
        public static readonly string[] FutureCues =
        {
            "will", "'ll", "shall", "going", "plans", "plan", "planned", "planning", "expects", "expected", "scheduled", "due", "set",
            "intends", "aims", "hopes", "next", "upcoming", "forthcoming", "tomorrow",
        };

        /// <summary>Auxiliaries and common irregular past forms; regular past forms end in -ed.</summary>
        public static readonly string[] PastCues =
        {
            "was", "were", "had", "did", "said", "told", "met", "took", "came", "went", "made", "gave", "saw", "began", "left", "held",
            "won", "lost", "fell", "rose", "sold", "bought", "paid", "found", "got", "brought", "thought", "became", "ran", "set", "put",
            "led", "kept", "sent", "spent", "built", "struck", "wrote", "spoke", "chose", "broke", "flew", "grew", "knew", "shot", "hit",
            "ago", "earlier", "last", "yesterday", "quit", "cut", "won", "drew", "fought", "caught", "taught", "meant", "felt", "stood",
        };

        /// <summary>Present-tense auxiliaries.</summary>
        public static readonly string[] PresentCues =
        {
            "is", "are", "am", "has", "have", "does", "do", "says", "remains", "seems",
        };
    }
}
