using System.Runtime.CompilerServices;
using NewsTools.Articles;
using NewsTools.Config;

namespace NewsTools.PowerShell.Sessions
{
    /// <summary>
    /// The configuration each article was read with, so it travels with the article: `Import-Article -ConfigPath x.yaml |
    /// Compare-Coverage` uses x.yaml's speakers and sides unless the later cmdlet is given its own -ConfigPath.
    /// Weak keys: an article that is no longer referenced takes its entry with it.
    /// </summary>
    internal static class ArticleConfigs
    {
        private static readonly ConditionalWeakTable<Article, NewsToolsConfig> Table = new ConditionalWeakTable<Article, NewsToolsConfig>();

        public static void Remember(Article article, NewsToolsConfig config)
        {
            Table.Remove(article);
            Table.Add(article, config);
        }

        public static NewsToolsConfig? Of(Article article) => Table.TryGetValue(article, out var config) ? config : null;
    }
}
