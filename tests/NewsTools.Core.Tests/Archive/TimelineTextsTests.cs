using System.Text;
using NewsTools.Archive;
using NewsTools.Time;
using Xunit;

namespace NewsTools.Tests.Archive
{
    /// <summary>
    /// The actors and sources columns of timeline events are bound as UTF-8 made beside the analysis: the bytes must be those
    /// of the stored strings (actors joined by the list separator; each source its sentence, the list separator and its
    /// expression, joined by the record separator), a lone surrogate written as U+FFFD as the string binding writes it.
    /// </summary>
    public sealed class TimelineTextsTests
    {
        [Fact]
        public void The_bound_bytes_are_the_stored_strings_in_utf8()
        {
            var events = new[]
            {
                new TimelineEvent
                {
                    Actors = new[] { "Mara Quist", "the Harbour Böard" },
                    Sources = new[]
                    {
                        new EventSource { Text = "The board met the ferrymen on Monday.", Expression = "on Monday" },
                        new EventSource { Text = "Quist said \ud83d\udea2 sailings resume \ud83d today.", Expression = "today" },
                    },
                },
                new TimelineEvent(),
                new TimelineEvent { Actors = new[] { "Holm" }, Sources = new[] { new EventSource { Text = "", Expression = "" } } },
            };

            var texts = new TimelineTexts(events);

            Assert.Equal(Encoding.UTF8.GetBytes("Mara Quist\u001Fthe Harbour Böard"), texts.Actors(0).ToArray());
            Assert.Equal(
                Encoding.UTF8.GetBytes("The board met the ferrymen on Monday.\u001Fon Monday\u001EQuist said \ud83d\udea2 sailings resume \ufffd today.\u001Ftoday"),
                texts.Sources(0).ToArray());
            Assert.Empty(texts.Actors(1).ToArray());
            Assert.Empty(texts.Sources(1).ToArray());
            Assert.Equal(Encoding.UTF8.GetBytes("Holm"), texts.Actors(2).ToArray());
            Assert.Equal(new byte[] { 0x1F }, texts.Sources(2).ToArray());
        }

        [Fact]
        public void Texts_made_in_an_array_another_article_gave_back_hold_only_their_own_bytes()
        {
            // The bytes come from a shared pool and go back once written: the next article's texts may sit in the same, larger
            // array, over the bytes of the one before.
            for (var round = 0; round < 50; round++)
            {
                var first = new TimelineTexts(new[]
                {
                    new TimelineEvent { Actors = new[] { new string('x', 900) }, Sources = new[] { new EventSource { Text = new string('y', 900), Expression = "then" } } },
                });
                first.Release();

                var second = new TimelineTexts(new[]
                {
                    new TimelineEvent { Actors = new[] { "Ona Brek" }, Sources = new[] { new EventSource { Text = "Brek left on Friday.", Expression = "on Friday" } } },
                    new TimelineEvent { Actors = new[] { "Tam" } },
                });

                Assert.Equal(Encoding.UTF8.GetBytes("Ona Brek"), second.Actors(0).ToArray());
                Assert.Equal(Encoding.UTF8.GetBytes("Brek left on Friday.\u001Fon Friday"), second.Sources(0).ToArray());
                Assert.Equal(Encoding.UTF8.GetBytes("Tam"), second.Actors(1).ToArray());
                Assert.Empty(second.Sources(1).ToArray());
                second.Release();
            }
        }
    }
}
