BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
}

Describe 'Get-ArticleQuote' {
    BeforeAll {
        if ($HasSeeds) {
            $script:Gold = Get-SeedGold
            $script:FromImport = @(Import-Article -LiteralPath $SputnikSeed | Get-ArticleQuote)
        }
    }

    It 'finds the gold quotes of the Sputnik seed with speaker, kind and attribution' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        foreach ($expected in $Gold.articles.'sputnik-2018-01-28-china-japan.txt'.quotes) {
            $found = @($FromImport | Where-Object { (ConvertTo-PlainSpace $_.Text) -eq (ConvertTo-PlainSpace $expected.text) })
            $found | Should -Not -BeNullOrEmpty -Because "the quote '$($expected.text.Substring(0, [Math]::Min(40, $expected.text.Length)))...' is in the article"
            $found[0].Kind | Should -Be $expected.kind
            $found[0].Attribution | Should -Be $expected.attribution
            @($expected.speaker) + @($expected.PSObject.Properties['speaker_alternatives'].Value | Where-Object { $_ }) | Should -Contain $found[0].Speaker
        }
    }

    It 'gives the same quotes from Import-Article, Get-ChildItem and a string' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $fromFile = @(Get-Item -LiteralPath $SputnikSeed | Get-ArticleQuote)
        $fromText = @(Get-Content -LiteralPath $SputnikSeed -Raw -Encoding UTF8 | Get-ArticleQuote)
        $fromFile.Count | Should -Be $FromImport.Count
        $fromText.Count | Should -Be $FromImport.Count
        ($fromFile.Text -join '|') | Should -BeExactly ($FromImport.Text -join '|')
        ($fromText.Text -join '|') | Should -BeExactly ($FromImport.Text -join '|')
    }

    It 'filters by speaker with wildcards and by kind' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $wang = @(Import-Article -LiteralPath $SputnikSeed, $StraitsSeed | Get-ArticleQuote -Speaker 'wang*' -Kind Direct)
        $wang.Count | Should -BeGreaterThan 0
        $wang | ForEach-Object {
            $_.Speaker | Should -BeLike 'Wang*'
            $_.Kind | Should -Be 'Direct'
        }
        $expected = @($FromImport | Where-Object { $_.Speaker -like 'Wang*' -and $_.Kind -eq 'Direct' }).Count
        @(Get-ArticleQuote -LiteralPath $SputnikSeed -Speaker 'Wang*' -Kind Direct).Count | Should -Be $expected
    }

    It 'never gives a speaker to a quoted name or scare quote' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $quotes = @(Import-Article -LiteralPath $StraitsSeed | Get-ArticleQuote)
        foreach ($term in $Gold.articles.'straitstimes-2018-01-28-japan-china.txt'.not_quotes) {
            $text = if ($term -is [string]) { $term } else { $term.text }
            $quotes | Where-Object { (ConvertTo-PlainSpace $_.Text) -eq (ConvertTo-PlainSpace $text) } | ForEach-Object { $_.Speaker | Should -BeNullOrEmpty }
        }
    }

    It 'gives the outlet a quote came through as Via, in the list view, JSON and CSV' {
        $text = "Harbour inquiry`n`n""The evidence does not support the charge,"" the judge said, according to the Harbour Ledger."
        $quote = @($text | Get-ArticleQuote -Kind Direct)[0]
        $quote.Speaker | Should -Be 'judge'
        $quote.Via | Should -Be 'Harbour Ledger'
        ($quote | Format-List | Out-String) | Should -Match 'Via\s+: Harbour Ledger'
        ($quote | ConvertTo-Json | ConvertFrom-Json).Via | Should -Be 'Harbour Ledger'
        $csv = Join-Path $TestDrive 'via.csv'
        $quote | Export-Csv -LiteralPath $csv -NoTypeInformation
        (Import-Csv -LiteralPath $csv).Via | Should -Be 'Harbour Ledger'
    }

    It 'reports offsets into the article text as given' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $article = Import-Article -LiteralPath $SputnikSeed
        foreach ($quote in @($article | Get-ArticleQuote -Kind Direct, Partial)) {
            $article.Text.Substring($quote.Start, $quote.End - $quote.Start) | Should -BeExactly $quote.Text
        }
    }

    It 'names piped text by its place in the input when it cannot be read' {
        $quotes = @('', '"We will rebuild the bridge by spring," Mayor Ana Ruiz said on Monday.' | Get-ArticleQuote -ErrorVariable failures -ErrorAction SilentlyContinue)
        $quotes | Should -Not -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].TargetObject | Should -Be '<text 1>'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidData'
    }

    It 'writes an error for a missing file and goes on' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $quotes = @(Get-ArticleQuote -LiteralPath (Join-Path $TestDrive 'nope.txt'), $SputnikSeed -ErrorVariable failures -ErrorAction SilentlyContinue)
        $quotes.Count | Should -Be $FromImport.Count
        $failures.Count | Should -Be 1
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
