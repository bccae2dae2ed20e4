# Errors, warnings and -Verbose, as a user meets them at the console.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:Orchard = Join-Path $RepoRoot 'samples/valley-times-2024-03-14-orchard.txt'
}

Describe 'Errors name their input' {
    It 'puts the file in the text the console shows' {
        $empty = Join-Path $TestDrive 'empty.txt'
        Set-Content -LiteralPath $empty -Value '' -NoNewline
        $null = Get-ArticleQuote -LiteralPath $empty -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        "$($failures[0])" | Should -BeLike "$empty*: *"
        ($failures[0] | Out-String) | Should -Match ([regex]::Escape($empty))
    }

    It 'stops at a bad config file with one error naming file, line and column, and no .NET type names' {
        $bad = Join-Path $TestDrive 'bad.yaml'
        Set-Content -LiteralPath $bad -Encoding UTF8 -Value "speakers:`n  - name: [unclosed"
        $caught = $null
        try { Get-ArticleQuote -LiteralPath $Orchard -ConfigPath $bad -ErrorAction Stop -WarningAction SilentlyContinue } catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        "$caught" | Should -Match ([regex]::Escape($bad))
        "$caught" | Should -Match 'line \d+'
        "$caught" | Should -Match 'column \d+'
        "$caught" | Should -Not -Match 'YamlDotNet|System\.|Exception'
    }

    It 'stops the whole command at a bad config file, as README says, without -ErrorAction Stop' {
        (Get-Content -LiteralPath (Join-Path $RepoRoot 'README.md') -Raw) | Should -Match 'a bad configuration file stops the command with one error'
        $bad = Join-Path $TestDrive 'bad-again.yaml'
        Set-Content -LiteralPath $bad -Encoding UTF8 -Value "outlets: ["
        $output = $null
        $caught = $null
        $errors = @()
        try { $output = @(Get-ArticleQuote -LiteralPath $Orchard, $Orchard -ConfigPath $bad -ErrorVariable errors -WarningAction SilentlyContinue) } catch { $caught = $_ }
        # Terminating: try/catch sees it with the default ErrorAction (a non-terminating error would pass by catch).
        $caught | Should -Not -BeNullOrEmpty
        "$caught" | Should -Match ([regex]::Escape($bad))
        @($errors).Count | Should -Be 1
        @($output | Where-Object { $_ }).Count | Should -Be 0
    }
}

Describe 'Input that is not an article' {
    It 'refuses a DateTime or a Select-String match with an error naming it, and goes on with the rest' {
        $date = Get-Date -Year 2024 -Month 3 -Day 12
        $match = Select-String -LiteralPath $Orchard -Pattern 'orchard' | Select-Object -First 1
        $quotes = @($date, 'The mayor spoke. "We will rebuild," said Elena Varga.', $match | Get-ArticleQuote -ErrorVariable failures -ErrorAction SilentlyContinue)
        $quotes.Speaker | Should -Contain 'Elena Varga'
        $failures.Count | Should -Be 2
        "$($failures[0])" | Should -Match 'DateTime, not an article'
        "$($failures[1])" | Should -Match 'MatchInfo, not an article'
    }

    It 'warns that a string naming a file is read as text' {
        Push-Location $RepoRoot
        try {
            $null = './samples/valley-times-2024-03-14-orchard.txt' | Get-TimeExpression -WarningVariable warnings -WarningAction SilentlyContinue
        }
        finally { Pop-Location }
        ($warnings -join "`n") | Should -Match 'names a file, but a string is read as article text'
    }

    It 'warns once when Get-Content sends lines to an analysis cmdlet' {
        $null = Get-Content -LiteralPath $Orchard | Get-ArticleQuote -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        @($warnings | Where-Object { "$_" -match 'line by line' }).Count | Should -Be 1
    }

    It 'still binds files from Get-ChildItem and articles by value' {
        @(Get-Item -LiteralPath $Orchard | Get-ArticleQuote -WarningAction SilentlyContinue).Count | Should -BeGreaterThan 0
        @(Import-Article -LiteralPath $Orchard -WarningAction SilentlyContinue | Get-ArticleQuote).Count | Should -BeGreaterThan 0
    }
}

Describe 'Warnings and -Verbose' {
    It 'does not warn about a missing date where the answer does not depend on it' {
        $quotes = @(Get-ArticleQuote -LiteralPath $Orchard -WarningVariable warnings -WarningAction SilentlyContinue)
        $quotes.Count | Should -BeGreaterThan 0
        @($warnings | Where-Object { "$_" -match 'No date was found' }).Count | Should -Be 0
        $null = Get-TimeExpression -LiteralPath $Orchard -WarningVariable timeWarnings -WarningAction SilentlyContinue
        ($timeWarnings -join "`n") | Should -Match 'No date was found'
    }

    It 'does not warn about weekdays with no year where the answer does not depend on the date' {
        # "Thursday, March 3" with no year: the year cannot be settled, which matters to time expressions, not to quotes.
        $file = Join-Path $TestDrive 'weekday-no-year.txt'
        Set-Content -LiteralPath $file -Value "Port strike ends`n`nDock workers returned to work on Thursday, March 3, the union said. `"It is a fair deal,`" said Tom Brack."
        $quotes = @(Get-ArticleQuote -LiteralPath $file -WarningVariable warnings -WarningAction SilentlyContinue)
        $quotes.Count | Should -BeGreaterThan 0
        @($warnings).Count | Should -Be 0
        $null = Get-TimeExpression -LiteralPath $file -WarningVariable timeWarnings -WarningAction SilentlyContinue
        ($timeWarnings -join "`n") | Should -Match 'names no year'
    }

    It 'warns when an article file has no date anywhere' {
        $null = Import-Article -LiteralPath $Orchard -WarningVariable warnings -WarningAction SilentlyContinue
        ($warnings -join "`n") | Should -Match 'No date was found'
        ($warnings -join "`n") | Should -Match ([regex]::Escape($Orchard))
        $null = Import-Article -LiteralPath $Orchard -ReferenceDate 2024-03-14 -WarningVariable dated -WarningAction SilentlyContinue
        @($dated).Count | Should -Be 0
    }

    It 'says with -Verbose which configuration and files it read and what it found' {
        $messages = @(Get-ArticleQuote -LiteralPath $Orchard -ConfigPath $SampleConfig -Verbose -WarningAction SilentlyContinue 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        ($messages -join "`n") | Should -Match ([regex]::Escape($SampleConfig))
        ($messages -join "`n") | Should -Match "Read '.*valley-times-2024-03-14-orchard\.txt'"
        ($messages -join "`n") | Should -Match '\d+ quotes and quoted terms found, \d+ written'
    }
}
