using System.Collections.Generic;
using System.Linq;
using NewsTools.Articles;

namespace NewsTools.Coverage
{
    /// <summary>Rows of one comparison, built over its label list.</summary>
    public sealed partial class CoverageComparer
    {
        /// <summary>
        /// Makes rows with Sources and MissingFrom filled from article indexes. Both are views over one label list, so a row of a
        /// comparison of thousands of articles costs its own sources, not a copy of every outlet's name.
        /// </summary>
        private sealed class RowBuilder
        {
            private readonly string group;
            private readonly IReadOnlyList<string> labels;
            private readonly IReadOnlyList<Article> articles;

            public RowBuilder(string group, IReadOnlyList<string> labels, IReadOnlyList<Article> articles)
            {
                this.group = group;
                this.labels = labels;
                this.articles = articles;
            }

            public List<CoverageItem> Items { get; } = new List<CoverageItem>();

            public string Label(int article) => labels[article];

            public CoverageItem Row(CoverageKind kind, IEnumerable<int> present)
            {
                var sources = present.Distinct().OrderBy(i => i).ToArray();
                return new CoverageItem
                {
                    GroupId = group,
                    Kind = kind,
                    Sources = new LabelSubset(labels, sources, complement: false),
                    MissingFrom = new LabelSubset(labels, sources, complement: true),
                };
            }

            public CoverageText Text(int article, string text, int start, int end) =>
                new CoverageText { Outlet = labels[article], ArticleId = articles[article].Id, Text = text, Start = start, End = end };

            public void Add(CoverageItem item) => Items.Add(item);
        }
    }
}
