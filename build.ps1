#!/usr/bin/env pwsh
#Requires -Version 5.1
<#
.SYNOPSIS
    Builds, tests, demonstrates and packages the NewsTools module. The one entry point.

.DESCRIPTION
    Build    dotnet publish of src/NewsTools, then an explicit file list into out/NewsTools/:
             the manifest (version stamped from Directory.Build.props), NewsTools.dll, the format and type files,
             en-US/NewsTools.dll-Help.xml, LICENSE, THIRD-PARTY-NOTICES.txt, and NewsTools.Core plus the third-party assemblies in Dependencies/.
    Native   The command line as one native executable (NativeAOT) in out/native: `dotnet publish src/NewsTools.Cli
             -p:NativeAot=true`. Needs a C compiler and linker (clang or gcc on Linux and macOS, Visual C++ on Windows).
    Test     Build, the native command when a C compiler is found (its tests run it against the managed one, and skip
             with a message without it), dotnet test, then Invoke-Pester (Pester 5.9.1 from NuGet, see Find-PesterManifest) on tests/pester in a fresh
             `pwsh -NoProfile -NonInteractive` with out/ first on PSModulePath, so the tests import the built module
             and never src/. On Windows the suite also runs in Windows PowerShell 5.1 when it is there.
             A failure names the failing tests; the last line counts every test that ran: 'tests: N passed, N failed, N skipped'.
    Pester   Build, then only the Pester step (for CI, which has already run dotnet test). -PesterPath runs other test files;
             -NoBuild uses the module already in out/NewsTools.
    Demo     Build, then runs the cmdlets over samples/ (and ../shared/seeds when present) in a fresh session.
    Package  Build (unless -NoBuild), then out/NewsTools.<version>.nupkg in the layout the PowerShell Gallery accepts.
    CallCost Build, then what one cmdlet call costs in a session that has already used the module (a script that calls a
             cmdlet once per file in a loop): for Import-Article, Get-ArticleQuote and Get-TimeExpression on one short
             text, the first call and the median of the later ones, in fresh sessions, rounds alternated with the module
             given by -Baseline (another built out/NewsTools, e.g. of an earlier commit) when there is one.
    Clean    Removes out/.

.EXAMPLE
    ./build.ps1 -Task Test -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Native', 'Test', 'Pester', 'Demo', 'Package', 'CallCost', 'Clean')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # CallCost: another built module folder to compare with, round by round.
    [string] $Baseline,

    # Pester: the test files or folder to run (default: tests/pester).
    [string] $PesterPath = './tests/pester',

    # Pester, Package: use the module already in out/NewsTools instead of building it first.
    [switch] $NoBuild
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# Plain text in files and pipes (CI logs): no colour escapes from PowerShell 7's own error and Write-Host output.
if ($PSVersionTable.PSVersion.Major -ge 7 -and ([Console]::IsOutputRedirected -or $env:CI -or $env:NO_COLOR)) {
    $PSStyle.OutputRendering = 'PlainText'
}

$Root = $PSScriptRoot
# $IsWindows does not exist in Windows PowerShell 5.1, and strict mode forbids reading an unset variable.
$OnWindows = [System.Environment]::OSVersion.Platform -eq [System.PlatformID]::Win32NT
$Out = Join-Path $Root 'out'
$ModuleOut = Join-Path $Out 'NewsTools'
$PublishDir = Join-Path $Out '_publish'

# What ships, by name. A new dependency must be added here on purpose: Build fails on any assembly it does not expect.
$ModuleRootFiles = @(
    @{ From = 'module/NewsTools.psd1'; To = 'NewsTools.psd1' }
    @{ From = 'module/NewsTools.format.ps1xml'; To = 'NewsTools.format.ps1xml' }
    @{ From = 'module/NewsTools.types.ps1xml'; To = 'NewsTools.types.ps1xml' }
    @{ From = 'module/en-US/NewsTools.dll-Help.xml'; To = 'en-US/NewsTools.dll-Help.xml' }
    @{ From = 'module/en-US/about_NewsTools.help.txt'; To = 'en-US/about_NewsTools.help.txt' }
    @{ From = 'LICENSE'; To = 'LICENSE' }
    @{ From = 'THIRD-PARTY-NOTICES.txt'; To = 'THIRD-PARTY-NOTICES.txt' }
)
$DependencyAssemblies = @(
    'NewsTools.Core.dll'
    'YamlDotNet.dll'
    'AngleSharp.dll'
    'System.Buffers.dll'
    'System.Memory.dll'
    'System.Numerics.Vectors.dll'
    'System.Runtime.CompilerServices.Unsafe.dll'
    'System.Text.Encoding.CodePages.dll'
    # The archive and feeds (NewsTools.Core's Archive/ and Feeds/): SQLite, feed parsing, retries, and their polyfills.
    # The native SQLite library (e_sqlite3) is not in a netstandard2.0 publish: NewsTools.csproj publishes one per platform
    # into runtimes/<rid>/native, copied below to Dependencies/runtimes.
    'Microsoft.Data.Sqlite.dll'
    'SQLitePCLRaw.batteries_v2.dll'
    'SQLitePCLRaw.core.dll'
    'SQLitePCLRaw.provider.e_sqlite3.dll'
    'CodeHollow.FeedReader.dll'
    'Polly.Core.dll'
    'Microsoft.Bcl.AsyncInterfaces.dll'
    'Microsoft.Bcl.TimeProvider.dll'
    'System.ComponentModel.Annotations.dll'
    'System.Threading.Tasks.Extensions.dll'
    # For Windows PowerShell only: on PowerShell 7 the resolver leaves Newtonsoft.Json to PowerShell's own copy, whose
    # ConvertTo-Json reads the [JsonConverter] attribute on NewsTools.Core's enums.
    'Newtonsoft.Json.dll'
)

function Invoke-Native {
    param([string] $Command, [string[]] $Arguments)
    Write-Host "> $Command $($Arguments -join ' ')" -ForegroundColor Cyan
    & $Command @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$Command exited with code $LASTEXITCODE"
    }
}

function Get-ModuleVersion {
    [xml] $props = Get-Content -LiteralPath (Join-Path $Root 'Directory.Build.props') -Raw
    $node = $props.SelectSingleNode('/Project/PropertyGroup/VersionPrefix')
    if (-not $node -or -not $node.InnerText.Trim()) {
        throw 'Directory.Build.props has no VersionPrefix.'
    }
    return $node.InnerText.Trim()
}

function Invoke-Build {
    Invoke-Native dotnet @('publish', (Join-Path $Root 'src/NewsTools/NewsTools.csproj'), '-c', $Configuration, '-o', $PublishDir, '-warnaserror', '--nologo')

    if (Test-Path -LiteralPath $ModuleOut) {
        Remove-Item -LiteralPath $ModuleOut -Recurse -Force
    }
    $dependencies = Join-Path $ModuleOut 'Dependencies'
    New-Item -ItemType Directory -Path $dependencies -Force | Out-Null
    New-Item -ItemType Directory -Path (Join-Path $ModuleOut 'en-US') -Force | Out-Null

    foreach ($file in $ModuleRootFiles) {
        Copy-Item -LiteralPath (Join-Path $Root $file.From) -Destination (Join-Path $ModuleOut $file.To)
    }
    Copy-Item -LiteralPath (Join-Path $PublishDir 'NewsTools.dll') -Destination $ModuleOut

    foreach ($name in $DependencyAssemblies) {
        $source = Join-Path $PublishDir $name
        if (-not (Test-Path -LiteralPath $source)) {
            throw "Expected dependency $name is not in the publish output."
        }
        Copy-Item -LiteralPath $source -Destination $dependencies
    }

    $native = Join-Path $PublishDir 'runtimes'
    if (-not (Test-Path -LiteralPath $native)) {
        throw 'The publish output has no runtimes folder: SQLite''s native library would be missing.'
    }
    Copy-Item -LiteralPath $native -Destination $dependencies -Recurse

    # ReadyToRun copies for PowerShell 7 on the platform they were compiled for (src/NewsTools/ReadyToRun.targets), beside the IL ones.
    $readyToRun = Join-Path $PublishDir 'ReadyToRun'
    if (Test-Path -LiteralPath $readyToRun) {
        foreach ($rid in Get-ChildItem -LiteralPath $readyToRun -Directory) {
            $ridFolder = Join-Path $dependencies $rid.Name
            New-Item -ItemType Directory -Path $ridFolder -Force | Out-Null
            Get-ChildItem -LiteralPath $rid.FullName -Filter '*.dll' | Where-Object { $DependencyAssemblies -contains $_.Name } |
                Copy-Item -Destination $ridFolder
        }
    }

    $unexpected = Get-ChildItem -LiteralPath $PublishDir -Filter '*.dll' |
        Where-Object { $_.Name -ne 'NewsTools.dll' -and $DependencyAssemblies -notcontains $_.Name }
    if ($unexpected) {
        throw "The publish output has assemblies build.ps1 does not ship: $($unexpected.Name -join ', '). Add them to `$DependencyAssemblies."
    }
    if (Test-Path -LiteralPath (Join-Path $PublishDir 'System.Management.Automation.dll')) {
        throw 'System.Management.Automation.dll must never ship: PowerShell provides it.'
    }

    # The version lives in Directory.Build.props only; stamp it into the built manifest.
    $version = Get-ModuleVersion
    $manifest = Join-Path $ModuleOut 'NewsTools.psd1'
    $text = [System.IO.File]::ReadAllText($manifest)
    $stamped = [regex]::Replace($text, "(?m)^(\s*ModuleVersion\s*=\s*)'[^']*'", "`${1}'$version'")
    [System.IO.File]::WriteAllText($manifest, $stamped, [System.Text.UTF8Encoding]::new($false))

    $info = Test-ModuleManifest -Path $manifest
    Write-Host "Built $($info.Name) $($info.Version) in $ModuleOut" -ForegroundColor Green
}

$NativeOut = Join-Path $Out 'native'

function Invoke-NativeBuild {
    Invoke-Native dotnet @('publish', (Join-Path $Root 'src/NewsTools.Cli/NewsTools.Cli.csproj'), '-c', $Configuration, '-p:NativeAot=true', '-o', $NativeOut, '-warnaserror', '--nologo') | Out-Host
    $exe = Join-Path $NativeOut $(if ($OnWindows) { 'newstools.exe' } else { 'newstools' })
    Write-Host "Built the native command $exe" -ForegroundColor Green
    return $exe
}

function Test-CCompiler {
    # NativeAOT links with the platform's C toolchain. On Windows that is Visual C++, which -Task Native uses when it is
    # installed; the test run does not try it there.
    if ($OnWindows) { return $false }
    return [bool] (Get-Command clang, gcc -CommandType Application -ErrorAction SilentlyContinue)
}

function Invoke-BuildUnlessAsked {
    # -NoBuild: the module in out/NewsTools is used as it is (a test of build.ps1 itself must not rewrite the loaded module).
    if (-not $NoBuild) { Invoke-Build; return }
    if (-not (Test-Path -LiteralPath (Join-Path $ModuleOut 'NewsTools.psd1'))) {
        throw "-NoBuild: there is no built module in $ModuleOut; run ./build.ps1 -Task Build first."
    }
}

function Get-PwshPath {
    $candidate = Join-Path $PSHOME ($(if ($OnWindows) { 'pwsh.exe' } else { 'pwsh' }))
    if (Test-Path -LiteralPath $candidate) {
        return $candidate
    }
    $command = Get-Command pwsh -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($command) {
        return $command.Source
    }
    return $null
}

function Invoke-FreshSession {
    <# Runs a script in a new process with out/ first on PSModulePath: what a user who installed the module has. #>
    param([string] $Shell, [string] $Script)
    $sep = [System.IO.Path]::PathSeparator
    $prelude = "`$env:PSModulePath = '$($Out.Replace("'", "''"))' + '$sep' + `$env:PSModulePath; Set-Location -LiteralPath '$($Root.Replace("'", "''"))'; "
    $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($prelude + $Script))
    # -OutputFormat Text: a child pwsh whose output is piped would otherwise answer in CLIXML, which ends up in CI logs.
    # Out-Host: the child's output is shown, not returned; only the exit code is.
    & $Shell -NoProfile -NonInteractive -OutputFormat Text -EncodedCommand $encoded | Out-Host
    return $LASTEXITCODE
}

# Counts of every suite that ran, for the one closing line CI reads.
$script:TestCounts = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }

function Add-TestCount([int] $Passed, [int] $Failed, [int] $Skipped) {
    $script:TestCounts.Passed += $Passed
    $script:TestCounts.Failed += $Failed
    $script:TestCounts.Skipped += $Skipped
}

function Invoke-DotnetTest {
    Write-Host "> dotnet test NewsTools.sln -c $Configuration" -ForegroundColor Cyan
    # Each test assembly ends with 'Passed!  - Failed: 0, Passed: 242, Skipped: 0, ...'; the lines are shown as they come.
    & dotnet test (Join-Path $Root 'NewsTools.sln') -c $Configuration --nologo 2>&1 | ForEach-Object {
        $line = "$_"
        Write-Host $line
        if ($line -match '(Passed|Failed)!\s+-\s+Failed:\s*(\d+),\s*Passed:\s*(\d+),\s*Skipped:\s*(\d+)') {
            Add-TestCount -Passed $Matches[3] -Failed $Matches[2] -Skipped $Matches[4]
        }
    }
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet test failed (exit $LASTEXITCODE): see the failing tests above."
    }
}

function Find-PesterManifest {
    <#
        Pester 5.9.1 comes from NuGet: the restore of tests/NewsTools.Module.Tests downloads it (PackageDownload) into the
        global packages folder, module files under tools/. A Pester 5.3+ installed the PowerShell way is used otherwise.
    #>
    $packages = $env:NUGET_PACKAGES
    if (-not $packages) {
        $home_ = [Environment]::GetFolderPath('UserProfile')
        $packages = Join-Path (Join-Path $home_ '.nuget') 'packages'
    }
    $fromNuGet = Join-Path $packages 'pester/5.9.1/tools/Pester.psd1'
    if (Test-Path -LiteralPath $fromNuGet) {
        return $fromNuGet
    }
    $installed = Get-Module -ListAvailable Pester | Where-Object { $_.Version -ge [version]'5.3.0' } |
        Sort-Object Version -Descending | Select-Object -First 1
    if ($installed) {
        return $installed.Path
    }
    return $null
}

function Invoke-PesterSuite {
    $manifest = Find-PesterManifest
    if (-not $manifest) {
        throw 'Pester 5.9.1 was not found: run "dotnet restore NewsTools.sln" (it downloads Pester from NuGet) or Install-Module Pester -MinimumVersion 5.3.'
    }
    # Plain text when the output goes to a file or a pipe (CI logs), colours at a console.
    $renderMode = $(if ([Console]::IsOutputRedirected -or $env:CI -or $env:NO_COLOR) { 'Plaintext' } else { 'Auto' })
    $summaryFile = Join-Path $Out "pester-summary.json"
    $pester = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$($manifest.Replace("'", "''"))'
`$config = New-PesterConfiguration
`$config.Run.Path = '$($PesterPath.Replace("'", "''"))'
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Detailed'
`$config.Output.RenderMode = '$renderMode'
`$config.TestResult.Enabled = `$true
`$config.TestResult.OutputPath = "./out/pester-`$(`$PSVersionTable.PSEdition).xml"
`$result = Invoke-Pester -Configuration `$config
`$failed = @(`$result.Failed | ForEach-Object { `$_.ExpandedPath }) + @(`$result.FailedBlocks | ForEach-Object { `$_.ExpandedPath + ' (setup)' }) + @(`$result.FailedContainers | ForEach-Object { "`$(`$_.Item) (file)" })
[ordered]@{ Passed = `$result.PassedCount; Failed = `$result.FailedCount + `$result.FailedBlocksCount + `$result.FailedContainersCount; Skipped = `$result.SkippedCount + `$result.NotRunCount; FailedNames = `$failed } |
    ConvertTo-Json | Set-Content -LiteralPath '$($summaryFile.Replace("'", "''"))' -Encoding utf8
if (`$result.Result -ne 'Passed') { exit 1 }
"@

    $shells = @()
    $pwsh = Get-PwshPath
    if ($pwsh) { $shells += $pwsh }
    if ($OnWindows) {
        $desktop = Join-Path $env:SystemRoot 'System32/WindowsPowerShell/v1.0/powershell.exe'
        if (Test-Path -LiteralPath $desktop) { $shells += $desktop }
    }
    if (-not $shells) {
        throw 'No pwsh found to run the Pester suite in.'
    }

    $failed = @()
    foreach ($shell in $shells) {
        if (Test-Path -LiteralPath $summaryFile) { Remove-Item -LiteralPath $summaryFile }
        Write-Host "> Pester $((Import-PowerShellDataFile -LiteralPath $manifest).ModuleVersion) in a fresh $(Split-Path -Leaf $shell)" -ForegroundColor Cyan
        $code = Invoke-FreshSession -Shell $shell -Script $pester
        if (-not (Test-Path -LiteralPath $summaryFile)) {
            $failed += "the Pester run in $(Split-Path -Leaf $shell) stopped before it finished (exit $code)"
            continue
        }
        $summary = Get-Content -LiteralPath $summaryFile -Raw | ConvertFrom-Json
        Add-TestCount -Passed $summary.Passed -Failed $summary.Failed -Skipped $summary.Skipped
        Write-Host "Pester: $($summary.Passed) passed, $($summary.Failed) failed, $($summary.Skipped) skipped"
        if ($code -ne 0 -or $summary.Failed -gt 0) {
            $failed += @($summary.FailedNames)
        }
    }
    if ($failed) {
        throw "Pester failed:`n  $($failed -join "`n  ")"
    }
}

function Write-TestSummary {
    # One plain line, the same whatever ran: 'tests: N passed, N failed, N skipped'.
    Write-Host ("tests: {0} passed, {1} failed, {2} skipped" -f $TestCounts.Passed, $TestCounts.Failed, $TestCounts.Skipped)
}

function Invoke-Demo {
    $demo = @'
$ErrorActionPreference = 'Continue'
Import-Module NewsTools
$files = @(Get-ChildItem -Path ./samples/* -Include *.txt, *.html -File -ErrorAction SilentlyContinue)
$seeds = Join-Path (Split-Path (Get-Location) -Parent) 'shared/seeds'
if (Test-Path -LiteralPath $seeds) { $files += Get-ChildItem -LiteralPath $seeds -Filter *.txt }
if (-not $files) { Write-Warning 'No sample articles found.'; return }
if (Test-Path -LiteralPath ./samples/config/newstools.yaml) { $env:NEWSTOOLS_CONFIG = (Resolve-Path ./samples/config/newstools.yaml).ProviderPath }
Write-Host "`n== Import-Article" -ForegroundColor Yellow
$articles = $files | Import-Article
$articles | Format-Table
Write-Host "`n== Get-ArticleQuote | Group-Object Speaker" -ForegroundColor Yellow
$articles | Get-ArticleQuote | Group-Object Speaker | Sort-Object Count -Descending | Format-Table Count, Name
Write-Host "`n== ConvertTo-EventTimeline -DatedOnly" -ForegroundColor Yellow
$articles | ConvertTo-EventTimeline -DatedOnly | Format-Table
Write-Host "`n== Group-ArticleEvent" -ForegroundColor Yellow
$articles | Group-ArticleEvent | Format-Table
Write-Host "`n== Compare-Coverage -GroupByEvent" -ForegroundColor Yellow
$articles | Compare-Coverage -GroupByEvent | Format-Table
$report = Join-Path (Get-Location) 'out/demo-report.html'
$articles | Export-CoverageReport -Path $report -GroupByEvent -PassThru | Format-Table Name, Length
'@
    $pwsh = Get-PwshPath
    if (-not $pwsh) {
        throw 'No pwsh found to run the demo in.'
    }
    $null = Invoke-FreshSession -Shell $pwsh -Script $demo
}

function Measure-CallCost {
    <#
        Times are only compared within one run: each round starts a fresh session per module, alternating, and the
        figures are medians over the rounds. The first call pays for loading the engine and the configuration; the later
        ones are what a loop over files pays per call.
    #>
    $probe = @'
param($ModulePath)
Import-Module $ModulePath -ErrorAction Stop
$text = 'PORT ALDER, March 12, 2024 - "We will open on time," said Elena Varga on Monday.'
$clock = [System.Diagnostics.Stopwatch]::new()
$result = [ordered]@{}
foreach ($call in @(
        @{ Name = 'Get-ArticleQuote'; Run = { $null = Get-ArticleQuote -Text $text } }
        @{ Name = 'Get-TimeExpression'; Run = { $null = Get-TimeExpression -Text $text } }
        @{ Name = 'ConvertTo-Article'; Run = { $null = ConvertTo-Article -InputObject $text } })) {
    $clock.Restart(); & $call.Run; $first = $clock.Elapsed.TotalMilliseconds
    $later = foreach ($i in 1..40) { $clock.Restart(); & $call.Run; $clock.Elapsed.TotalMilliseconds }
    $result[$call.Name] = @($first, (@($later | Sort-Object))[20])
}
$clock.Restart(); foreach ($i in 1..40) { $null = Get-Date }; $result['Get-Date (for scale)'] = @(0, ($clock.Elapsed.TotalMilliseconds / 40))
$result | ConvertTo-Json -Compress
'@
    $modules = [ordered]@{ 'this build' = $ModuleOut }
    if ($Baseline) { $modules['baseline'] = (Resolve-Path -LiteralPath $Baseline).ProviderPath }
    $pwsh = Get-PwshPath
    if (-not $pwsh) { throw 'No pwsh found to measure in.' }
    $probeFile = Join-Path $Out 'callcost-probe.ps1'
    Set-Content -LiteralPath $probeFile -Value $probe -Encoding utf8
    $samples = @{}
    foreach ($round in 1..5) {
        foreach ($name in $modules.Keys) {
            $json = & $pwsh -NoProfile -NonInteractive -OutputFormat Text -File $probeFile $modules[$name] | Select-Object -Last 1
            foreach ($entry in ($json | ConvertFrom-Json).PSObject.Properties) {
                $key = "$name|$($entry.Name)"
                if (-not $samples.ContainsKey($key)) { $samples[$key] = @() }
                $samples[$key] += , @($entry.Value)
            }
        }
    }
    Remove-Item -LiteralPath $probeFile
    Write-Host ('{0,-12} {1,-22} {2,12} {3,14}' -f 'module', 'cmdlet', 'first (ms)', 'later (ms)')
    foreach ($key in $samples.Keys | Sort-Object) {
        $name, $cmdlet = $key -split '\|'
        $firsts = @($samples[$key] | ForEach-Object { $_[0] } | Sort-Object)
        $laters = @($samples[$key] | ForEach-Object { $_[1] } | Sort-Object)
        Write-Host ('{0,-12} {1,-22} {2,12:n1} {3,14:n2}   (later, range {4:n2}-{5:n2})' -f $name, $cmdlet, $firsts[2], $laters[2], $laters[0], $laters[-1])
    }
}

function New-GalleryPackage {
    <#
        The PowerShell Gallery's layout: the module's files at the package root, a nuspec named for the module, and the
        OPC parts NuGet packages carry. Publish-PSResource makes exactly that when PSResourceGet is present; otherwise the
        same layout is written here.
    #>
    $version = Get-ModuleVersion
    $target = Join-Path $Out "NewsTools.$version.nupkg"
    if (Test-Path -LiteralPath $target) {
        Remove-Item -LiteralPath $target -Force
    }

    $psResourceGet = Get-Module -ListAvailable Microsoft.PowerShell.PSResourceGet | Select-Object -First 1
    if ($psResourceGet) {
        Import-Module $psResourceGet
        $repoName = 'NewsToolsBuild-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $repoDir = Join-Path $Out '_gallery'
        New-Item -ItemType Directory -Path $repoDir -Force | Out-Null
        Register-PSResourceRepository -Name $repoName -Uri $repoDir -Trusted
        try {
            Publish-PSResource -Path $ModuleOut -Repository $repoName
            $made = Get-ChildItem -LiteralPath $repoDir -Filter '*.nupkg' | Select-Object -First 1
            if (-not $made) { throw 'Publish-PSResource wrote no package.' }
            Move-Item -LiteralPath $made.FullName -Destination $target -Force
        }
        finally {
            Unregister-PSResourceRepository -Name $repoName
            # The temporary repository folder is empty once the package is moved out: leave no empty folder behind.
            Remove-Item -LiteralPath $repoDir -Recurse -Force -ErrorAction SilentlyContinue
        }
    }
    else {
        Write-NupkgByHand -Version $version -Target $target
    }
    Write-Host "Packaged $target" -ForegroundColor Green
}

function ConvertTo-XmlText([string] $Text) {
    return [System.Security.SecurityElement]::Escape($Text)
}

function Write-NupkgByHand {
    param([string] $Version, [string] $Target)
    Add-Type -AssemblyName System.IO.Compression, System.IO.Compression.FileSystem
    $data = Import-PowerShellDataFile -LiteralPath (Join-Path $ModuleOut 'NewsTools.psd1')
    $psData = $data.PrivateData.PSData
    $cmdlets = @($data.CmdletsToExport)
    # The Gallery derives these tags from the manifest; they make the cmdlets searchable.
    $tags = @($psData.Tags) + @('PSModule', 'PSIncludes_Cmdlet') + ($cmdlets | ForEach-Object { "PSCmdlet_$_" }) + ($cmdlets | ForEach-Object { "PSCommand_$_" })
    $nuspec = @"
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd">
  <metadata>
    <id>NewsTools</id>
    <version>$Version</version>
    <authors>$(ConvertTo-XmlText $data.Author)</authors>
    <owners>$(ConvertTo-XmlText $data.CompanyName)</owners>
    <requireLicenseAcceptance>false</requireLicenseAcceptance>
    <licenseUrl>$(ConvertTo-XmlText $psData.LicenseUri)</licenseUrl>
    <projectUrl>$(ConvertTo-XmlText $psData.ProjectUri)</projectUrl>
    <description>$(ConvertTo-XmlText $data.Description)</description>
    <releaseNotes>$(ConvertTo-XmlText $psData.ReleaseNotes)</releaseNotes>
    <copyright>$(ConvertTo-XmlText $data.Copyright)</copyright>
    <tags>$(ConvertTo-XmlText ($tags -join ' '))</tags>
  </metadata>
</package>
"@
    $coreId = [guid]::NewGuid().ToString('N')
    $psmdcp = @"
<?xml version="1.0" encoding="utf-8"?>
<coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">
  <dc:creator>$(ConvertTo-XmlText $data.Author)</dc:creator>
  <dc:description>$(ConvertTo-XmlText $data.Description)</dc:description>
  <dc:identifier>NewsTools</dc:identifier>
  <version>$Version</version>
  <keywords>$(ConvertTo-XmlText ($tags -join ' '))</keywords>
</coreProperties>
"@
    $rels = @"
<?xml version="1.0" encoding="utf-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/NewsTools.nuspec" Id="R1" />
  <Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/package/services/metadata/core-properties/$coreId.psmdcp" Id="R2" />
</Relationships>
"@
    $files = Get-ChildItem -LiteralPath $ModuleOut -Recurse -File
    $extensions = $files | Where-Object { $_.Extension } | ForEach-Object { $_.Extension.TrimStart('.').ToLowerInvariant() } | Sort-Object -Unique
    $defaults = (@($extensions) + @('nuspec', 'psmdcp', 'rels') | Sort-Object -Unique | ForEach-Object { "  <Default Extension=`"$_`" ContentType=`"application/octet`" />" }) -join "`n"
    $overrides = ($files | Where-Object { -not $_.Extension } | ForEach-Object {
            $part = '/' + $_.FullName.Substring($ModuleOut.Length + 1).Replace('\', '/')
            "  <Override PartName=`"$part`" ContentType=`"application/octet`" />"
        }) -join "`n"
    $contentTypes = @"
<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
$defaults
$overrides
</Types>
"@
    $zip = [System.IO.Compression.ZipFile]::Open($Target, [System.IO.Compression.ZipArchiveMode]::Create)
    try {
        $utf8 = [System.Text.UTF8Encoding]::new($false)
        foreach ($entry in @(
                @{ Name = 'NewsTools.nuspec'; Text = $nuspec }
                @{ Name = '[Content_Types].xml'; Text = $contentTypes }
                @{ Name = '_rels/.rels'; Text = $rels }
                @{ Name = "package/services/metadata/core-properties/$coreId.psmdcp"; Text = $psmdcp })) {
            $writer = [System.IO.StreamWriter]::new($zip.CreateEntry($entry.Name).Open(), $utf8)
            try { $writer.Write($entry.Text) } finally { $writer.Dispose() }
        }
        foreach ($file in $files) {
            $name = $file.FullName.Substring($ModuleOut.Length + 1).Replace('\', '/')
            [void] [System.IO.Compression.ZipFileExtensions]::CreateEntryFromFile($zip, $file.FullName, $name)
        }
    }
    finally {
        $zip.Dispose()
    }
}

try {
    foreach ($step in $Task) {
        switch ($step) {
            'Clean' {
                if (Test-Path -LiteralPath $Out) { Remove-Item -LiteralPath $Out -Recurse -Force }
            }
            'Build' { Invoke-Build }
            'Native' { $null = Invoke-NativeBuild }
            'Test' {
                Invoke-Build
                if (Test-CCompiler) {
                    $env:NEWSTOOLS_NATIVE_CLI = Invoke-NativeBuild
                }
                else {
                    Write-Host 'No C compiler (clang or gcc) found: the native command is not built and its tests skip.' -ForegroundColor Yellow
                }
                try { Invoke-DotnetTest; Invoke-PesterSuite } finally { Write-TestSummary }
            }
            'Pester' {
                Invoke-BuildUnlessAsked
                try { Invoke-PesterSuite } finally { Write-TestSummary }
            }
            'Demo' { Invoke-Build; Invoke-Demo }
            'Package' { Invoke-BuildUnlessAsked; New-GalleryPackage }
            'CallCost' { Invoke-Build; Measure-CallCost }
        }
    }
}
catch {
    # One plain message naming what failed, not a script position: the failing step has already printed its details.
    [Console]::Error.WriteLine("build.ps1: $($_.Exception.Message)")
    exit 1
}
