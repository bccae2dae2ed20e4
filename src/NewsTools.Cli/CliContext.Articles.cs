using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;

namespace NewsTools.Cli
{
    /// <summary>Reading articles: the inputs of the command line in order, each read and worked on, on several threads when asked, the results and messages in input order.</summary>
    internal sealed partial class CliContext
    {
        /// <summary>
        /// The articles named on the command line (files, wildcards, directories with -r) or in --jsonl files, one at a time so
        /// memory stays flat. Inputs that cannot be read are reported and skipped; the rest go on.
        /// </summary>
        public IEnumerable<Article> ReadArticles(CommandLine args, NewsToolsConfig config)
        {
            var reader = new ArticleReader(config) { Reporter = this, ReportsDateDoubts = ReadsReferenceDate };
            foreach (var read in ArticleInputs(args))
            {
                var article = read(reader);
                if (article != null)
                {
                    yield return article;
                }
            }
        }

        /// <summary>
        /// Each article of <see cref="ReadArticles"/> handed to <paramref name="work"/>, the results in input order. With
        /// --parallel N (default: one thread per core) reading and work run on N threads, each with its own reader; the
        /// errors and warnings of each input are written when its turn comes, so the output is the same as with one thread.
        /// </summary>
        public IEnumerable<T> ForEachArticle<T>(CommandLine args, NewsToolsConfig config, Func<Article, T> work)
        {
            var threads = ParallelThreads(args);
            if (threads <= 1)
            {
                foreach (var article in ReadArticles(args, config))
                {
                    yield return work(article);
                }

                yield break;
            }

            using var readers = new ThreadLocal<ArticleReader>(() => new ArticleReader(config) { Reporter = this, ReportsDateDoubts = ReadsReferenceDate });
            var done = OrderedParallel.Select(
                WithMessagesBefore(ArticleInputs(args)),
                input =>
                {
                    var messages = input.Before;
                    if (input.Read == null)
                    {
                        return (Found: false, Result: default(T), Messages: messages);
                    }

                    deferred = messages;
                    try
                    {
                        var article = input.Read(readers.Value!);
                        return (Found: article != null, Result: article != null ? work(article) : default, Messages: messages);
                    }
                    finally
                    {
                        deferred = null;
                    }
                },
                threads,
                Cancellation);
            foreach (var (found, result, messages) in done)
            {
                foreach (var message in messages)
                {
                    message();
                }

                if (found)
                {
                    yield return result!;
                }
            }
        }

        /// <summary>
        /// The inputs, each with the messages raised while finding it (a wildcard that matches nothing), so that those too are
        /// written in input order; a last item without a read carries the messages raised after the last input.
        /// </summary>
        private static IEnumerable<(Func<ArticleReader, Article?>? Read, List<Action> Before)> WithMessagesBefore(IEnumerable<Func<ArticleReader, Article?>> inputs)
        {
            using var items = inputs.GetEnumerator();
            while (true)
            {
                var before = new List<Action>();
                bool more;
                deferred = before;
                try
                {
                    more = items.MoveNext();
                }
                finally
                {
                    deferred = null;
                }

                yield return (more ? items.Current : null, before);
                if (!more)
                {
                    yield break;
                }
            }
        }

        /// <summary>--parallel N: how many threads read and analyse articles (default: the cores this process may use).</summary>
        public static int ParallelThreads(CommandLine args)
        {
            var value = args.Value("parallel");
            if (value == null)
            {
                return OrderedParallel.DefaultThreads;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) || threads < 1)
            {
                throw new UsageException($"--parallel '{value}' is not a number of threads (1 or more).");
            }

            return threads;
        }

        /// <summary>
        /// The inputs named on the command line, each as a read still to be done by a given reader: one --jsonl line or one
        /// file. Inputs that cannot be read are reported, and their read gives null.
        /// </summary>
        private IEnumerable<Func<ArticleReader, Article?>> ArticleInputs(CommandLine args)
        {
            var overrides = new ArticleOptions
            {
                Outlet = args.Value("outlet"),
                Title = args.Value("title"),
                ReferenceDate = ParseDate(args.Value("reference-date"), "--reference-date"),
            };

            var jsonlFiles = args.Values("jsonl");
            if (jsonlFiles.Count == 0 && args.Positional.Count == 0)
            {
                throw new UsageException("Give one or more PATHs or --jsonl FILE.");
            }

            foreach (var jsonl in jsonlFiles)
            {
                foreach (var (line, input) in NumberedLines(jsonl, "JsonlNotReadable"))
                {
                    yield return reader => Attempt(input, () => ParseJsonlLine(line, input, reader, overrides, Cancellation));
                }
            }

            foreach (var path in ExpandPaths(args.Positional, args.Flag("recurse")))
            {
                Cancellation.ThrowIfCancellationRequested();
                if (path == StandardInput)
                {
                    // "-" is standard input, read to its end as one article ("curl -s URL | newstools quotes -").
                    yield return reader => Attempt(StandardInputName, () => reader.ReadStream(Console.OpenStandardInput(), StandardInputName, overrides, Cancellation));
                    continue;
                }

                yield return reader => NoteIfUndated(path, Attempt(path, () => reader.ReadFile(path, overrides, Cancellation)));
            }
        }

        /// <summary>The PATH (and --jsonl FILE) that stands for standard input, as Unix commands take it.</summary>
        internal const string StandardInput = "-";

        /// <summary>How standard input is named in messages and as an article's id.</summary>
        internal const string StandardInputName = "stdin";

        /// <summary>
        /// Whether this command's answers depend on an article's date (time expressions, timelines, grouping, comparison,
        /// the archive), so that a file with no date anywhere is worth a warning; `quotes` sets it off.
        /// </summary>
        public bool ReadsReferenceDate { get; set; } = true;

        /// <summary>A file or page read with no date in it: warned about, naming <paramref name="input"/>, as the cmdlets do, when the command reads dates.</summary>
        internal Article? NoteIfUndated(string input, Article? article)
        {
            if (article != null && ReadsReferenceDate && UndatedArticle.Warning(article) is string undated)
            {
                Warning(undated, input);
            }

            return article;
        }

        /// <summary>One input's read: its failure is reported as that input's error, and gives null.</summary>
        private Article? Attempt(string input, Func<Article> read)
        {
            try
            {
                return read();
            }
            catch (NewsToolsException ex)
            {
                Error(ex);
            }
            catch (Exception ex) when (IsInputFailure(ex))
            {
                Error(Unexpected(input, ex));
            }

            return null;
        }
    }
}
