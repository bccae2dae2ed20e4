using System;
using System.Collections.Generic;
using System.Threading;
using NewsTools.Articles;

namespace NewsTools.Text
{
    /// <summary>
    /// One article's text as every analysis reads it, made once per <see cref="Article"/> and kept on it: the paragraph
    /// spans, and layers (words with keys, tokens, ...) that each analysis declares as a <see cref="TextLayer{T}"/> and
    /// that are worked out on first use only, so a run that never reads a layer never pays for it. Safe to share between
    /// threads (ForEach-Object -Parallel over one article): a layer is a pure function of the text, so when two threads
    /// race to build one, both results are equal and the first one kept is the one everybody reads.
    /// </summary>
    internal sealed class ArticleText
    {
        private readonly object gate = new object();

        // Layers built so far, copied on write: readers never lock. A handful per article, so a linear search is cheapest.
        private LayerEntry[] layers = Array.Empty<LayerEntry>();

        internal ArticleText(string text, IReadOnlyList<Paragraph> paragraphs)
        {
            Text = text;
            Paragraphs = paragraphs;
            if (paragraphs.Count == 0)
            {
                Spans = new[] { new TextSpan(0, text.Length) };
            }
            else
            {
                var spans = new TextSpan[paragraphs.Count];
                for (var i = 0; i < spans.Length; i++)
                {
                    // A paragraph never reaches past the text; clipped as every analysis clips it.
                    spans[i] = new TextSpan(paragraphs[i].Start, Math.Min(paragraphs[i].End, text.Length));
                }

                Spans = spans;
            }
        }

        /// <summary>The article text that every offset indexes.</summary>
        public string Text { get; }

        /// <summary>The paragraph list the spans were taken from (to tell when the article's paragraphs were replaced).</summary>
        internal IReadOnlyList<Paragraph> Paragraphs { get; }

        /// <summary>The kept paragraphs' spans in reading order (the whole text when the article has no paragraphs).</summary>
        public IReadOnlyList<TextSpan> Spans { get; }

        /// <summary>The article's shared text, made on first use and kept on the article (rebuilt if its text was replaced).</summary>
        public static ArticleText Of(Article article)
        {
            if (article == null)
            {
                throw new ArgumentNullException(nameof(article));
            }

            return article.SharedText();
        }

        /// <summary>The layer's value for this text, built by the layer on the first call and kept.</summary>
        public T Get<T>(TextLayer<T> layer)
            where T : class
        {
            var built = Volatile.Read(ref layers);
            foreach (var entry in built)
            {
                if (ReferenceEquals(entry.Layer, layer))
                {
                    return (T)entry.Value;
                }
            }

            // Built outside the lock, so one slow layer does not hold up another thread asking for a different one.
            var value = layer.Build(this);
            lock (gate)
            {
                foreach (var entry in layers)
                {
                    if (ReferenceEquals(entry.Layer, layer))
                    {
                        return (T)entry.Value;
                    }
                }

                var grown = new LayerEntry[layers.Length + 1];
                Array.Copy(layers, grown, layers.Length);
                grown[layers.Length] = new LayerEntry(layer, value);
                Volatile.Write(ref layers, grown);
            }

            return value;
        }

        /// <summary>The index of the span that holds [from, to) whole, or -1 when none does (the range crosses a paragraph's edge).</summary>
        public int SpanHolding(int from, int to)
        {
            var found = TextSpan.LastStartingAtOrBefore(Spans, from);
            return found >= 0 && to <= Spans[found].End && from <= Spans[found].End ? found : -1;
        }

        private readonly struct LayerEntry
        {
            public LayerEntry(object layer, object value)
            {
                Layer = layer;
                Value = value;
            }

            public object Layer { get; }

            public object Value { get; }
        }
    }

    /// <summary>
    /// A layer of <see cref="ArticleText"/>: what it holds and how it is built from the text. Declared once (a static field
    /// of the analysis that reads it, or one per vocabulary), then asked for with <see cref="ArticleText.Get{T}"/>.
    /// A layer's value must be a pure function of the text and must not be changed by its readers.
    /// </summary>
    internal sealed class TextLayer<T>
        where T : class
    {
        private readonly Func<ArticleText, T> build;

        public TextLayer(string name, Func<ArticleText, T> build)
        {
            Name = name;
            this.build = build;
        }

        /// <summary>What the layer holds, for diagnostics.</summary>
        public string Name { get; }

        internal T Build(ArticleText text) => build(text);

        public override string ToString() => Name;
    }
}
