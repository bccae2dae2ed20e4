using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Quotes;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools quotes`: the quotations of each article with their speakers, the objects Get-ArticleQuote emits.</summary>
    internal sealed class QuotesCommand : CliCommand
    {
        public override string Name => "quotes";

        public override string Summary => "List quotations (direct, partial, indirect, terms) with speaker, cue and offsets into each article's text.";

        public override string Usage => "[--format json|csv|table] [--kind Direct,Partial,...] [--parallel N (default: the cores)] [--jsonl FILE] PATH...";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "kind", "parallel" };

        public override int Run(CliContext context, CommandLine args)
        {
            var kinds = ParseKinds(args.Value("kind"));
            var config = context.LoadConfig(args);

            // Quotes do not depend on the date: an undated file is no news here (as with Get-ArticleQuote).
            context.ReadsReferenceDate = false;
            var extractor = new QuoteExtractor(config);
            var writer = context.CreateWriter(args, "ArticleId", "Paragraph", "Kind", "Speaker", "Attribution", "Cue", "Text");
            foreach (var found in context.ForEachArticle(args, config, article =>
            {
                // One article's failure is its own error; its quotes are written only when all of them were found.
                var found = new List<Quote>();
                context.Guard(article.Path ?? article.Id, () => found.AddRange(extractor.Extract(article, context, context.Cancellation)));
                return found;
            }))
            {
                foreach (var quote in found)
                {
                    if (kinds == null || kinds.Contains(quote.Kind))
                    {
                        writer.Write(quote);
                    }
                }
            }

            writer.Flush();
            return context.ExitCode;
        }

        private static HashSet<QuoteKind>? ParseKinds(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var kinds = new HashSet<QuoteKind>();
            foreach (var name in value!.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim()))
            {
                if (!Enum.TryParse<QuoteKind>(name, true, out var kind) || !Enum.IsDefined(kind))
                {
                    throw new UsageException($"Unknown --kind '{name}': use {string.Join(", ", Enum.GetNames<QuoteKind>())}.");
                }

                kinds.Add(kind);
            }

            return kinds;
        }
    }
}
