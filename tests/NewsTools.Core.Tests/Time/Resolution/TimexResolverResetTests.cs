using System;
using NewsTools.Time.Resolution;
using Xunit;

namespace NewsTools.Tests.Time.Resolution
{
    public class TimexResolverResetTests
    {
        [Fact]
        public void ResetResolverEqualsANewOneInEveryField()
        {
            // The tagger keeps one resolver per thread: a field forgotten in Reset would carry one article's topic into the next.
            var reference = new DateTime(2018, 1, 28, 15, 30, 0);
            ResetChecks.AssertLikeNew(new TimexResolver(null), r => r.Reset(reference), new TimexResolver(reference));
        }
    }
}
