using System;
using System.Globalization;
using NewsTools.Time.Resolution;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    /// <summary>The values written digit by digit match the formats they replace, across the calendar's whole range.</summary>
    public class IsoValueTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(9)]
        [InlineData(476)]
        [InlineData(1066)]
        [InlineData(1999)]
        [InlineData(2024)]
        [InlineData(9999)]
        public void AYearIsFourDigits(int year)
        {
            Assert.Equal(year.ToString("0000", CultureInfo.InvariantCulture), IsoValue.Year(year));
            Assert.Same(IsoValue.Year(year), IsoValue.Year(year));
        }

        [Fact]
        public void DaysMonthsAndQuartersMatchTheirFormats()
        {
            foreach (var d in new[] { new DateTime(1, 1, 1), new DateTime(987, 6, 5), new DateTime(2009, 10, 31), new DateTime(2024, 2, 29), new DateTime(9999, 12, 31) })
            {
                Assert.Equal(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), IsoValue.Date(d));
                Assert.Equal(d.ToString("yyyy-MM", CultureInfo.InvariantCulture), IsoValue.YearMonth(d.Year, d.Month));
                var quarter = ((d.Month - 1) / 3) + 1;
                Assert.Equal(d.Year.ToString("0000", CultureInfo.InvariantCulture) + "-Q" + quarter, IsoValue.Quarter(d.Year, quarter));
            }
        }
    }
}
