using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using NewsTools.Articles;
using NewsTools.Config;
using NewsTools.Engine;
using NewsTools.PowerShell.Completion;
using NewsTools.PowerShell.Sessions;
using NewsTools.Quotes;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>Get-ArticleQuote: the quotations of each article with the speaker behind each, written as they are found.</summary>
    [Cmdlet(VerbsCommon.Get, "ArticleQuote", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(Quote))]
    public sealed class GetArticleQuoteCommand : ArticleInputCommandBase
    {
        // Who said what does not depend on when: an undated file is no reason to warn here (a folder of them gave a warning
        // per file, while Import-Article, the time cmdlets and the coverage ones still say so).
        internal override bool ReadsReferenceDate => false;

        private WildcardPattern[]? speakers;
        private HashSet<QuoteKind>? kinds;

        /// <summary>Only quotes whose speaker matches one of these names (canonical name, an alias or the surname); wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(SpeakerNameCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Speaker { get; set; }

        /// <summary>Only quotes of these kinds. Quoted terms (scare quotes, names in quote marks) have no speaker, so they are written only when Term is asked for.</summary>
        [Parameter]
        public QuoteKind[]? Kind { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            speakers = ToPatterns(Speaker);
            kinds = Kind == null || Kind.Length == 0
                ? new HashSet<QuoteKind> { QuoteKind.Direct, QuoteKind.Partial, QuoteKind.Indirect }
                : new HashSet<QuoteKind>(Kind);
        }

        protected override void ProcessRecord() => RunStoppable(() => Write(AnalyseInput<Quote>(Extract, "QuoteExtractionFailed")));

        protected override void EndProcessing()
        {
            // Piped files held back to be spread over -ThrottleLimit threads.
            RunStoppable(() => Write(AnalyseInput<Quote>(Extract, "QuoteExtractionFailed", endOfInput: true)));
            base.EndProcessing();
        }

        private void Write(IEnumerable<(Article Article, IReadOnlyList<Quote> Found)> results)
        {
            foreach (var (article, quotes) in results)
            {
                var written = 0;
                foreach (var quote in quotes)
                {
                    if (kinds!.Contains(quote.Kind) && (speakers == null || SpeakerMatches(quote, ConfigFor(article))))
                    {
                        WriteObject(quote);
                        written++;
                    }
                }

                WriteVerbose($"'{article.Path ?? article.Url ?? article.Id}': {quotes.Count} quotes and quoted terms found, {written} written.");
            }
        }

        /// <summary>
        /// A speaker is asked for the way an analyst names them: the canonical name, an alias the configuration gives, or the
        /// surname alone (news style names a person in full once, then by surname: 'Varga*' finds Elena Varga).
        /// </summary>
        private bool SpeakerMatches(Quote quote, NewsToolsConfig config)
        {
            if (string.IsNullOrEmpty(quote.Speaker))
            {
                return false;
            }

            var names = new List<string> { quote.Speaker! };
            var lastSpace = quote.Speaker!.LastIndexOf(' ');
            if (lastSpace > 0 && lastSpace < quote.Speaker.Length - 1)
            {
                names.Add(quote.Speaker.Substring(lastSpace + 1));
            }

            foreach (var profile in config.Speakers)
            {
                if (string.Equals(profile.Name, quote.Speaker, StringComparison.OrdinalIgnoreCase))
                {
                    names.AddRange(profile.Aliases);
                }
            }

            return names.Any(name => MatchesAny(speakers, name));
        }

        /// <summary>On a worker thread when -ThrottleLimit is above 1: reports only through <paramref name="reporter"/>.</summary>
        private IReadOnlyList<Quote> Extract(Article article, IEngineReporter reporter) =>
            EngineCache.Quotes(ConfigFor(article)).Extract(article, reporter, Cancellation);
    }
}
