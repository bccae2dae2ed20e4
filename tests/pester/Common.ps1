# Shared by every *.Tests.ps1: where the repository, samples and seeds are, and the module under test.
# build.ps1 runs the suite in a fresh `pwsh -NoProfile -NonInteractive` with out/ first on PSModulePath, so
# `Import-Module NewsTools` finds the built module (out/NewsTools), never the sources.

$script:RepoRoot = (Resolve-Path -LiteralPath (Join-Path $PSScriptRoot '../..')).ProviderPath
$script:SharedRoot = Join-Path (Split-Path -Parent $RepoRoot) 'shared'
$script:SeedDir = Join-Path $SharedRoot 'seeds'
$script:SputnikSeed = Join-Path $SeedDir 'sputnik-2018-01-28-china-japan.txt'
$script:StraitsSeed = Join-Path $SeedDir 'straitstimes-2018-01-28-japan-china.txt'
$script:GoldFile = Join-Path (Join-Path $SharedRoot 'acceptance') 'seeds-gold.json'
$script:HasSeeds = (Test-Path -LiteralPath $SputnikSeed) -and (Test-Path -LiteralPath $StraitsSeed)
$script:SeedsMissing = "../shared/seeds not found next to the repository ($SeedDir)"
$script:SampleFiles = @(Get-ChildItem -Path (Join-Path $RepoRoot 'samples/*') -Include '*.txt', '*.html' -File -ErrorAction SilentlyContinue)
$script:SampleConfig = Join-Path (Join-Path (Join-Path $RepoRoot 'samples') 'config') 'newstools.yaml'
$script:HasSamples = $SampleFiles.Count -gt 0 -and (Test-Path -LiteralPath $SampleConfig)
$script:IsCoreEdition = $PSVersionTable.PSEdition -eq 'Core'

# On PowerShell 7 NewsTools.Core lives in its own AssemblyLoadContext, which PowerShell's type-name resolution does not
# search, so [NewsTools.Articles.Article] is not a usable type literal there: tests check $x.PSObject.TypeNames instead.

function Import-NewsToolsUnderTest {
    $module = Import-Module NewsTools -PassThru -ErrorAction Stop
    $expected = Join-Path (Join-Path $RepoRoot 'out') 'NewsTools'
    if ($module.ModuleBase -ne $expected) {
        throw "NewsTools was imported from $($module.ModuleBase), not from the built module at $expected. Run ./build.ps1 -Task Test."
    }
    return $module
}

# A PowerShell instance of this process with the built module loaded, for tests that run a cmdlet in the background and
# stop it. The module comes with the session state, not as a first statement of the batch: a stopped batch can still look
# up a variable in its runspace after Stop() returns, which crashed the test process once the instance was disposed.
function New-NewsToolsInstance {
    $state = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
    $state.ImportPSModule([string[]] @(Join-Path (Join-Path (Join-Path $RepoRoot 'out') 'NewsTools') 'NewsTools.psd1'))
    return [powershell]::Create($state)
}

# The seeds keep their non-breaking spaces (offsets index the text as given); the gold file is written with plain spaces.
function ConvertTo-PlainSpace([string] $Text) {
    return $Text.Replace([char]0x00A0, ' ').Trim()
}

function Get-SeedGold {
    return Get-Content -LiteralPath $GoldFile -Raw -Encoding UTF8 | ConvertFrom-Json
}

# The column headers of the first table Format-Table draws for these objects.
function Get-TableHeader {
    param([Parameter(ValueFromPipeline)] $InputObject, [string] $View)
    begin { $items = [System.Collections.Generic.List[object]]::new() }
    process { $items.Add($InputObject) }
    end {
        $format = if ($View) { $items | Format-Table -View $View } else { $items | Format-Table }
        $lines = ($format | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() }
        return @(($lines | Select-Object -First 1).Trim() -split '\s+')
    }
}

function Get-CompletionText {
    param([string] $InputScript)
    $result = TabExpansion2 -inputScript $InputScript -cursorColumn $InputScript.Length
    return @($result.CompletionMatches | ForEach-Object CompletionText)
}
