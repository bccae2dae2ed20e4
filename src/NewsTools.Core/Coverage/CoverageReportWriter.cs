using System;
using System.Collections.Generic;

namespace NewsTools.Coverage
{
    /// <summary>Writes comparisons as one self-contained HTML page.</summary>
    public static class CoverageReportWriter
    {
        public static string ToHtml(IReadOnlyList<CoverageComparison> comparisons)
        {
            throw new NotImplementedException("The coverage report is being built (issue 5).");
        }
    }
}
