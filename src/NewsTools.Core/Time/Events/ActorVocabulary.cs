using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsTools.Config;
using NewsTools.Time.Scanning;
using NewsTools.Time.Vocabulary;

namespace NewsTools.Time.Events
{
    /// <summary>
    /// The word sets <see cref="ActorFinder"/> reads from a configuration, built once per configuration object: callers
    /// make a timeline builder per article, and building these sets cost more than extracting the events of a short article.
    /// </summary>
    internal sealed class ActorVocabulary
    {
        private static readonly ConditionalWeakTable<NewsToolsConfig, Holder> Cache = new ConditionalWeakTable<NewsToolsConfig, Holder>();

        // The lists it was built from and their sizes: a configuration whose lists were replaced or grown gets fresh sets.
        private readonly List<string> notNameList;
        private readonly List<string> titleList;
        private readonly Dictionary<string, string> demonymMap;
        private readonly List<string> organizationList;
        private readonly int notNameCount;
        private readonly int titleCount;
        private readonly int demonymCount;
        private readonly int organizationCount;

        private ActorVocabulary(NewsToolsConfig config)
        {
            notNameList = config.NotNames;
            titleList = config.Titles;
            demonymMap = config.Demonyms;
            organizationList = config.OrganizationWords;
            notNameCount = notNameList.Count;
            titleCount = titleList.Count;
            demonymCount = demonymMap.Count;
            organizationCount = organizationList.Count;

            NotNames = new SliceSet(config.NotNames.Concat(CalendarWords.For(config).NotNames));
            var titles = new List<string>();
            foreach (var t in config.Titles)
            {
                titles.AddRange(t.Split(' '));
            }

            titles.AddRange(EventVocabulary.For(config).TitleWords);
            TitleWords = new SliceSet(titles);
            Demonyms = new SliceSet(config.Demonyms.Keys);
            OrganizationWords = new SliceSet(config.OrganizationWords);
        }

        public SliceSet NotNames { get; }

        public SliceSet TitleWords { get; }

        public SliceSet Demonyms { get; }

        public SliceSet OrganizationWords { get; }

        public static ActorVocabulary For(NewsToolsConfig config)
        {
            var holder = Cache.GetValue(config, _ => new Holder());
            var vocabulary = holder.Vocabulary;
            if (vocabulary == null || !vocabulary.Matches(config))
            {
                // Sets are immutable once built: a race builds twice and keeps either, both equal.
                holder.Vocabulary = vocabulary = new ActorVocabulary(config);
            }

            return vocabulary;
        }

        private bool Matches(NewsToolsConfig config) =>
            ReferenceEquals(notNameList, config.NotNames) && notNameCount == config.NotNames.Count
            && ReferenceEquals(titleList, config.Titles) && titleCount == config.Titles.Count
            && ReferenceEquals(demonymMap, config.Demonyms) && demonymCount == config.Demonyms.Count
            && ReferenceEquals(organizationList, config.OrganizationWords) && organizationCount == config.OrganizationWords.Count;

        private sealed class Holder
        {
            public volatile ActorVocabulary? Vocabulary;
        }
    }
}
