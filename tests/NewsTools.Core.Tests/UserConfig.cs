using NewsTools.Config;

namespace NewsTools.Tests
{
    /// <summary>A configuration as a user gets it: a fresh copy of the built-in defaults (the cached one must not change), then a user file on top.</summary>
    public static class UserConfig
    {
        public static NewsToolsConfig DefaultsWith(string userYaml)
        {
            var config = new NewsToolsConfig();
            ConfigLoader.MergeInto(config, ConfigLoader.Defaults, ConfigLoader.BuiltInSource);
            ConfigLoader.MergeInto(config, ConfigLoader.Parse(userYaml, "user.yaml"), "user.yaml");
            return config;
        }
    }
}
