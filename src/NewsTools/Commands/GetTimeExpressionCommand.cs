using System;
using System.Collections.Generic;
using System.Management.Automation;
using NewsTools.Articles;
using NewsTools.Engine;
using NewsTools.Time;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>Get-TimeExpression: every time expression of each article with its TIMEX3 value, resolved against the reference date.</summary>
    [Cmdlet(VerbsCommon.Get, "TimeExpression", DefaultParameterSetName = ParameterSets.Path)]
    [OutputType(typeof(TimeExpression))]
    public sealed class GetTimeExpressionCommand : ArticleInputCommandBase
    {
        private HashSet<TimexType>? types;

        /// <summary>Resolve relative expressions against this date instead of each article's own.</summary>
        [Parameter]
        public DateTime? ReferenceDate { get; set; }

        /// <summary>Only expressions of these TIMEX3 types.</summary>
        [Parameter]
        public TimexType[]? Type { get; set; }

        /// <summary>Leave out expressions whose value could not be resolved.</summary>
        [Parameter]
        public SwitchParameter ResolvedOnly { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            types = Type == null || Type.Length == 0 ? null : new HashSet<TimexType>(Type);
        }

        protected override void ProcessRecord() => RunStoppable(() => Write(AnalyseInput<TimeExpression>((article, _) => Tag(article), "TimeTaggingFailed")));

        protected override void EndProcessing()
        {
            // Piped files held back to be spread over -ThrottleLimit threads.
            RunStoppable(() => Write(AnalyseInput<TimeExpression>((article, _) => Tag(article), "TimeTaggingFailed", endOfInput: true)));
            base.EndProcessing();
        }

        private void Write(IEnumerable<(Article Article, IReadOnlyList<TimeExpression> Found)> results)
        {
            foreach (var (article, expressions) in results)
            {
                var written = 0;
                foreach (var expression in expressions)
                {
                    if ((types == null || types.Contains(expression.Type)) && (!ResolvedOnly || expression.IsResolved))
                    {
                        WriteObject(expression);
                        written++;
                    }
                }

                WriteVerbose($"'{article.Path ?? article.Url ?? article.Id}': {expressions.Count} time expressions found, {written} written.");
            }
        }

        /// <summary>On a worker thread when -ThrottleLimit is above 1: writes nothing.</summary>
        private IReadOnlyList<TimeExpression> Tag(Article article) =>
            new TimeExpressionTagger(ConfigFor(article)).Tag(article, ReferenceDate?.Date, Cancellation);
    }
}
