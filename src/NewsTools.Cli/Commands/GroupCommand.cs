using System.Linq;
using NewsTools.Articles;
using NewsTools.Coverage;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools group`: which event each article covers (Group-ArticleEvent).</summary>
    internal sealed class GroupCommand : CliCommand
    {
        public override string Name => "group";

        public override string Summary => "Group articles by the event they cover: one line per article with its EventId.";

        public override string Usage => "[--format json|csv|table] [--jsonl FILE] PATH...";

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var articles = context.ReadArticles(args, config).ToList();
            var writer = context.CreateWriter(args, "ArticleId", "EventId", "Outlet", "Title");
            var groups = new EventGrouper(config).Group(articles, context.Cancellation);
            var groupOf = new ArticleGroup[articles.Count];
            foreach (var g in groups)
            {
                foreach (var i in g.ArticleIndexes)
                {
                    groupOf[i] = g;
                }
            }

            for (var i = 0; i < articles.Count; i++)
            {
                writer.Write(new ArticleEventRow(articles[i], groupOf[i]));
            }

            writer.Flush();
            return context.ExitCode;
        }

        /// <summary>One output line: the article and the event group it fell in.</summary>
        public sealed class ArticleEventRow
        {
            public ArticleEventRow(Article article, ArticleGroup group)
            {
                ArticleId = article.Id;
                EventId = group.EventId;
                Outlet = article.Outlet;
                Title = article.Title;
                GroupSize = group.Count;
                Label = group.Label;
            }

            public string ArticleId { get; }

            public string EventId { get; }

            public string? Outlet { get; }

            public string? Title { get; }

            public int GroupSize { get; }

            public string Label { get; }
        }
    }
}
