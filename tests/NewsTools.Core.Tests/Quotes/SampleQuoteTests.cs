using System;
using System.Collections.Generic;
using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// The project's own sample articles (samples/, written for the project) with every statement an editor would list: who,
    /// how it is attributed, the cue and the words. The same bar as the seeds' gold, on text whose answers we know.
    /// </summary>
    public class SampleQuoteTests
    {
        public static IEnumerable<object[]> Samples() => new[]
        {
            new object[]
            {
                "harbour-gazette-2024-03-12-bridge.txt",
                new[]
                {
                    "Indirect|Elena Varga|Explicit|said|The Alder Strait bridge reopened to traffic on Tuesday",
                    "Direct|Elena Varga|Explicit|said|This bridge carries half of our workers",
                    "Direct|Elena Varga|Continuation||We kept our promise to finish before the summer.",
                    "Indirect|Elena Varga|Nominal|added|tolls would fall by a third from April 1 for residents",
                    "Direct|Tomas Reyes|Explicit|said|The cables were in worse shape than anyone had feared",
                    "Indirect|Tomas Reyes|Pronoun|said|the crews replaced all 64 main cables",
                    "Direct|Tomas Reyes|Pronoun|said|We did not cut a single corner",
                    "Direct|Tomas Reyes|Continuation||Every cable was tested twice before it carried a car.",
                    "Partial|Dana Whitfield|Explicit|said|long overdue",
                    "Indirect|Port Alder Transport Authority|Nominal|According to|about 40,000 vehicles crossed the bridge each day",
                },
            },
            new object[]
            {
                "coastal-wire-2024-03-12-bridge.html",
                new[]
                {
                    "Indirect|city council|Nominal|according to|Port Alder's main bridge reopened on Tuesday (March 12)",
                    "Direct|Elena Varga|Explicit|told|Today is a good day for every family in this city",
                    "Direct|Elena Varga|Continuation||We kept our promise to finish before the summer.",
                    "Indirect|Tomas Reyes|Explicit|said|the crews had replaced every main cable",
                    "Partial|Dana Whitfield|Explicit|called|a scandal",
                    "Indirect|Dana Whitfield|Explicit|said|she would ask the city's auditor to review the contracts",
                    "Direct|Dana Whitfield|Explicit|said|Nobody has told taxpayers where the extra 20 million went",
                    "Indirect|Ferry operators|Nominal|said|they expected to lose most of their commuters within weeks",
                },
            },
            new object[]
            {
                "valley-times-2024-03-14-orchard.txt",
                new[]
                {
                    "Indirect|growers|Nominal|said|A late frost on Wednesday night destroyed most of the early blossom",
                    "Direct|Ines Marlow|Explicit|said|We lost about 70 percent of the Gala blossom in a single night",
                    "Direct|Ines Marlow|Continuation||I have not seen frost like this since 2011.",
                    "Indirect|Ines Marlow|Pronoun|said|insurers had been told and that the cooperative would ask",
                    "Indirect|Kessel weather station|Nominal|according to|Temperatures fell to minus six degrees shortly before dawn",
                    "Indirect|Bram Dekker|Explicit|said|his fans had run for nine hours",
                    "Direct|Bram Dekker|Pronoun|said|It cost me a fortune in diesel, but the trees on the low ground made it",
                    "Indirect|organisers|Nominal|said|The spring festival will go ahead on March 21 as planned",
                },
            },
        };

        [Theory]
        [MemberData(nameof(Samples))]
        public void EveryStatementIsFoundWithItsSpeakerAttributionAndCueAndNothingElse(string sample, string[] expected)
        {
            var article = TestData.ReadSample(sample);
            var quotes = new QuoteExtractor(TestData.SamplesConfig).Extract(article);

            var found = quotes.Where(q => q.Kind != QuoteKind.Term)
                .Select(q => $"{q.Kind}|{q.Speaker}|{q.Attribution}|{q.Cue}|{q.Text}")
                .ToList();
            Assert.Equal(expected.Length, found.Count);
            for (var i = 0; i < expected.Length; i++)
            {
                // The expected line gives the opening words of the text; everything before it must match exactly.
                var cut = expected[i].LastIndexOf('|');
                Assert.StartsWith(expected[i].Substring(0, cut + 1), found[i], StringComparison.Ordinal);
                Assert.StartsWith(expected[i].Substring(cut + 1), found[i].Substring(cut + 1), StringComparison.Ordinal);
            }
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void OffsetsOfTextAndSpeakerMentionIndexTheArticleAsGiven(string sample, string[] expected)
        {
            var article = TestData.ReadSample(sample);
            var quotes = new QuoteExtractor(TestData.SamplesConfig).Extract(article);

            Assert.Equal(expected.Length, quotes.Count(q => q.Kind != QuoteKind.Term));
            foreach (var q in quotes)
            {
                Assert.Equal(q.Text, article.Text.Substring(q.Start, q.End - q.Start));
                if (q.SpeakerMention != null && q.SpeakerStart >= 0)
                {
                    Assert.Equal(q.SpeakerMention, article.Text.Substring(q.SpeakerStart, q.SpeakerEnd - q.SpeakerStart));
                }
            }
        }
    }
}
