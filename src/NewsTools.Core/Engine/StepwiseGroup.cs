using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;

namespace NewsTools.Engine
{
    /// <summary>
    /// Runs the steps of an analysis over a group of items a step at a time: every item's first step, then every item's
    /// second, and so on, instead of every step of one item before the next item. Each step's code and tables then stay in
    /// the core's caches for the whole group, where steps of engines that take turns at every item push each other out. An
    /// item whose step throws keeps the exception and is left out of its later steps; the other items go on.
    /// </summary>
    internal static class StepwiseGroup
    {
        /// <summary>Runs <paramref name="step"/> for every item of the group that has not failed, in order.</summary>
        public static void Step<T>(IReadOnlyList<T> group, Action<T> step)
            where T : Item
        {
            for (var i = 0; i < group.Count; i++)
            {
                var item = group[i];
                if (item.Failure != null)
                {
                    continue;
                }

                try
                {
                    step(item);
                }
                catch (Exception ex)
                {
                    item.Failure = ExceptionDispatchInfo.Capture(ex);
                }
            }
        }

        /// <summary>One item of a group, and the exception its first failed step ended in.</summary>
        internal abstract class Item
        {
            public ExceptionDispatchInfo? Failure { get; set; }
        }
    }
}
