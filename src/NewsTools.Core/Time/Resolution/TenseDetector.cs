using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Resolution
{
    /// <summary>
    /// The tense of the clause around an expression, from the nearest verb cue within the sentence: auxiliaries
    /// ("will", "was", "is"), common irregular past forms, and regular "-ed" forms.
    /// </summary>
    internal static class TenseDetector
    {
        private const int Window = 10;

        // The numbers and calendar names the window steps over without counting them ("on 9 January and ... in May").
        private const int MaxCalendarWords = 6;

        public static Tense Detect(TimeScan s, int first, int end) => Detect(s, first, end, out _, out _);

        /// <param name="before">Whether the cue stands before the expression ("faces re-election in November").</param>
        public static Tense Detect(TimeScan s, int first, int end, out bool before) => Detect(s, first, end, out before, out _);

        /// <param name="before">Whether the cue stands before the expression ("faces re-election in November").</param>
        /// <param name="ownPastVerb">Whether the cue is a simple past verb the expression dates itself: right before it, or
        /// with "on" between ("ended Oct. 31", "met on Oct. 6"); see <see cref="DatesItsVerb"/>.</param>
        public static Tense Detect(TimeScan s, int first, int end, out bool before, out bool ownPastVerb)
        {
            before = false;
            ownPastVerb = false;
            var best = Tense.Unknown;
            var bestDistance = int.MaxValue;

            // Leftwards, then rightwards, each stopping at the edge of the expression's sentence as the article's one
            // splitter cut it ("Jan.", "Mr.", "U.S." keep it; a quotation's inner stops do not end it), or at a semicolon.
            // Within a line a sentence ends only after a stop, so the sentence is asked for only when the nearest cue lies
            // past one; a cue outside the sentence means none inside it, as every token between is no cue.
            // An insertion set off by commas after an auxiliary ("will, after weeks of talks in several capitals, meet") is a
            // clause of its own: its words do not count towards the window, and its verbs do not date the expression.
            var pastStop = false;
            var inserted = 0;
            var calendarWords = 0;
            var bestAt = -1;
            var afterGerund = false;
            for (var k = first - 1; k >= 0 && first - k - inserted <= Window; k--)
            {
                if (IsSemicolon(s, k) || s.Tokens[k + 1].BreakBefore)
                {
                    break;
                }

                pastStop |= s.EndsWithStop(k);

                // "will report Christmas trading on 9 January and annual results in May": the words of another date on the way
                // back name a time, not a clause's words; they do not count towards the window, up to a bound that keeps a
                // line of nothing but dates from being read back over at every expression.
                if (calendarWords < MaxCalendarWords && IsCalendarWord(s, k))
                {
                    calendarWords++;
                    inserted++;
                    continue;
                }

                if (s.Punct(k, ','))
                {
                    var opening = InsertionOpening(s, k);
                    if (opening > 0)
                    {
                        inserted += k - opening;
                        k = opening;
                        continue;
                    }
                }

                // "lacked the energy to close the game out after playing in Europe on Wednesday": an expression in a phrase of
                // "after" and a gerund dates an event before the clause's own, whose finite verb tells its tense, not an
                // infinitive of that clause.
                afterGerund |= IsAfterGerund(s, k);
                var cue = Cue(s, k);
                if (cue != Tense.Unknown && afterGerund && IsInfinitive(s, k))
                {
                    continue;
                }

                if (cue != Tense.Unknown)
                {
                    if (!pastStop || s.Tokens[k].Start >= s.SentenceOf(first).Start)
                    {
                        best = cue;
                        bestAt = k;
                        bestDistance = first - k - inserted;
                        before = true;
                        ownPastVerb = cue == Tense.Past && DatesItsVerb(s, k, first);
                    }

                    break;
                }
            }

            pastStop = false;
            for (var k = end; k < s.Count && k - end + 1 <= Window && k - end + 1 < bestDistance; k++)
            {
                // A comma after the expression closes its clause when a verb stood before it: "who faces re-election in
                // November, has made ..." is dated by "faces", not by the main clause after the comma. So do a conjunction
                // and a "that" that open the next clause: "told activists on Thursday that voters would decide", "began on
                // Friday and the process would continue", "expected to weaken by Friday afternoon as it moved inland".
                if (IsSemicolon(s, k) || s.Tokens[k].BreakBefore || (before && (s.Punct(k, ',') || OpensNextClause(s, k))))
                {
                    break;
                }

                pastStop |= s.EndsWithStop(k - 1);
                var cue = Cue(s, k);

                // "had moved to the US in early December to set up a company", "visited the SEC in December to press for
                // change": an infinitive right after the expression is a purpose or a complement of the verb before, which
                // the expression dates, and looks ahead only from then. Not after a deadline's "until" or "by": "gave the
                // lawyers until Monday to study the documents" is the time the infinitive's task is due.
                if (cue == Tense.Future && best != Tense.Unknown && k == end + 1 && s.Mod(end, Mod.To) && s.OnLine(end) && s.OnLine(k) &&
                    !(first > 0 && (s.Word(first - 1, "until") || s.Word(first - 1, "by"))))
                {
                    break;
                }

                if (cue != Tense.Unknown)
                {
                    if (!pastStop || s.Tokens[k].Start < s.SentenceOf(end - 1).End)
                    {
                        if (k == end && best == Tense.Past && OpensPredicate(s, k) && InRelativeClause(s, bestAt) && !ClauseBoundaryBetween(s, bestAt, first))
                        {
                            // The expression ends a relative clause inside the subject, and the auxiliary right after it opens
                            // the main clause's predicate: the expression dates the relative clause's own verb ("talks that
                            // began on Monday will resume", "What happened on Boxing Day is difficult to grasp").
                            return best;
                        }

                        // "marched on Saturday to protest", "met on Monday to discuss": a day after "on" dates the past verb
                        // before it, and the infinitive of purpose after it looks ahead only from then.
                        if (best == Tense.Past && cue == Tense.Future && first > 0 && s.Word(first - 1, "on") && IsInfinitive(s, k))
                        {
                            return best;
                        }

                        // A cue at equal distance on the left wins: "said Friday" beats a later verb.
                        before = false;
                        return cue;
                    }

                    break;
                }
            }

            return best;
        }

        /// <summary>
        /// The past cue at <paramref name="k"/> is a simple past verb right before the expression at <paramref name="first"/>,
        /// or with "on" between: the expression is the time of that verb's event, so it lies in the past ("the quarter ended
        /// Oct. 31", "the two last met on Oct. 6"). A cue further off may be a reporting verb whose clause holds a later
        /// date ("said the offer expires Dec. 15"); a perfect or an infinitive under a past perfect can name a deadline still
        /// ahead ("has set Nov. 10 as the deadline", "had been set to expire Nov. 6").
        /// </summary>
        private static bool DatesItsVerb(TimeScan s, int k, int first)
        {
            if (!(first == k + 1 || (first == k + 2 && s.Word(k + 1, "on") && s.OnLine(k + 1))) || IsAfterTo(s, k))
            {
                return false;
            }

            return !(k > 0 && (s.Word(k - 1, "has") || s.Word(k - 1, "have") || s.Word(k - 1, "had")));
        }

        /// <summary>A digit run, or a month, weekday or holiday name (never a tense cue: "May" the month is no modal here).</summary>
        private static bool IsCalendarWord(TimeScan s, int k)
        {
            ref var t = ref s.Tokens[k];
            if (t.Kind == TokenKind.Number)
            {
                return true;
            }

            var lex = t.Kind == TokenKind.Word && t.LexIndex != 0 ? s.LexOf(t) : null;
            return lex != null && t.Capitalized && lex.Tense == TenseCue.None && (lex.Kinds & DateNames) != 0;
        }

        // Lexicon kinds of the names that date a day or a month: a month, a weekday, a holiday.
        private const int DateNames = (1 << (int)LexKind.Month) | (1 << (int)LexKind.Weekday) | (1 << (int)LexKind.Holiday);

        // Lexicon kinds of the names of calendar periods: "last" before one is a modifier whatever precedes it.
        private const int CalendarNames = (1 << (int)LexKind.Month) | (1 << (int)LexKind.Weekday) | (1 << (int)LexKind.Unit)
            | (1 << (int)LexKind.Season) | (1 << (int)LexKind.PartOfDay) | (1 << (int)LexKind.DayWord) | (1 << (int)LexKind.Holiday)
            | (1 << (int)LexKind.Decade);

        /// <summary>
        /// "last" at <paramref name="i"/> is the verb: after a modal (list timeModals) or an infinitive's "to", on one line, and
        /// before no calendar name ("the trial could last two months", "is expected to last a week"; not "compared to last
        /// year", "up to last November").
        /// </summary>
        internal static bool IsVerbLast(TimeScan scan, int i)
        {
            if (i == 0 || !scan.Mod(i, Mod.Last) || !scan.OnLine(i))
            {
                return false;
            }

            ref var before = ref scan.Tokens[i - 1];
            if (!(scan.Mod(i - 1, Mod.To) || (before.Kind == TokenKind.Word && before.LexIndex != 0 && scan.LexOf(before)!.IsModal)))
            {
                return false;
            }

            var next = scan.LexOf(scan.Tokens[i + 1]);
            return next == null || (next.Kinds & CalendarNames) == 0;
        }

        private const int MaxInsertion = 16;

        /// <summary>
        /// The comma that opens the insertion the comma at <paramref name="closing"/> closes, when the word before it is an
        /// auxiliary (list timeAuxiliaries: "will, after weeks of talks, meet"; "has, since 2019, been"), all on one line,
        /// within one sentence and outside quotation marks (a quotation's end and its attribution are no insertion); else -1.
        /// </summary>
        private static int InsertionOpening(TimeScan s, int closing)
        {
            for (var m = closing - 1; m > 0 && closing - m <= MaxInsertion; m--)
            {
                if (s.Tokens[m + 1].BreakBefore || IsSemicolon(s, m) || s.EndsWithStop(m) || IsQuoteMark(s, m))
                {
                    return -1;
                }

                if (s.Punct(m, ','))
                {
                    // "will cut about 4,000 jobs, or 8% of its workforce, by June": a restatement opened by "or" between commas
                    // is an insertion too.
                    if (closing - m > 2 && s.OnLine(m + 1) && s.Mod(m + 1, Mod.Or))
                    {
                        return m;
                    }

                    ref var auxiliary = ref s.Tokens[m - 1];
                    return closing - m > 1 && !s.Tokens[m].BreakBefore && auxiliary.Kind == TokenKind.Word && !auxiliary.Capitalized
                        && auxiliary.LexIndex != 0 && s.LexOf(auxiliary)!.IsAuxiliary ? m : -1;
                }
            }

            return -1;
        }

        private static bool IsQuoteMark(TimeScan s, int k) =>
            s.Punct(k, '"') || s.Punct(k, '\u201C') || s.Punct(k, '\u201D') || s.Punct(k, '\u00AB') || s.Punct(k, '\u00BB');

        /// <summary>A semicolon ends a clause, and the tense window with it, within a sentence.</summary>
        private static bool IsSemicolon(TimeScan s, int k) => s.Punct(k, ';');

        /// <summary>
        /// "has seen", "have come", "has been": the present perfect reports what is done, and dates it in the past
        /// ("has seen outflows since early September"). "has to", "has the" are not perfects.
        /// </summary>
        private static bool IsPerfect(TimeScan s, int k)
        {
            if (!(s.Word(k, "has") || s.Word(k, "have")) || !s.OnLine(k + 1))
            {
                return false;
            }

            ref var next = ref s.Tokens[k + 1];
            return next.Kind == TokenKind.Word && !next.Capitalized && (next.LexIndex == 0 || s.Mod(k + 1, Mod.Be));
        }

        /// <summary>"after" at <paramref name="k"/> before a gerund on its line: "after playing", "after losing".</summary>
        private static bool IsAfterGerund(TimeScan s, int k)
        {
            if (!s.Word(k, "after") || k + 1 >= s.Count || !s.OnLine(k + 1))
            {
                return false;
            }

            ref var next = ref s.Tokens[k + 1];
            return next.Kind == TokenKind.Word && !next.Capitalized && next.Length >= 5 && s.Text[next.End - 1] == 'g' && s.Text[next.End - 2] == 'n' && s.Text[next.End - 3] == 'i';
        }

        /// <summary>
        /// A lower-case word without a time meaning (or "be") right after "to" on the same line: "to meet", "to be"; not a noun
        /// "to" takes as a preposition (list timeNounsAfterTo: "sentenced to life", "came to power").
        /// </summary>
        private static bool IsInfinitive(TimeScan s, int k)
        {
            ref var t = ref s.Tokens[k];
            return t.Kind == TokenKind.Word && (t.LexIndex == 0 || s.Mod(k, Mod.Be)) && !t.Capitalized && k > 0 && s.Mod(k - 1, Mod.To) && !t.BreakBefore &&
                !s.WordIn(k, s.Lexicon.NounsAfterTo);
        }

        /// <summary>Token <paramref name="k"/> (before "to") is an ordinal or "last", perhaps with "one" after it: "the third to", "the last one to".</summary>
        private static bool AfterOrdinal(TimeScan s, int k)
        {
            if (k > 0 && s.Word(k, "one") && s.OnLine(k))
            {
                k--;
            }

            return k >= 0 && s.Tokens[k].Kind == TokenKind.Word && (s.Is(k, LexKind.Ordinal) || s.Mod(k, Mod.Last)) && s.OnLine(k + 1);
        }

        /// <summary>
        /// Token j is a singular noun that opens its sentence, alone ("Voting", "Parliament") or after "the" ("The festival"):
        /// a word with no time meaning and no tense, not in -s, on the sentence's first line.
        /// </summary>
        private static bool IsOpeningSubject(TimeScan s, int j)
        {
            ref var noun = ref s.Tokens[j];
            if (noun.Kind != TokenKind.Word || noun.LexIndex != 0 || noun.Length < 2 || s.Text[noun.End - 1] == 's')
            {
                return false;
            }

            if (noun.Capitalized)
            {
                return OpensSentence(s, j);
            }

            return j > 0 && s.Mod(j - 1, Mod.The) && !noun.BreakBefore && s.Tokens[j - 1].Capitalized && OpensSentence(s, j - 1);
        }

        /// <summary>
        /// Token i, on the line of the token before, can begin what follows a verb: a word with no time meaning ("place") or a
        /// determiner ("its", "the"); not a preposition that follows nouns (list timeNounPrepositions: "rains on Monday"),
        /// nor a verb form in -ed.
        /// </summary>
        private static bool BeginsObject(TimeScan s, int i)
        {
            if (!s.OnLine(i) || s.Tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            var lex = s.LexOf(s.Tokens[i]);
            if (lex == null)
            {
                // A form in -ed after the word in -s is its verb, the word a plural noun ("Umbro profits lifted by Euro 2004").
                ref var t = ref s.Tokens[i];
                if (t.Length >= 4 && s.Text[t.End - 1] == 'd' && s.Text[t.End - 2] == 'e')
                {
                    return false;
                }

                return !s.WordIn(i, s.Lexicon.NounPrepositions);
            }

            var m = lex.Modifier;
            return m == (int)Mod.The || m == (int)Mod.A || m == (int)Mod.Its || m == (int)Mod.Their || m == (int)Mod.These || m == (int)Mod.Those;
        }

        /// <summary>Token i is the first of its sentence: the first of the stretch or of a line, or the sentence's first after a stop.</summary>
        private static bool OpensSentence(TimeScan s, int i) =>
            i == 0 || s.Tokens[i].BreakBefore || (s.EndsWithStop(i - 1) && s.SentenceOf(i).Start == s.Tokens[i].Start) || OpensQuotation(s, i);

        /// <summary>Token i follows a quotation mark that opens a quoted sentence after a colon or a comma: 'said: "Ruud comes back'.</summary>
        private static bool OpensQuotation(TimeScan s, int i) =>
            i >= 2 && IsQuoteMark(s, i - 1) && s.OnLine(i) && (s.Punct(i - 2, ':') || s.Punct(i - 2, ','));

        /// <summary>A lower-case word right after "to" on the same line.</summary>
        private static bool IsAfterTo(TimeScan s, int k) => k > 0 && s.Mod(k - 1, Mod.To) && !s.Tokens[k].Capitalized && !s.Tokens[k].BreakBefore;

        /// <summary>A form in -ed followed by "by" and a noun phrase (not an amount), after a comma or a word that is no tense cue.</summary>
        private static bool IsReducedRelative(TimeScan s, int k) =>
            s.Word(k + 1, "by") && s.OnLine(k + 1) && s.OnLine(k + 2) && s.Tokens[k + 2].Kind == TokenKind.Word && k > 0
            && (s.Punct(k - 1, ',') || (s.Tokens[k - 1].Kind == TokenKind.Word && (s.Tokens[k - 1].LexIndex == 0 || s.LexOf(s.Tokens[k - 1])!.Tense == TenseCue.None)));

        /// <summary>An article right before token <paramref name="k"/>, or an article and an adverb ("still", or a word in -ly).</summary>
        private static bool IsAttributive(TimeScan s, int k)
        {
            if (k == 0 || !s.OnLine(k))
            {
                return false;
            }

            if (s.Mod(k - 1, Mod.A) || s.Mod(k - 1, Mod.The))
            {
                return true;
            }

            ref var adverb = ref s.Tokens[k - 1];
            return k > 1 && s.OnLine(k - 1) && adverb.Kind == TokenKind.Word && !adverb.Capitalized &&
                (s.Word(k - 1, "still") || (adverb.Length > 4 && s.Text[adverb.End - 1] == 'y' && s.Text[adverb.End - 2] == 'l')) &&
                (s.Mod(k - 2, Mod.A) || s.Mod(k - 2, Mod.The));
        }

        /// <summary>
        /// The participle at <paramref name="k"/> follows a present "is", "are" or "am" on its line: a present passive, which
        /// names what is timetabled ("when the bill is debated on Monday", "the album is released in March", "is set for
        /// February"), not a past event. Not before "of" or "with", where the participle reports a charge about the past
        /// ("is accused of killing her on Monday", "is charged with fraud in March"), nor before "at" and no name, where it
        /// states a measure or a feeling ("inflation is estimated at about 2.3% in December", "I am surprised at the weak
        /// fourth quarter"); "is staged at Musselburgh on Tuesday" is timetabled.
        /// </summary>
        private static bool IsPresentPassive(TimeScan s, int k) =>
            k > 0 && s.OnLine(k) && IsPresentBe(s, k - 1)
            && !(s.OnLine(k + 1) && (s.Mod(k + 1, Mod.Of) || s.Word(k + 1, "with")))
            && !(s.OnLine(k + 1) && s.Mod(k + 1, Mod.At) && !(s.OnLine(k + 2) && s.Tokens[k + 2].Capitalized));

        /// <summary>"is", "are" or "am" at token <paramref name="k"/>: a present form of "be".</summary>
        private static bool IsPresentBe(TimeScan s, int k) => s.Word(k, "is") || s.Word(k, "are") || s.Word(k, "am");

        /// <summary>"will" or "shall" right before the word, on the same line.</summary>
        private static bool AfterFutureAuxiliary(TimeScan s, int k) => k > 0 && s.OnLine(k) && (s.Word(k - 1, "will") || s.Word(k - 1, "shall"));

        /// <summary>
        /// The form in -ed at <paramref name="k"/> follows a verb without tense of its own right after "will" or "shall": it is
        /// that verb's complement, an adjective, not a past tense ("will stay closed until Monday", "will remain shut").
        /// </summary>
        private static bool AfterLinkingVerb(TimeScan s, int k)
        {
            if (k < 2 || !s.OnLine(k))
            {
                return false;
            }

            ref var verb = ref s.Tokens[k - 1];
            return verb.Kind == TokenKind.Word && !verb.Capitalized && verb.LexIndex == 0 && AfterFutureAuxiliary(s, k - 1);
        }

        /// <summary>
        /// A word at <paramref name="k"/> that opens a clause or a verb phrase after the expression's own: "that", "and", "but"
        /// ("told activists on Thursday that voters would decide", "began on Friday and the process would continue", "will
        /// undergo an operation on Monday and is expected to be out"), or a subordinating conjunction of the list clauseOpeners
        /// ("as it moved inland").
        /// </summary>
        private static bool OpensNextClause(TimeScan s, int k) =>
            s.Mod(k, Mod.That) || s.Mod(k, Mod.And) || s.Word(k, "but") || (s.Tokens[k].Kind == TokenKind.Word && s.WordIn(k, s.Lexicon.ClauseOpeners));

        /// <summary>An auxiliary or a modal verb, which opens a predicate ("will resume", "is", "would restore").</summary>
        private static bool OpensPredicate(TimeScan s, int k)
        {
            var lex = s.Tokens[k].Kind == TokenKind.Word ? s.LexOf(s.Tokens[k]) : null;
            return lex != null && (lex.IsAuxiliary || lex.IsModal);
        }

        // Words that may stand between a relative word and its verb: the clause's subject ("what we learned", "that the
        // firm had agreed") and an auxiliary ("who had invested", "what has occurred").
        private const int RelativeSubjectWords = 3;

        /// <summary>
        /// The verb at <paramref name="k"/> is that of a relative clause: a relative word (list relativeWords, shared with quotes: "who",
        /// "which", "that", "what") stands at most three words before it, on its line. A reduced relative ("plans unveiled on
        /// Monday") has no tense of its own and is not one.
        /// </summary>
        private static bool InRelativeClause(TimeScan s, int k)
        {
            for (var j = k - 1; j >= 0 && k - j <= RelativeSubjectWords + 1 && s.OnLine(j + 1); j--)
            {
                if (s.Tokens[j].Kind != TokenKind.Word)
                {
                    return false;
                }

                if (s.WordIn(j, s.Lexicon.RelativeWords))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A comma, "that", "and" or "but" between tokens <paramref name="from"/> and <paramref name="to"/>: a clause opens.</summary>
        private static bool ClauseBoundaryBetween(TimeScan s, int from, int to)
        {
            for (var k = from + 1; k < to; k++)
            {
                if (s.Punct(k, ',') || OpensNextClause(s, k))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// "would have" and a participle: what would have happened, in the past ("an injury that would have kept him out on
        /// Boxing Day"). "would have to" is an obligation still ahead.
        /// </summary>
        private static bool IsPastConditional(TimeScan s, int k) =>
            s.Word(k, "would") && s.OnLine(k + 1) && s.Word(k + 1, "have") && s.OnLine(k + 2) && s.Tokens[k + 2].Kind == TokenKind.Word
            && !s.Mod(k + 2, Mod.To);

        /// <summary>"had" right before the word at <paramref name="k"/>, or "had been": "had expected", "had been scheduled".</summary>
        private static bool AfterHad(TimeScan s, int k) =>
            k > 0 && s.OnLine(k) && (s.Word(k - 1, "had") || (k > 1 && s.Mod(k - 1, Mod.Be) && s.Word(k - 2, "had") && s.OnLine(k - 1)));

        /// <summary>
        /// The tense an infinitive whose "to" stands at <paramref name="to"/> gives an expression: ahead, unless the plan was
        /// made before ("had planned to") or the verb before says it took place ("were forced to").
        /// </summary>
        private static Tense InfinitiveTense(TimeScan s, int to) => AfterPastPerfect(s, to) || AfterImplicativePast(s, to) ? Tense.Past : Tense.Future;

        /// <summary>
        /// An implicative verb or adjective in the past right before "to" (list timeImplicativeVerbs): its infinitive's event
        /// happened, then ("were forced to cut short Monday night's show", "managed to finish on Friday", "was unable to attend
        /// Tuesday's meeting"). A past form counts on its own unless a modal, "to" or a present "be" stands before it ("will be
        /// forced to", "is able to"); a word that is no past form ("able") only after "was" or "were".
        /// </summary>
        private static bool AfterImplicativePast(TimeScan s, int to)
        {
            var v = to - 1;
            if (v < 0 || !s.OnLine(to) || s.Tokens[v].Kind != TokenKind.Word || !s.WordIn(v, s.Lexicon.ImplicativeVerbs))
            {
                return false;
            }

            if (v > 0 && s.OnLine(v) && (s.Word(v - 1, "was") || s.Word(v - 1, "were")))
            {
                return true;
            }

            ref var verb = ref s.Tokens[v];
            var pastForm = (verb.Length > 2 && s.Text[verb.End - 1] == 'd' && s.Text[verb.End - 2] == 'e') || (verb.LexIndex != 0 && s.LexOf(verb)!.Tense == TenseCue.Past);
            if (!pastForm || v == 0 || !s.OnLine(v))
            {
                return pastForm;
            }

            ref var before = ref s.Tokens[v - 1];
            return !(s.Mod(v - 1, Mod.To) || (before.Kind == TokenKind.Word && before.LexIndex != 0 && s.LexOf(before)!.IsModal) ||
                IsPresentBe(s, v - 1) || s.Word(v - 1, "be") || s.Word(v - 1, "being"));
        }

        /// <summary>"had been due to", "had planned to", "had been scheduled to": a "had" within the three words before "to".</summary>
        private static bool AfterPastPerfect(TimeScan s, int to)
        {
            for (var k = to - 1; k >= 0 && to - k <= 3 && s.OnLine(k + 1); k--)
            {
                if (s.Tokens[k].Kind != TokenKind.Word)
                {
                    return false;
                }

                if (s.Word(k, "had"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The tense the word at token k marks on its own, if any ("knew" past, "will" future).</summary>
        internal static Tense CueAt(TimeScan s, int k) => s.In(k) ? Cue(s, k) : Tense.Unknown;

        private static Tense Cue(TimeScan s, int k)
        {
            ref var t = ref s.Tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                return Tense.Unknown;
            }

            // A participle after "be", "been", "being" is passive; the auxiliary before it carries the tense: "will be held
            // in May", "is due to be published in May", "has been cut since September".
            var passive = k > 0 && s.Mod(k - 1, Mod.Be) && s.OnLine(k);

            var lex = s.LexOf(t);
            if (lex != null)
            {
                // "the March-May period": "May" in capitals is the month, no modal.
                if (t.Capitalized && s.Is(k, LexKind.Month))
                {
                    return Tense.Unknown;
                }

                if (passive && lex.Tense == TenseCue.Past)
                {
                    return Tense.Unknown;
                }

                if (lex.Tense == TenseCue.Past && IsPresentPassive(s, k))
                {
                    return Tense.Present;
                }

                // "got the go-ahead on Friday", "a cut-price deal": a word a hyphen joins to the next is part of a compound, no verb.
                if (t.End + 1 < s.Text.Length && s.Text[t.End] == '-' && char.IsLetter(s.Text[t.End + 1]) &&
                    (lex.Tense == TenseCue.Past || lex.Tense == TenseCue.Present || lex.Tense == TenseCue.Future))
                {
                    return Tense.Unknown;
                }

                switch (lex.Tense)
                {
                    // After an article an irregular past form that is also a noun is the noun, and the clause's verb dates the
                    // time: "expects a cut in February", "the next cut", "a hit in May". Not "last" or "earlier", which look
                    // back as adjectives too ("the last meeting", "an earlier report").
                    case TenseCue.Past when k > 0 && s.OnLine(k) && (s.Mod(k - 1, Mod.A) || s.Mod(k - 1, Mod.The) || s.Mod(k - 1, Mod.Next)) &&
                        !s.Mod(k, Mod.Last) && !s.Mod(k, Mod.Earlier):
                        return Tense.Unknown;
                    case TenseCue.Past when AfterFutureAuxiliary(s, k):
                        // Irregular past forms that are also base forms ("last", "set", "cut", "hit", "put", "quit"): after
                        // "will" or "shall" they are the verb of a future clause ("the talks will last from Monday to Wednesday").
                        return Tense.Future;
                    case TenseCue.Past when IsVerbLast(s, k):
                        // "last" after a modal or "to" and before a count is the verb, not the past marker of "last week":
                        // "the trial is expected to last two months", "could last a week".
                        return InfinitiveTense(s, k - 1);
                    case TenseCue.Past when IsAfterTo(s, k) && !s.Mod(k, Mod.Last) && !s.Mod(k, Mod.Earlier):
                        // The same forms after an infinitive's "to" are its base form: "expect the Fed to cut rates in June",
                        // "plans to shut the plant in March" look ahead, as any infinitive does.
                        return InfinitiveTense(s, k - 1);
                    case TenseCue.Past: return Tense.Past;
                    case TenseCue.Present when AfterFutureAuxiliary(s, k):
                        // A timetable verb's base form after "will" is the verb of a future clause ("will reopen in summer").
                        return Tense.Future;
                    case TenseCue.Present when IsAfterTo(s, k):
                        // "agreed to meet Friday", "expects to have it by May": an infinitive, not a present tense.
                        return InfinitiveTense(s, k - 1);
                    case TenseCue.Present: return IsPerfect(s, k) ? Tense.Past : Tense.Present;
                    // After a possessive or a preposition that takes a noun (list timeNounPrepositions) a future cue is a noun,
                    // and the clause's verb dates it: "had pinned its hopes on", "marched on Saturday to protest against plans to
                    // close". After "the" it is rather an adjective that looks ahead ("the next meeting", "the scheduled announcement").
                    case TenseCue.Future when k > 0 && (s.Mod(k - 1, Mod.Its) || s.Mod(k - 1, Mod.Their) || (s.OnLine(k) && s.WordIn(k - 1, s.Lexicon.NounPrepositions))):
                        return Tense.Unknown;
                    // "rising faster than expected", "sooner than planned", "as expected": a comparison with what was looked for,
                    // no clause of its own.
                    case TenseCue.Future when k > 0 && s.OnLine(k) && (s.Word(k - 1, "than") || s.Word(k - 1, "as")):
                        return Tense.Unknown;
                    // "Many had expected sales to fall in November": an expectation in the past perfect was held before the
                    // story's time, and what it looked ahead to is behind now as well.
                    case TenseCue.Future: return IsPastConditional(s, k) || AfterHad(s, k) ? Tense.Past : Tense.Future;
                }
            }

            // An infinitive looks ahead of its clause: "promised to finish before the summer", "agreed to meet Friday";
            // under a past perfect the plan lies in the past ("had been due to expire Friday evening"). After an ordinal or
            // "last" it is a relative clause with no time of its own ("the third to be named this season, after Storm Kell in
            // late October", "the first to cross").
            if (IsInfinitive(s, k))
            {
                return AfterOrdinal(s, k - 2) ? Tense.Unknown : InfinitiveTense(s, k - 1);
            }

            // A verb in -s after a subject pronoun is present ("who faces re-election", "she says"), and so is one after a
            // singular noun that opens its sentence when an object can follow ("Voting takes place from Thursday", "The
            // embassy reopens its doors on Monday"); a noun in -s there is rather a plural ("Heavy rains in March").
            if (!t.Capitalized && t.Length >= 4 && s.Text[t.End - 1] == 's' && s.Text[t.End - 2] != 's' && k > 0
                && (s.LexOf(s.Tokens[k - 1])?.Tense == TenseCue.Subject || (BeginsObject(s, k + 1) && IsOpeningSubject(s, k - 1))))
            {
                return Tense.Present;
            }

            // Regular past forms: lower-case words ending in "-ed" ("announced", "opened"); after a future auxiliary the
            // word is a base form that only looks like one ("will succeed him Feb. 1", "will need").
            if (t.Length >= 5 && !t.Capitalized && s.Text[t.End - 1] == 'd' && s.Text[t.End - 2] == 'e')
            {
                // A participle with its agent after a noun is a reduced relative clause, no finite verb: "new markets
                // untouched by the crisis", "a plant owned by Ford". "increased by 5%" is a verb with its amount.
                if (IsReducedRelative(s, k))
                {
                    return Tense.Unknown;
                }

                // After an article, alone or with an adverb between, the form is an adjective before its noun: "the delayed
                // vote in March", "a still unspecified date in January", "a newly elected council".
                if (IsAttributive(s, k))
                {
                    return Tense.Unknown;
                }

                return passive ? Tense.Unknown : IsPresentPassive(s, k) ? Tense.Present : k > 0 && s.LexOf(s.Tokens[k - 1])?.Tense == TenseCue.Future ? Tense.Future
                    : AfterLinkingVerb(s, k) ? Tense.Future : Tense.Past;
            }

            return Tense.Unknown;
        }
    }
}
