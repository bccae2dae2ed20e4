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
        Zone,

        /// <summary>The letter of a period written short with its number: "Q" in "Q3 2018", "H" in "H1 2019".</summary>
        PeriodLetter,
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
        Other,
        No,

        /// <summary>"between": opens a range closed by "and" ("between 12 and 18 months", "between Monday and Wednesday").</summary>
        Between,

        /// <summary>A word between a count and its unit that leaves the count as it is: "an additional year", "eight trading days".</summary>
        UnitQualifier,

        /// <summary>"be", "been", "being": a participle after one is passive, its tense the auxiliary's ("will be held").</summary>
        Be,

        /// <summary>"ahead": after a plural unit, an unspecified span to come ("in the weeks ahead").</summary>
        Ahead,

        /// <summary>"corresponding", "comparable": the period like the one under discussion, in another year ("the corresponding period last year").</summary>
        Comparable,
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
    /// The codes and values the vocabulary's entries stand for. The words themselves are data (time.defaults.yaml, which a
    /// user configuration extends), read by <see cref="TimeVocabularyReader"/>.
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
    }
}
