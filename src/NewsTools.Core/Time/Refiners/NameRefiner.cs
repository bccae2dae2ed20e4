using NewsTools.Time.Parsers;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Refiners
{
    /// <summary>
    /// Names that contain time words are not times: "60 Minutes", "High Noon", "Good Morning America", "March for Life",
    /// "Theresa May", "USA Today", "Peace Now", "China Daily". In running text a unit, a part of the day, a day word
    /// ("today"), a reference word ("now") or a frequency word ("daily") is written in lower case; written with a capital inside a
    /// sentence it belongs to a title, and a bare month after another capitalised word, or before "for" or "of" and a
    /// capitalised word, is part of a name; so is a year written straight after a capitalised word of no time meaning
    /// ("Orion 1980", "Euro 2004", "the Terrorism Act 2000"). Text in capitals throughout (headlines, wire slugs) says
    /// nothing either way, and British style capitalises centuries ("the 21st Century").
    /// </summary>
    internal sealed class NameRefiner : DroppingRefiner
    {
        // In capitals throughout, the text drops nothing; asked only of a finding it would drop, as most paragraphs have none.
        protected override bool Drops(TimeScan s, TimexCandidate c) => DropsByCapitals(s, c) && !s.AllCaps;

        private static bool DropsByCapitals(TimeScan s, TimexCandidate c)
        {
            // Named days are names by right ("Christmas Day", "Election Day").
            if (c.Frame.Holiday != null)
            {
                return false;
            }

            for (var k = c.First; k < c.End; k++)
            {
                ref var t = ref s.Tokens[k];
                if (t.Kind == TokenKind.Word && t.Capitalized && !s.StartsSentence(k)
                    && ((s.Unit(k, out var unit, out _) && unit != TimeUnit.Century && unit != TimeUnit.Millennium) || s.Is(k, LexKind.PartOfDay)
                        || (s.Is(k, LexKind.Meridiem) && t.End - t.Start > 2) || s.Is(k, LexKind.DayWord) || s.Is(k, LexKind.Reference) || s.Is(k, LexKind.SetWord)))
                {
                    return true;
                }
            }

            // A month alone, with no day or year: "Theresa May", "March for Life", "the March of Dimes".
            var f = c.Frame;
            if (c.End - c.First == 1 && f.Kind == FrameKind.Calendar && f.Month != null && f.Day == null && f.Year == null)
            {
                var before = c.First - 1;
                if (s.OnLine(c.First) && before >= 0 && s.Tokens[before].Kind == TokenKind.Word && s.Tokens[before].Capitalized && !s.StartsSentence(before)
                    && s.Tokens[before].LexIndex == 0)
                {
                    return true;
                }

                var after = c.End;
                if (s.OnLine(after) && s.OnLine(after + 1) && (s.Word(after, "for") || s.Mod(after, Mod.Of))
                    && s.Tokens[after + 1].Kind == TokenKind.Word && s.Tokens[after + 1].Capitalized && s.Tokens[after + 1].LexIndex == 0)
                {
                    return true;
                }
            }

            // A year written straight after a capitalised word of no time meaning ends a name: "Orion 1980" (a company),
            // "Euro 2004", "Windows 2000", "the Terrorism Act 2000". A month, season, named day or preposition before it
            // has a meaning of its own ("Spring 2005", "Christmas 2004", "Since 1990"), and a sentence's first word says
            // nothing by its capital ("That 1978 resolution").
            if (c.End - c.First == 1 && f.Kind == FrameKind.Calendar && f.Year != null && f.Month == null && f.Season == null && f.Quarter == null
                && s.IsNumber(c.First) && s.OnLine(c.First))
            {
                var name = c.First - 1;
                if (name >= 0 && s.Tokens[name].Kind == TokenKind.Word && s.Tokens[name].Capitalized && s.Tokens[name].LexIndex == 0
                    && !YearParser.IntroducesYear(s, name) && !s.StartsSentence(name))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
