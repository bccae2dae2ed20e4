using System.Management.Automation;
using NewsTools.Config;

namespace NewsTools.PowerShell.Commands
{
    /// <summary>Which part of the configuration Get-NewsToolsConfig writes.</summary>
    public enum NewsToolsConfigSection
    {
        /// <summary>The merged configuration as one object.</summary>
        Merged,
        /// <summary>One object per outlet profile, with the file it came from.</summary>
        Outlets,
        /// <summary>One object per known speaker, with the file it came from.</summary>
        Speakers,
        /// <summary>One object per file that contributed, with the sections it added to.</summary>
        Sources,
    }

    /// <summary>Get-NewsToolsConfig: the merged configuration (built-in defaults plus user files) and where each part came from.</summary>
    [Cmdlet(VerbsCommon.Get, "NewsToolsConfig")]
    [OutputType(typeof(NewsToolsConfig), typeof(OutletProfile), typeof(SpeakerProfile), typeof(ConfigSourceInfo))]
    public sealed class GetNewsToolsConfigCommand : NewsToolsCmdlet
    {
        [Parameter(Position = 0)]
        public NewsToolsConfigSection Section { get; set; } = NewsToolsConfigSection.Merged;

        protected override void EndProcessing()
        {
            base.EndProcessing();
            switch (Section)
            {
                case NewsToolsConfigSection.Outlets:
                    WriteObject(Config.Outlets, enumerateCollection: true);
                    break;
                case NewsToolsConfigSection.Speakers:
                    WriteObject(Config.Speakers, enumerateCollection: true);
                    break;
                case NewsToolsConfigSection.Sources:
                    WriteObject(Config.Sources, enumerateCollection: true);
                    break;
                default:
                    WriteObject(Config);
                    break;
            }
        }
    }
}
