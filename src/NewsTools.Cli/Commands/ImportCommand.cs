using System.Collections.Generic;

namespace NewsTools.Cli.Commands
{
    /// <summary>`newstools import`: the articles as Import-Article emits them.</summary>
    internal sealed class ImportCommand : CliCommand
    {
        public override string Name => "import";

        public override string Summary => "Read articles (text or HTML) and print them cleaned, with outlet, title and reference date.";

        public override string Usage => "[--format json|csv|table] [--parallel N (default: the cores)] [--jsonl FILE] PATH...";

        public override IReadOnlyCollection<string> ValueOptions => new[] { "parallel" };

        public override int Run(CliContext context, CommandLine args)
        {
            var config = context.LoadConfig(args);
            var writer = context.CreateWriter(args, "Id", "Outlet", "ReferenceDate", "WordCount", "Title");
            foreach (var article in context.ForEachArticle(args, config, article => article))
            {
                writer.Write(article);
            }

            writer.Flush();
            return context.ExitCode;
        }
    }
}
