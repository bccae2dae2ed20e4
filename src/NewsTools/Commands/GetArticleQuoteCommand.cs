using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.PowerShell.Completion;
using NewsTools.Quotes;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>Get-ArticleQuote: the quotations of each article with the speaker behind each, written as they are found.</summary>
    [Cmdlet(VerbsCommon.Get, "ArticleQuote", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(Quote))]
    public sealed class GetArticleQuoteCommand : ArticleInputCommandBase
    {
        private QuoteExtractor? extractor;
        private WildcardPattern[]? speakers;
        private HashSet<QuoteKind>? kinds;

        /// <summary>Only quotes whose (canonical) speaker matches one of these names; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(SpeakerNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Speaker { get; set; }

        /// <summary>Only quotes of these kinds.</summary>
        [Parameter]
        public QuoteKind[]? Kind { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            extractor = new QuoteExtractor(Config);
            speakers = ToPatterns(Speaker);
            kinds = Kind == null || Kind.Length == 0 ? null : new HashSet<QuoteKind>(Kind);
        }

        protected override void ProcessRecord() => RunStoppable(() =>
        {
            foreach (var article in ReadInputArticles())
            {
                foreach (var quote in Extract(article))
                {
                    if ((kinds == null || kinds.Contains(quote.Kind)) && MatchesAny(speakers, quote.Speaker))
                    {
                        WriteObject(quote);
                    }
                }
            }
        });

        private IReadOnlyList<Quote> Extract(Article article)
        {
            try
            {
                return extractor!.Extract(article, Cancellation);
            }
            catch (NewsToolsException ex)
            {
                WriteInputError(ex);
            }
            catch (Exception ex) when (!IsStopRequest(ex))
            {
                WriteUnexpectedError(ex, "QuoteExtractionFailed", article.Path ?? article.Id);
            }

            return Array.Empty<Quote>();
        }
    }
}
