BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
}

Describe 'Get-TimeExpression' {
    It 'resolves the gold expressions of the Sputnik seed' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $gold = Get-SeedGold
        $found = @(Import-Article -LiteralPath $SputnikSeed | Get-TimeExpression)
        foreach ($expected in $gold.articles.'sputnik-2018-01-28-china-japan.txt'.timex) {
            $match = @($found | Where-Object { (ConvertTo-PlainSpace $_.Text) -eq (ConvertTo-PlainSpace $expected.text) })
            $match | Should -Not -BeNullOrEmpty -Because "'$($expected.text)' is a time expression"
            $match.Value | Should -Contain $expected.value
        }
    }

    It 'binds files and strings as well as articles, and filters by type' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $fromArticle = @(Import-Article -LiteralPath $SputnikSeed | Get-TimeExpression)
        @(Get-Item -LiteralPath $SputnikSeed | Get-TimeExpression).Count | Should -Be $fromArticle.Count
        @(Get-Content -LiteralPath $SputnikSeed -Raw -Encoding UTF8 | Get-TimeExpression).Count | Should -Be $fromArticle.Count
        $dates = @(Get-TimeExpression -LiteralPath $SputnikSeed -Type Date -ResolvedOnly)
        $dates | ForEach-Object { $_.Type | Should -Be 'Date'; $_.Value | Should -Not -BeNullOrEmpty }
    }

    It 'resolves relative expressions against -ReferenceDate' {
        $expressions = @('They met on Sunday, the ministry said.' | Get-TimeExpression -ReferenceDate 2018-01-31)
        ($expressions | Where-Object Text -eq 'Sunday').Value | Should -Be '2018-01-28'
    }
}

Describe 'ConvertTo-EventTimeline' {
    BeforeAll {
        if ($HasSeeds) {
            $script:Timeline = @(Import-Article -LiteralPath $SputnikSeed, $StraitsSeed | ConvertTo-EventTimeline)
        }
    }

    It 'writes one timeline sorted by date, undated events last' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $Timeline.Count | Should -BeGreaterThan 0
        $dated = @($Timeline | Where-Object { $null -ne $_.Date })
        $undated = @($Timeline | Where-Object { $null -eq $_.Date })
        ($dated.Date | ForEach-Object { $_.Ticks }) | Should -Be ($dated.Date | Sort-Object | ForEach-Object { $_.Ticks })
        if ($undated) {
            [array]::IndexOf($Timeline, $undated[0]) | Should -BeGreaterOrEqual $dated.Count
        }
    }

    It 'merges the 2018-01-28 meeting into one event citing both outlets' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $meeting = $Timeline | Where-Object { $_.Date -eq [datetime]'2018-01-28' -and @($_.Sources.Outlet | Select-Object -Unique).Count -ge 2 }
        $meeting | Should -Not -BeNullOrEmpty
        $meeting[0].Sources.Outlet | Should -Contain 'Sputnik'
        $meeting[0].Sources.Outlet | Should -Contain 'The Straits Times'
    }

    It 'keeps the window -After and -Before give, inclusive, and drops undated events' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $window = @(Get-ChildItem -LiteralPath $SeedDir -Filter '*.txt' | ConvertTo-EventTimeline -After 2017-01-01 -Before 2018-02-01)
        $window | Should -Not -BeNullOrEmpty
        $window | ForEach-Object {
            $_.Date | Should -Not -BeNullOrEmpty
            $_.Date | Should -BeGreaterOrEqual ([datetime]'2017-01-01')
            $_.Date | Should -BeLessOrEqual ([datetime]'2018-02-01')
        }
        $expected = @($Timeline | Where-Object { $_.Date -and $_.Date -ge [datetime]'2017-01-01' -and $_.Date -le [datetime]'2018-02-01' }).Count
        $window.Count | Should -Be $expected
    }

    It 'drops undated events with -DatedOnly' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $dated = @(Import-Article -LiteralPath $SputnikSeed, $StraitsSeed | ConvertTo-EventTimeline -DatedOnly)
        $dated | ForEach-Object { $_.Date | Should -Not -BeNullOrEmpty }
        $dated.Count | Should -Be @($Timeline | Where-Object { $null -ne $_.Date }).Count
    }
}
