using System.Collections.Generic;
using NewsTools.Config;

namespace NewsTools.Text
{
    /// <summary>The text layer's word lists (Text/text.defaults.yaml and the user's additions), by name.</summary>
    internal static class TextVocabulary
    {
        /// <summary>The named word list of a configuration, empty when it has none.</summary>
        public static IReadOnlyList<string> List(NewsToolsConfig config, string name) =>
            config.WordLists.TryGetValue(name, out var list) ? list : (IReadOnlyList<string>)new List<string>();
    }
}
