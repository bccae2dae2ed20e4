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

    It 'writes the rows, then the summary last' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $Rows[-1].PSObject.TypeNames | Should -Contain 'NewsTools.Coverage.CoverageSummary'
        ($Rows[-1].Outlets | Sort-Object) | Should -Be @('Sputnik', 'The Straits Times')
        $items = @($Rows | Select-Object -SkipLast 1)
        $items | Should -Not -BeNullOrEmpty
        $items | ForEach-Object { $_.PSObject.TypeNames | Should -Contain 'NewsTools.Coverage.CoverageItem' }
        ($items.Kind | Sort-Object -Unique) | Should -Contain 'Statement'
    }

    It 'flags the submarine discrepancy with -Kind Discrepancy and no summary' {
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
        $statements | Get-TableHeader | Should -Be @('Kind', 'Similarity', 'First', 'Second')
        ($statements | Out-String -Width 120) | Should -Match 'Sputnik'
    }

    It 'compares within each event group with -GroupByEvent' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $summaries = @($Articles | Compare-Coverage -GroupByEvent | Where-Object { $_.PSObject.TypeNames -contains 'NewsTools.Coverage.CoverageSummary' })
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
}
