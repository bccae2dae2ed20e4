using System;
using System.Linq;
using NewsTools.Quotes;
using Xunit;

namespace NewsTools.Tests.Quotes
{
    /// <summary>
    /// What the attribution reads in place instead of cutting strings, and the one mention the resolver renews for every name,
    /// must answer exactly what the allocating forms answered.
    /// </summary>
    public class InPlaceReadingTests
    {
        [Theory]
        [InlineData("He said: \"We will go.\" Then he left.")]
        [InlineData("\"Is it over?\" she asked, \"or not …\"  ")]
        [InlineData("\"mutual good.\u00A0\" Trump said \"!\"\t\"\"")]
        public void EndsSentenceInPlaceAnswersAsOnTheCutText(string text)
        {
            for (var start = 0; start <= text.Length; start++)
            {
                for (var end = start; end <= text.Length; end++)
                {
                    Assert.Equal(QuoteClassifier.EndsSentence(text.Substring(start, end - start)), QuoteClassifier.EndsSentence(text, start, end));
                }
            }
        }

        [Fact]
        public void ARenewedMentionKeepsNothingOfItsPreviousPhrase()
        {
            var properties = typeof(Mention).GetProperties().Where(p => p.CanWrite).ToList();
            var used = new Mention();
            foreach (var property in properties)
            {
                // Every property away from its initial value, as after a phrase like "Chinese foreign minister Wang Yi's".
                object value = property.PropertyType == typeof(string) ? "used" :
                    property.PropertyType == typeof(int) ? 7 :
                    property.PropertyType == typeof(bool) ? true :
                    property.PropertyType == typeof(WordClass) ? WordClass.Demonym | WordClass.TitleWord :
                    throw new InvalidOperationException($"Mention.{property.Name} ({property.PropertyType.Name}): teach this test its type and Renew its initial value.");
                property.SetValue(used, value);
            }

            var renewed = used.Renew(1, 3, 10, 20, "Wang Yi");
            var fresh = new Mention { FirstToken = 1, EndToken = 3, Start = 10, End = 20, Text = "Wang Yi" };

            Assert.Same(used, renewed);
            Assert.All(properties, p => Assert.True(Equals(p.GetValue(fresh), p.GetValue(renewed)), $"Mention.{p.Name}: renewed {p.GetValue(renewed)}, new {p.GetValue(fresh)}"));
        }
    }
}
