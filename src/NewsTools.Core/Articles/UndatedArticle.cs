namespace NewsTools.Articles
{
    /// <summary>
    /// What an analyst must be told about a file or web page with no date anywhere (no metadata, dateline or dated
    /// sentence): its relative expressions ("last Tuesday") cannot be resolved. The cmdlets and the command line say it
    /// alike, for the commands whose answers depend on the date.
    /// </summary>
    public static class UndatedArticle
    {
        /// <summary>How either front end is given a reference date, for the messages that ask for one.</summary>
        public const string HowToGiveADate = "give a reference date (-ReferenceDate, or --reference-date on the command line)";

        /// <summary>
        /// The warning for <paramref name="article"/>, or null when it has a date or is text given in memory (a line-by-line
        /// or test string is not warned about once per line).
        /// </summary>
        public static string? Warning(Article article) =>
            article != null && article.ReferenceDateSource == ReferenceDateSource.None && (article.Path != null || article.Url != null)
                ? "No date was found in the article (no metadata, dateline or dated sentence), so relative dates such as 'on Monday' stay unresolved; " + HowToGiveADate + " to set one."
                : null;
    }
}
