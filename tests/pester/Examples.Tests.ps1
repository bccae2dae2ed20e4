# Every PowerShell example in README.md and in each cmdlet's help page, run as written against a copy of the samples,
# and checked against what the text around it says it returns. A new example needs a check here: the suite fails
# for an example it does not know.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    function Get-Example([string] $File, [string] $Source) {
        $inBlock = $false
        foreach ($line in Get-Content -LiteralPath $File -Encoding UTF8) {
            if ($line -match '^```powershell') { $inBlock = $true; continue }
            if ($line -match '^```') { $inBlock = $false; continue }
            $code = ($line -replace '^PS> ', '').Trim()
            if ($inBlock -and $code -and -not $code.StartsWith('#')) {
                @{ Source = $Source; Code = $code }
            }
        }
    }
    $script:Examples = @(Get-Example (Join-Path $RepoRoot 'README.md') 'README.md') +
        @(Get-ChildItem -LiteralPath (Join-Path $RepoRoot 'docs/en-US') -Filter '*.md' | ForEach-Object { Get-Example $_.FullName $_.Name })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest

    function Test-Type($Objects, [string] $TypeName) {
        @($Objects) | Should -Not -BeNullOrEmpty
        @($Objects) | ForEach-Object { $_.PSObject.TypeNames | Should -Contain $TypeName }
    }

    # What each example's text says it returns, keyed by a fragment of its code. $Out holds the objects the example
    # writes (its final Format-* step left off), $Work the folder it ran in.
    $script:Checks = [ordered]@{
        'Import-Module ./out/NewsTools' = { (Get-Module NewsTools).ModuleBase | Should -Be (Join-Path (Join-Path $RepoRoot 'out') 'NewsTools') }
        '$samples = Get-ChildItem ./samples -File' = { @($samples).Count | Should -Be 3; $samples.Name | Should -Not -Contain 'config' }
        "`$config  = './samples/config/newstools.yaml'" = { Test-Path -LiteralPath $config | Should -BeTrue }
        'Get-ArticleQuote -ConfigPath $config | Group-Object Speaker' = { ($Out | Select-Object -First 1).Name | Should -Be 'Elena Varga'; $Out.Name | Should -Not -Contain '' }
        "Get-ArticleQuote -Speaker 'Varga*' -Kind Direct | Export-Csv" = {
            $rows = @(Import-Csv (Join-Path $Work 'quotes.csv')); $rows | Should -Not -BeNullOrEmpty
            $rows | ForEach-Object { $_.Speaker | Should -Be 'Elena Varga'; $_.Kind | Should -Be 'Direct' } }
        'ConvertTo-EventTimeline -DatedOnly -After 2020-01-01' = { Test-Type $Out 'NewsTools.Time.TimelineEvent'; $Out | ForEach-Object { $_.Date | Should -BeGreaterOrEqual ([datetime]'2020-01-01') } }
        'orchard.txt | ConvertTo-Article | Get-ArticleQuote' = { Test-Type $Out 'NewsTools.Quotes.Quote' }
        'Invoke-WebRequest' = $null
        "Compare-Coverage -GroupByEvent | Where-Object MissingFrom -contains 'Coastal Wire'" = { Test-Type $Out 'NewsTools.Coverage.CoverageItem'; $Out | ForEach-Object { $_.MissingFrom | Should -Contain 'Coastal Wire' } }
        'Compare-Coverage -GroupByEvent -Kind Statement -View SideBySide' = { Test-Type $Out 'NewsTools.Coverage.CoverageItem#SideBySide'; $Out.Kind | Sort-Object -Unique | Should -Be 'Statement' }
        'Export-CoverageReport -Path report.html -GroupByEvent' = { Get-Content -LiteralPath (Join-Path $Work 'report.html') -Raw | Should -Match 'Coastal Wire' }
        'Import-Article ./samples/*-bridge.* | Compare-Coverage | Format-Table' = { Test-Type $Out 'NewsTools.Coverage.CoverageItem' }
        'Compare-Coverage -Kind Discrepancy | Format-List' = { @($Out) | ForEach-Object { $_.Kind | Should -Be 'Discrepancy' } }
        "Compare-Coverage -Kind Fact, Statement | Where-Object MissingFrom -contains 'Coastal Wire'" = { @($Out) | Should -Not -BeNullOrEmpty; $Out | ForEach-Object { $_.Kind | Should -BeIn 'Fact', 'Statement'; $_.Sources | Should -Not -Contain 'Coastal Wire' } }
        'Compare-Coverage -Kind Statement -View SideBySide' = { Test-Type $Out 'NewsTools.Coverage.CoverageItem#SideBySide' }
        "ConvertTo-Article -Outlet 'Valley Times'" = { Test-Type $Out 'NewsTools.Articles.Article'; $Out.Outlet | Should -Be 'Valley Times' }
        'Get-Clipboard' = $null
        'Get-ChildItem ./samples/*.txt | ConvertTo-EventTimeline' = { Test-Type $Out 'NewsTools.Time.TimelineEvent' }
        'ConvertTo-EventTimeline -After 2024-03-01 -Before 2024-03-31' = { Test-Type $Out 'NewsTools.Time.TimelineEvent'; $Out | ForEach-Object { $_.Date.ToString('yyyy-MM') | Should -Be '2024-03' } }
        'ConvertTo-EventTimeline -DatedOnly | Where-Object' = { Test-Type $Out 'NewsTools.Time.TimelineEvent'; $Out | ForEach-Object { @($_.Sources.Outlet | Select-Object -Unique).Count | Should -BeGreaterThan 1 } }
        'Export-CoverageReport -Path ./report.html' = { Get-Content -LiteralPath (Join-Path $Work 'report.html') -Raw | Should -Match '<html' }
        'Export-CoverageReport -Path ./events.html -GroupByEvent -PassThru | Invoke-Item' = { $script:Opened.Name | Should -Be 'events.html' }
        'Export-CoverageReport ./report.html -NoClobber' = { Get-Content -LiteralPath (Join-Path $Work 'report.html') -Raw | Should -Be 'earlier report' }
        'Get-ChildItem ./samples/*.txt | Get-ArticleQuote | Group-Object Speaker' = { @($Out).Count | Should -BeGreaterThan 1; $Out[0].Count | Should -BeGreaterOrEqual $Out[-1].Count }
        "Get-ArticleQuote -Speaker 'Varga*' -Kind Direct | Format-Table" = { Test-Type $Out 'NewsTools.Quotes.Quote'; $Out | ForEach-Object { $_.Speaker | Should -Be 'Elena Varga'; $_.Kind | Should -Be 'Direct' } }
        'harbour-gazette-2024-03-12-bridge.txt | Get-ArticleQuote' = { Test-Type $Out 'NewsTools.Quotes.Quote' }
        'Where-Object { -not $_.Speaker }' = { @($Out) | ForEach-Object { $_.Speaker | Should -BeNullOrEmpty } }
        'Get-NewsToolsConfig | Format-List' = { Test-Type $Out 'NewsTools.Config.NewsToolsConfig' }
        'Get-NewsToolsConfig -Section Outlets -ConfigPath ./my-outlets.yaml' = { $Out.Name | Should -Contain 'Port Alder Post' }
        "NEWSTOOLS_CONFIG = './newsroom.yaml'" = { $Out.Source | Should -Contain (Join-Path $Work 'newsroom.yaml'); @($Out | Where-Object { $_.PSObject.TypeNames -contains 'NewsTools.Quotes.Quote' }).Speaker | Should -Contain 'Elena Varga' }
        'Import-Article ./samples/*.txt | Get-TimeExpression | Format-Table' = { Test-Type $Out 'NewsTools.Time.TimeExpression' }
        'Get-TimeExpression -Type Duration -ResolvedOnly' = { @($Out) | ForEach-Object { $_.Value | Should -Not -BeNullOrEmpty } }
        "Get-TimeExpression -ReferenceDate 2024-03-14 | Where-Object Precision -eq 'Day'" = { Test-Type $Out 'NewsTools.Time.TimeExpression'; $Out | ForEach-Object { "$($_.Precision)" | Should -Be 'Day' } }
        'Group-ArticleEvent | Format-Table' = { Test-Type $Out 'NewsTools.Coverage.ArticleGroup'; ($Out | Measure-Object Count -Sum).Sum | Should -Be 3 }
        'Get-ChildItem ./articles -Recurse' = { @($Out) | ForEach-Object { $_.Outlets.Count | Should -BeGreaterOrEqual 3 } }
        'Group-ArticleEvent -InputObject $articles' = { @($Out) | ForEach-Object { $_.Kind | Should -Be 'Discrepancy' } }
        'Import-Article -Path ./samples/*.txt | Format-Table' = { Test-Type $Out 'NewsTools.Articles.Article'; @($Out).Count | Should -Be 2 }
        'Sort-Object ReferenceDate | Select-Object Id' = { @($Out).Count | Should -Be 3; $ticks = @($Out | ForEach-Object { if ($_.ReferenceDate) { $_.ReferenceDate.Ticks } else { 0 } }); $ticks | Should -Be @($ticks | Sort-Object) }
        'ForEach-Object Removed' = { @($Out) | ForEach-Object { $_.Reason | Should -Not -BeNullOrEmpty } }
        # The archive (#17): each example stores the samples first, then reads the archive back.
        "Get-NewsArchive ./news.db -Speaker 'Elena Varga'" = { Test-Type $Out 'NewsTools.Quotes.Quote'; $Out | ForEach-Object { $_.Speaker | Should -Be 'Elena Varga' } }
        'Get-NewsArchive ./news.db -Since (Get-Date).Date | Get-ArticleQuote -Kind Direct' = { Test-Type $Out 'NewsTools.Quotes.Quote'; $Out.Kind | Sort-Object -Unique | Should -Be 'Direct' }
        'Get-NewsArchive ./news.db -Kind Event' = { Test-Type $Out 'NewsTools.Coverage.ArticleGroup'; $Out | ForEach-Object { $_.Outlets.Count | Should -BeGreaterOrEqual 2 } }
        "Get-NewsArchive ./news.db -Kind TimelineEvent -Outlet 'Coastal*'" = { Test-Type $Out 'NewsTools.Time.TimelineEvent'; $Out | ForEach-Object { $_.Outlets | Should -Contain 'Coastal Wire' } }
        'Compare-NewsArchive ./news.db -Since (Get-Date).AddHours(-1)' = { Test-Type $Out 'NewsTools.Archive.ArchiveChange' }
        'Where-Object Kind -eq NewEvent | Select-Object Outlet, EventLabel' = { @($Out).Count | Should -Be 2 }
        'Get-ChildItem ./samples -File | Import-Article | Export-NewsArchive -Path ./news.db' = { Test-Type $Out 'NewsTools.Archive.ArchiveEntry'; $Out.Status | Sort-Object -Unique | Should -Be 'Added' }
        'https://example.org/' = $null
        'feeds.txt' = $null
        'wire[1].txt -Outlet Reuters' = { Test-Type $Out 'NewsTools.Time.TimeExpression'; ($Out | Where-Object Text -eq 'Sunday').Value | Should -Be '2018-01-28' }
    }
    $script:ReadmeSetup = @(Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md') -Encoding UTF8 | Where-Object { $_ -match '^\$\w+\s*=' })

    # Examples that need what a test machine does not have: the network, a clipboard.
    $script:NotRunHere = @{ 'Invoke-WebRequest' = 'it fetches a page from the internet'; 'Get-Clipboard' = 'it reads the clipboard'
        'https://example.org/' = 'it reads a feed from the internet'; 'feeds.txt' = 'it reads feeds from the internet' }
}

Describe 'The examples in README.md and the help' {
    BeforeEach {
        # A fresh copy of the samples and the files the examples name, in a folder of their own.
        $script:Work = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $Work | Out-Null
        Copy-Item -LiteralPath (Join-Path $RepoRoot 'samples') -Destination $Work -Recurse
        Copy-Item -LiteralPath (Join-Path $RepoRoot 'samples') -Destination (Join-Path $Work 'articles') -Recurse
        Set-Content -LiteralPath (Join-Path $Work 'my-outlets.yaml') -Encoding UTF8 -Value "outlets:`n  - name: Port Alder Post`n    domains: [portalderpost.example]"
        Copy-Item -LiteralPath (Join-Path $RepoRoot 'samples/config/newstools.yaml') -Destination (Join-Path $Work 'newsroom.yaml')
        New-Item -ItemType Directory -Path (Join-Path $Work 'drafts') | Out-Null
        Set-Content -LiteralPath (Join-Path (Join-Path $Work 'drafts') 'wire[1].txt') -Encoding UTF8 -Value 'The ministers met on Sunday in Tokyo, officials said.'
        Set-Content -LiteralPath (Join-Path $Work 'report.html') -Value 'earlier report' -NoNewline
        $script:Opened = $null
        $script:SavedConfig = $env:NEWSTOOLS_CONFIG
        Push-Location -LiteralPath $Work
    }

    AfterEach {
        Pop-Location
        $env:NEWSTOOLS_CONFIG = $SavedConfig
    }

    It '<Source>: <Code>' -ForEach $Examples {
        $key = @($Checks.Keys | Where-Object { $Code.Contains($_) }) | Select-Object -First 1
        $key | Should -Not -BeNullOrEmpty -Because 'every example needs a check in Examples.Tests.ps1'
        if ($NotRunHere.Contains($key)) { Set-ItResult -Skipped -Because $NotRunHere[$key]; return }
        if (-not $Code.Contains('NoClobber')) { Remove-Item -LiteralPath (Join-Path $Work 'report.html') }
        if ($Code -like 'Import-Module ./out/*') { Set-Location -LiteralPath $RepoRoot }
        # README's examples run in one session: its variable assignments ($samples, $config) come first.
        if ($Source -eq 'README.md') {
            foreach ($setup in $ReadmeSetup) { . ([scriptblock]::Create($setup)) }
        }

        # Invoke-Item would open the report in a browser: note what it was given instead.
        function Invoke-Item { param([Parameter(ValueFromPipeline)] $InputObject) process { $script:Opened = $InputObject } }
        # The objects, not their formatting: a final Format-* step is left off so the check sees what the example writes.
        $objects = $Code -replace '\s*\|\s*Format-(Table|List)[^|;]*', ''
        $failures = @()
        $script:Out = @(& ([scriptblock]::Create($objects)) -ErrorVariable failures -WarningAction SilentlyContinue)
        $(if ($Code.Contains('-ErrorAction SilentlyContinue')) { @() } else { @($failures) }) | Should -BeNullOrEmpty
        & $Checks[$key]

        # And as written, formatting included, it runs without an error.
        $null = & ([scriptblock]::Create($Code)) -ErrorAction Stop -WarningAction SilentlyContinue 2>&1 | Out-String
    }
}
