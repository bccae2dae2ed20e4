# Objects that work in the pipeline, written as a user types them at the prompt over the repository's samples.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:Samples = @(Get-ChildItem -Path (Join-Path $RepoRoot 'samples') -File)
    $script:Config = $SampleConfig
}

Describe 'Objects in the pipeline' {
    It 'exports list properties readably with Export-Csv' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $csv = Join-Path $TestDrive 'coverage.csv'
        $Samples | Import-Article -ConfigPath $Config -WarningAction SilentlyContinue | Compare-Coverage -GroupByEvent | Export-Csv $csv -NoTypeInformation
        $rows = @(Import-Csv $csv)
        $rows | Should -Not -BeNullOrEmpty
        $text = Get-Content -LiteralPath $csv -Raw
        $text | Should -Not -Match 'System\.Collections\.Generic\.List'
        $rows.Sources | Should -Contain 'Coastal Wire, The Harbour Gazette'
        $timeline = Join-Path $TestDrive 'timeline.csv'
        $Samples | ConvertTo-EventTimeline -ConfigPath $Config -WarningAction SilentlyContinue | Export-Csv $timeline -NoTypeInformation
        (Get-Content -LiteralPath $timeline -Raw) | Should -Not -Match 'System\.Collections'
    }

    It 'exports the per-outlet figures (Counts, Words, UniqueCounts) readably with Export-Csv' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $articles = $Samples | Import-Article -ConfigPath $Config -WarningAction SilentlyContinue
        $voices = Join-Path $TestDrive 'voices.csv'
        $articles | Compare-Coverage -GroupByEvent -Kind Voice | Export-Csv $voices -NoTypeInformation
        (Get-Content -LiteralPath $voices -Raw) | Should -Not -Match 'System\.Collections'
        $row = @(Import-Csv $voices | Where-Object Counts)[0]
        $row | Should -Not -BeNullOrEmpty
        $row.Counts | Should -Match '^[^=;]+=\d+(; [^=;]+=\d+)*$'
        $row.Words | Should -Match '^[^=;]+=\d+(; [^=;]+=\d+)*$'
        $summary = Join-Path $TestDrive 'summary.csv'
        $articles | Compare-Coverage -GroupByEvent -Summary | Export-Csv $summary -NoTypeInformation
        (Get-Content -LiteralPath $summary -Raw) | Should -Not -Match 'System\.Collections'
        @(Import-Csv $summary | Where-Object UniqueCounts)[0].UniqueCounts | Should -Match '(Coastal Wire|The Harbour Gazette)=\d+'
        # Still a dictionary for code and JSON.
        $voice = @($articles | Compare-Coverage -GroupByEvent -Kind Voice | Where-Object { $_.Counts.Count })[0]
        $outlet = @($voice.Counts.Keys)[0]
        $voice.Counts[$outlet] | Should -BeGreaterThan 0
        ($voice | ConvertTo-Json -Depth 3 | ConvertFrom-Json).Counts.$outlet | Should -Be $voice.Counts[$outlet]
    }

    It 'groups by the outlets with Group-Object Sources, and still filters on a list with -contains' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $rows = @($Samples | Import-Article -ConfigPath $Config -WarningAction SilentlyContinue | Compare-Coverage -GroupByEvent)
        $names = @($rows | Group-Object Sources | ForEach-Object Name)
        $names | Should -Contain 'Coastal Wire, The Harbour Gazette'
        $names | Should -Contain 'Coastal Wire'
        $names | ForEach-Object { $_ | Should -Not -Match 'System\.' }
        @($rows | Where-Object MissingFrom -contains 'Coastal Wire') | ForEach-Object { $_.Sources | Should -Not -Contain 'Coastal Wire' }
        (ConvertTo-Json -InputObject $rows[0] -Compress) | Should -Match '"Sources":\["'
    }

    It 'writes only comparison rows by default and the summary with -Summary' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $articles = @($Samples | Import-Article -ConfigPath $Config -WarningAction SilentlyContinue)
        $rows = @($articles | Compare-Coverage -GroupByEvent)
        @($rows | ForEach-Object { $_.PSObject.TypeNames[0] } | Sort-Object -Unique) | Should -Be @('NewsTools.Coverage.CoverageItem')
        ($rows | Group-Object Kind).Name | Should -Contain 'Statement'
        $summaries = @($articles | Compare-Coverage -GroupByEvent -Summary)
        $summaries | Should -Not -BeNullOrEmpty
        @($summaries | ForEach-Object { $_.PSObject.TypeNames[0] } | Sort-Object -Unique) | Should -Be @('NewsTools.Coverage.CoverageSummary')
    }

    It 'leaves quoted terms out unless -Kind Term asks for them, so Group-Object Speaker has no blank row' {
        $text = 'The so-called "peace dividend" was gone, the minister said. "We will not wait," said Elena Varga on Monday.'
        $quotes = @($text | Get-ArticleQuote)
        $quotes | Should -Not -BeNullOrEmpty
        $quotes.Kind | Should -Not -Contain 'Term'
        ($quotes | Group-Object Speaker).Name | Should -Not -Contain ''
        $terms = @($text | Get-ArticleQuote -Kind Term)
        $terms.Text | Should -Contain 'peace dividend'
        $terms | ForEach-Object { $_.Speaker | Should -BeNullOrEmpty }
    }

    It 'matches -Speaker against the canonical name, an alias and the surname, with wildcards' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $all = @(Import-Article ./samples/*.txt -ConfigPath $Config -WarningAction SilentlyContinue | Get-ArticleQuote)
        $varga = @($all | Where-Object Speaker -eq 'Elena Varga')
        $varga | Should -Not -BeNullOrEmpty
        @(Import-Article ./samples/*.txt -ConfigPath $Config -WarningAction SilentlyContinue | Get-ArticleQuote -Speaker 'Varga*').Count | Should -Be $varga.Count
        @(Import-Article ./samples/*.txt -ConfigPath $Config -WarningAction SilentlyContinue | Get-ArticleQuote -Speaker 'Elena Varga').Count | Should -Be $varga.Count
        @(Import-Article ./samples/*.txt -ConfigPath $Config -WarningAction SilentlyContinue | Get-ArticleQuote -Speaker 'the mayor').Count | Should -Be $varga.Count
        @(Import-Article ./samples/*.txt -ConfigPath $Config -WarningAction SilentlyContinue | Get-ArticleQuote -Speaker 'Varga*' -Kind Direct) | ForEach-Object {
            $_.Speaker | Should -Be 'Elena Varga'
            $_.Kind | Should -Be 'Direct'
        }
    }

    It 'carries the configuration an article was imported with to the next cmdlet, unless that one gets its own' {
        $yaml = Join-Path $TestDrive 'ministry.yaml'
        Set-Content -LiteralPath $yaml -Encoding UTF8 -Value @'
speakers:
  - name: Ilse Marwick
    aliases: [Marwick]
    side: Ministry of Harbours
'@
        $story = Join-Path $TestDrive 'story.txt'
        Set-Content -LiteralPath $story -Encoding UTF8 -Value 'PORT ALDER, March 3, 2024 - The harbour will reopen in May. "We are ready," Marwick said on Monday.'
        @(Import-Article $story -ConfigPath $yaml | Get-ArticleQuote).Speaker | Should -Contain 'Ilse Marwick'
        @(Import-Article $story | Get-ArticleQuote).Speaker | Should -Not -Contain 'Ilse Marwick'
        $other = Join-Path $TestDrive 'other.yaml'
        Set-Content -LiteralPath $other -Encoding UTF8 -Value "speakers:`n  - name: Oskar Marwick`n    aliases: [Marwick]"
        @(Import-Article $story -ConfigPath $yaml | Get-ArticleQuote -ConfigPath $other).Speaker | Should -Contain 'Oskar Marwick'
    }

    It 'carries the imported configuration''s speakers and sides into Compare-Coverage, unless it gets its own -ConfigPath' {
        $yaml = Join-Path $TestDrive 'ministry.yaml'
        Set-Content -LiteralPath $yaml -Encoding UTF8 -Value "speakers:`n  - name: Ilse Marwick`n    aliases: [Marwick]`n    side: Ministry of Harbours"
        $other = Join-Path $TestDrive 'union.yaml'
        Set-Content -LiteralPath $other -Encoding UTF8 -Value "speakers:`n  - name: Oskar Marwick`n    aliases: [Marwick]`n    side: Harbour Union"
        $first = Join-Path $TestDrive 'first.txt'
        $second = Join-Path $TestDrive 'second.txt'
        Set-Content -LiteralPath $first -Encoding UTF8 -Value "PORT ALDER, March 3, 2024 - The harbour will reopen in May after two years of dredging, officials said.`n`n`"We are ready to welcome the ships again,`" Marwick said on Monday."
        Set-Content -LiteralPath $second -Encoding UTF8 -Value "PORT ALDER, March 3, 2024 - Port Alder harbour is to reopen in May when two years of dredging end.`n`n`"We are ready to welcome the ships again,`" Marwick told reporters on Monday."

        $statement = @(Import-Article $first, $second -ConfigPath $yaml | Compare-Coverage -Kind Statement)
        $statement.Speaker | Should -Be @('Ilse Marwick')
        $voices = @(Import-Article $first, $second -ConfigPath $yaml | Compare-Coverage -Kind Voice)
        ($voices.Side | Select-Object -Unique) | Should -Be @('Ministry of Harbours')
        @(Import-Article $first, $second | Compare-Coverage -Kind Voice).Side | Should -Not -Contain 'Ministry of Harbours'
        $own = @(Import-Article $first, $second -ConfigPath $yaml | Compare-Coverage -Kind Voice -ConfigPath $other)
        ($own.Side | Select-Object -Unique) | Should -Be @('Harbour Union')
        ($own.Speaker | Where-Object { $_ }) | Should -Be @('Oskar Marwick')
    }
}
