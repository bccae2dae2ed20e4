BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    if ($HasSeeds) {
        $script:Articles = @(Import-Article -LiteralPath $SputnikSeed, $StraitsSeed)
    }

    function Assert-FitsConsole($Objects) {
        $text = $Objects | Format-Table | Out-String -Width 120
        $text.Trim() | Should -Not -BeNullOrEmpty
        foreach ($line in $text -split '\r?\n') {
            $line.TrimEnd().Length | Should -BeLessOrEqual 120
        }
    }
}

Describe 'Format views' {
    It 'shows an article table with what matters first' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $Articles | Get-TableHeader | Should -Be @('Id', 'Outlet', 'ReferenceDate', 'Words', 'Title')
        Assert-FitsConsole $Articles
        ($Articles | Format-List | Out-String) | Should -Match 'ReferenceDateSource'
        $Articles[0].Paragraphs | Get-TableHeader | Should -Be @('Index', 'Kind', 'Start', 'End', 'Text')
    }

    It 'shows quotes as speaker, kind and text by default' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $quotes = $Articles | Get-ArticleQuote
        $quotes | Get-TableHeader | Should -Be @('Speaker', 'Kind', 'Attribution', 'Outlet', 'Text')
        # Out-Default picks the table view without being asked.
        (($quotes | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() } | Select-Object -First 1) | Should -Match '^Speaker\s+Kind'
        ($quotes | Format-List | Out-String) | Should -Match 'SpeakerMention'
        Assert-FitsConsole $quotes
    }

    It 'shows time expressions and timeline events' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $Articles | Get-TimeExpression | Get-TableHeader | Should -Be @('Text', 'Value', 'Type', 'Precision', 'Date', 'Tense', 'ArticleId')
        $timeline = $Articles | ConvertTo-EventTimeline
        $timeline | Get-TableHeader | Should -Be @('Date', 'Precision', 'Event', 'Sources')
        Assert-FitsConsole $timeline
    }

    It 'shows coverage rows, summaries and groups' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $items = $Articles | Compare-Coverage -Kind Statement, Fact, Discrepancy
        $items | Get-TableHeader | Should -Be @('Kind', 'Sources', 'MissingFrom', 'Similarity', 'Summary')
        Assert-FitsConsole $items
        $summary = $Articles | Compare-Coverage -Summary
        $summary | Get-TableHeader | Should -Be @('GroupId', 'Outlets', 'Shared', 'Statements', 'Facts', 'Discrepancies', 'Similarity', 'Unique')
        $Articles | Group-ArticleEvent | Get-TableHeader | Should -Be @('EventId', 'Count', 'Outlets', 'Label')
    }

    It 'shows Compare-Coverage output as a table of rows at the console, with or without -View SideBySide' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        # Out-Default formats by the first object; rows of another type after it would fall out of the table into lists.
        $plain = ($Articles | Compare-Coverage | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() }
        ($plain | Select-Object -First 1) | Should -Match '^Kind\s+Sources\s+MissingFrom'
        @($plain | Where-Object { $_ -match '^Kind\s*:' }).Count | Should -Be 0 -Because 'no row is shown as a list'
        $side = ($Articles | Compare-Coverage -View SideBySide | Out-String -Width 120) -split '\r?\n' | Where-Object { $_.Trim() }
        ($side | Select-Object -First 1) | Should -Match '^Kind\s+Similarity\s+First\s+Second'
    }

    It 'shows whole article ids and outlet names in a 120-column table' {
        $samples = @($SampleFiles | Import-Article -WarningAction SilentlyContinue)
        if ($HasSeeds) { $samples += $Articles }
        $table = $samples | Format-Table | Out-String -Width 120
        foreach ($article in $samples) {
            $table | Should -Match ([regex]::Escape($article.Id) + '\s+' + [regex]::Escape($article.Outlet))
        }
        Assert-FitsConsole $samples
        $quotes = $samples | Get-ArticleQuote
        $quoteTable = $quotes | Format-Table | Out-String -Width 120
        foreach ($outlet in $quotes.Outlet | Sort-Object -Unique) {
            $quoteTable | Should -Match ([regex]::Escape($outlet) + '\s')
        }
    }

    It 'shows Similarity only for rows that have two renderings to compare' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $rows = $Articles | Compare-Coverage -Kind Statement
        $lines = ($rows | Format-Table | Out-String -Width 120) -split '\r?\n'
        $shared = $rows | Where-Object { @($_.Texts).Count -ge 2 } | Select-Object -First 1
        $single = $rows | Where-Object { @($_.Texts).Count -lt 2 } | Select-Object -First 1
        $shared | Should -Not -BeNullOrEmpty
        $single | Should -Not -BeNullOrEmpty
        # The shared row carries both outlets in full and a figure; the one-outlet row has no figure before its summary.
        $lines | Where-Object { $_ -match '^Statement\s+Sputnik, The Straits Times\s+\d\.\d\d ' } | Should -Not -BeNullOrEmpty
        $lines | Where-Object { $_ -match '^Statement\s+(Sputnik|The Straits Times)\s+(Sputnik|The Straits Times)\s+\d\.\d\d ' } | Should -BeNullOrEmpty
        ($single | Format-List | Out-String) | Should -Match 'Similarity\s*:\s*\r?\n'
        ($shared | Format-List | Out-String) | Should -Match 'Similarity\s*:\s*\d\.\d\d'
    }

    It 'shows the configuration' {
        (Get-NewsToolsConfig | Out-String) | Should -Match 'Outlets\s*:\s*\S'
        Get-NewsToolsConfig -Section Outlets | Get-TableHeader | Should -Be @('Name', 'Country', 'Aliases', 'Domains', 'Source')
        Get-NewsToolsConfig -Section Sources | Get-TableHeader | Should -Be @('Source', 'Sections')
        Assert-FitsConsole (Get-NewsToolsConfig -Section Outlets)
    }
}
