using NewsTools.Articles;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>
    /// One input of a cmdlet's run, found on the pipeline thread and read where the work runs: a file to read, text to
    /// parse, or an article already read.
    /// </summary>
    internal sealed class ArticleSource
    {
        private ArticleSource(string name, string? file, string? text, Article? article, ArticleOptions? options)
        {
            Name = name;
            File = file;
            Text = text;
            Article = article;
            Options = options;
        }

        /// <summary>What errors, warnings and the progress bar call this input.</summary>
        public string Name { get; }

        public string? File { get; }

        public string? Text { get; }

        public Article? Article { get; }

        public ArticleOptions? Options { get; }

        public static ArticleSource FromFile(string file, ArticleOptions? options) => new ArticleSource(file, file, null, null, options);

        public static ArticleSource FromText(string text, string name) => new ArticleSource(name, null, text, null, null);

        public static ArticleSource FromArticle(Article article) => new ArticleSource(article.Path ?? article.Url ?? article.Id, null, null, article, null);
    }
}
