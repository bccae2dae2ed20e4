# Module manifest for NewsTools. The source of truth for the module's metadata; build.ps1 copies it to out/NewsTools/ and
# stamps ModuleVersion from Directory.Build.props (VersionPrefix), the one place the version lives.
@{
    RootModule           = 'NewsTools.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = 'a619be5e-724e-4eb1-9c52-6fb87876c9b5'
    Author               = 'NewsTools contributors'
    CompanyName          = 'NewsTools'
    Copyright            = '(c) NewsTools contributors. MIT License.'
    Description          = 'Reads news articles and answers three questions about them: who said what (quotes with their speakers), when what happened (time expressions resolved to the calendar and one merged timeline), and how outlets covered the same event differently (shared and unique statements, discrepancies, voice, framing).'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'

    # Third-party assemblies stay in Dependencies/ and are loaded by the module's own resolver (never RequiredAssemblies
    # or NestedModules), so another module's YamlDotNet or AngleSharp cannot clash with ours.
    FormatsToProcess     = @('NewsTools.format.ps1xml')
    TypesToProcess       = @('NewsTools.types.ps1xml')

    CmdletsToExport      = @(
        'Compare-Coverage'
        'ConvertTo-Article'
        'ConvertTo-EventTimeline'
        'Export-CoverageReport'
        'Get-ArticleQuote'
        'Get-NewsToolsConfig'
        'Get-TimeExpression'
        'Group-ArticleEvent'
        'Import-Article'
        'Get-NewsFeed'
        'Export-NewsArchive'
        'Get-NewsArchive'
        'Compare-NewsArchive'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()

    PrivateData          = @{
        PSData = @{
            Tags         = @('News', 'Journalism', 'Quotes', 'Timeline', 'TIMEX3', 'MediaAnalysis', 'PSEdition_Desktop', 'PSEdition_Core', 'Linux', 'Windows', 'MacOS')
            ProjectUri   = 'https://github.com/newstools/NewsTools'
            LicenseUri   = 'https://github.com/newstools/NewsTools/blob/main/LICENSE'
            ReleaseNotes = 'First release: Import-Article, ConvertTo-Article, Get-ArticleQuote, Get-TimeExpression, ConvertTo-EventTimeline, Group-ArticleEvent, Compare-Coverage, Export-CoverageReport, Get-NewsToolsConfig.'
        }
    }
}
