BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    if ($HasSeeds) {
        $script:Articles = @(Import-Article -LiteralPath $SputnikSeed, $StraitsSeed)
    }
}

Describe 'Group-ArticleEvent' {
    It 'puts the two seed reports of one meeting in one group' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $groups = @($Articles | Group-ArticleEvent)
        $groups.Count | Should -Be 1
        $groups[0].PSObject.TypeNames | Should -Contain 'NewsTools.Coverage.ArticleGroup'
        $groups[0].Count | Should -Be 2
        ($groups[0].ArticleIds | Sort-Object) | Should -Be ($Articles.Id | Sort-Object)
    }

    It 'keeps the seeds one event whatever else comes with them, in any order' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $seeds = @(Get-ChildItem -LiteralPath $SeedDir -Filter '*.txt')
        $withSamples = @($seeds + $SampleFiles)
        $reversed = @($withSamples[($withSamples.Count - 1)..0])
        foreach ($batch in $seeds, $withSamples, $reversed) {
            $groups = @($batch | Group-ArticleEvent -ConfigPath $SampleConfig -WarningAction SilentlyContinue)
            $seedGroups = @($groups | Where-Object { @($_.ArticleIds) -match 'sputnik|straitstimes' })
            $seedGroups.Count | Should -Be 1 -Because "the two seeds report one meeting ($(@($batch).Count) articles in)"
            @($seedGroups[0].ArticleIds).Count | Should -Be 2 -Because 'no sample joins the seeds'' event'
        }
    }

    It 'groups each coverage dev event''s articles alone, in either order, as one event' {
        $dev = Join-Path $SharedRoot 'eval/coverage/dev.jsonl'
        if (-not (Test-Path -LiteralPath $dev)) { Set-ItResult -Skipped -Because "../shared/eval/coverage/dev.jsonl not found ($dev)"; return }
        $split = foreach ($line in Get-Content -LiteralPath $dev -Encoding UTF8) {
            $story = $line | ConvertFrom-Json
            $articles = @($story.articles | Where-Object { $_.text.Trim() } | ForEach-Object {
                $options = @{}
                if ($_.outlet) { $options.Outlet = $_.outlet }
                if ($_.title) { $options.Title = $_.title }
                if ($_.date) { $options.ReferenceDate = [datetime] $_.date }
                $_.text | ConvertTo-Article @options
            })
            foreach ($order in $articles, @($articles[($articles.Count - 1)..0])) {
                $groups = @($order | Group-ArticleEvent)
                if ($groups.Count -ne 1) { "$($story.event_id): $($groups.Count) groups" }
            }
        }
        @($split) | Should -BeNullOrEmpty
    }

    It 'reads files from Get-ChildItem' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        @(Get-ChildItem -LiteralPath $SeedDir -Filter '*.txt' | Group-ArticleEvent).Count | Should -Be 1
    }
}

Describe 'Compare-Coverage' {
    BeforeAll {
        if ($HasSeeds) {
            $script:Rows = @($Articles | Compare-Coverage)
        }
    }

    It 'writes one kind of object: the rows by default, the summary with -Summary' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $Rows | Should -Not -BeNullOrEmpty
        $Rows | ForEach-Object { $_.PSObject.TypeNames | Should -Contain 'NewsTools.Coverage.CoverageItem' }
        ($Rows.Kind | Sort-Object -Unique) | Should -Contain 'Statement'
        @($Rows | Group-Object { $_.PSObject.TypeNames[0] }).Count | Should -Be 1 -Because 'Export-Csv and Group-Object Kind see one shape'
        $summary = @($Articles | Compare-Coverage -Summary)
        $summary.Count | Should -Be 1
        $summary[0].PSObject.TypeNames | Should -Contain 'NewsTools.Coverage.CoverageSummary'
        ($summary[0].Outlets | Sort-Object) | Should -Be @('Sputnik', 'The Straits Times')
    }

    It 'flags the submarine discrepancy with -Kind Discrepancy' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $discrepancies = @(Get-ChildItem -LiteralPath $SeedDir -Filter '*.txt' | Compare-Coverage -Kind Discrepancy)
        $discrepancies | Should -Not -BeNullOrEmpty
        $discrepancies | ForEach-Object { $_.Kind | Should -Be 'Discrepancy' }
        ($discrepancies | ForEach-Object { ($_.Texts.Text -join ' ') + ' ' + $_.Summary }) -join ' ' | Should -Match 'submarine'
    }

    It 'filters naturally on MissingFrom' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $onlyStraits = @($Rows | Where-Object MissingFrom -contains 'Sputnik')
        $onlyStraits | Should -Not -BeNullOrEmpty
        $onlyStraits | ForEach-Object { $_.Sources | Should -Not -Contain 'Sputnik' }
    }

    It 'selects the side-by-side view with -View SideBySide' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $statements = @($Articles | Compare-Coverage -Kind Statement -View SideBySide)
        $statements | Should -Not -BeNullOrEmpty
        $statements[0].PSObject.TypeNames[0] | Should -Be 'NewsTools.Coverage.CoverageItem#SideBySide'
        $statements[0].PSObject.TypeNames | Should -Contain 'NewsTools.Coverage.CoverageItem'
        ($statements | Out-String -Width 120) | Should -Match '(?m)^Kind\s+Speaker\s+Sputnik\s+The Straits Times\s*$'
        ($statements | Out-String -Width 120) | Should -Match 'Sputnik'
    }

    It 'compares within each event group with -GroupByEvent' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $summaries = @($Articles | Compare-Coverage -GroupByEvent -Summary)
        $summaries.Count | Should -Be 1
        $summaries[0].GroupId | Should -Not -BeNullOrEmpty
    }
}

Describe 'Export-CoverageReport' {
    It 'writes one self-contained HTML page' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $path = Join-Path $TestDrive 'report.html'
        $file = $Articles | Export-CoverageReport -Path $path -PassThru
        $file | Should -BeOfType ([System.IO.FileInfo])
        $file.FullName | Should -Be $path
        $html = Get-Content -LiteralPath $path -Raw -Encoding UTF8
        $html | Should -Match '<html'
        $html | Should -Match 'Sputnik'
        $html | Should -Match '<svg'
        $html | Should -Not -Match '<(script|img|link)[^>]+(src|href)\s*=\s*["'']?(https?:)?//'
    }

    It 'keeps an existing file with -NoClobber and writes nothing with -WhatIf' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $path = Join-Path $TestDrive 'keep.html'
        Set-Content -LiteralPath $path -Value 'old'
        $Articles | Export-CoverageReport -Path $path -NoClobber -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ReportExists,*'
        (Get-Content -LiteralPath $path -Raw).Trim() | Should -Be 'old'
        $other = Join-Path $TestDrive 'whatif.html'
        $Articles | Export-CoverageReport -Path $other -WhatIf
        Test-Path -LiteralPath $other | Should -BeFalse
    }

    It 'reads files like Compare-Coverage does' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $path = Join-Path $TestDrive 'from-files.html'
        Get-ChildItem (Join-Path $RepoRoot 'samples') -File | Export-CoverageReport -Path $path -GroupByEvent -ConfigPath $SampleConfig -WarningAction SilentlyContinue
        (Get-Content -LiteralPath $path -Raw -Encoding UTF8) | Should -Match 'Coastal Wire'
    }

    It 'writes no report for empty input and keeps an existing one' {
        $path = Join-Path $TestDrive 'kept.html'
        Set-Content -LiteralPath $path -Value '<html>earlier report</html>'
        @() | Export-CoverageReport -Path $path -WarningVariable warnings -WarningAction SilentlyContinue
        (Get-Content -LiteralPath $path -Raw) | Should -Match 'earlier report'
        ($warnings -join ' ') | Should -Match 'no report was written'
        $missing = Join-Path $TestDrive 'never.html'
        Get-ChildItem -LiteralPath $TestDrive -Filter '*.none' | Export-CoverageReport -Path $missing -WarningAction SilentlyContinue
        Test-Path -LiteralPath $missing | Should -BeFalse
    }

    It 'refuses a folder as -Path with a clear error' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $Articles | Export-CoverageReport -Path $TestDrive -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'ReportPathIsFolder,*'
        "$($failures[0])" | Should -Match 'is a folder'
    }
}
