using System;
using System.Linq;
using NewsTools.Cli;
using Xunit;

namespace NewsTools.Tests.Cli
{
    public class CommandListTests
    {
        [Fact]
        public void EveryCommandClassIsListedOnceInNameOrder()
        {
            // The list is written out for start-up's sake: a command class added without a line there would be unreachable.
            var classes = typeof(CliCommand).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CliCommand).IsAssignableFrom(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .ToList();
            var listed = Program.Commands();

            Assert.Equal(classes, listed.Select(c => c.GetType()).OrderBy(t => t.FullName, StringComparer.Ordinal));
            Assert.Equal(listed.Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal), listed.Select(c => c.Name));
            Assert.Equal(listed.Count, listed.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        }
    }
}
