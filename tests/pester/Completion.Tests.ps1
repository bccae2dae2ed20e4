BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:UserConfig = Join-Path $TestDrive 'speakers.yaml'
    Set-Content -LiteralPath $UserConfig -Encoding UTF8 -Value @'
speakers:
  - name: Jane Q. Doe
    aliases: [Doe]
  - name: Piet Olsen
    aliases: [the harbourmaster]
outlets:
  - name: Zeta Wire
'@
}

Describe 'Tab completion' {
    It 'completes outlet names from the configuration on -Outlet' {
        Get-CompletionText 'Import-Article -Outlet Sput' | Should -Contain 'Sputnik'
        Get-CompletionText 'ConvertTo-Article -Outlet The' | Should -Contain "'The Straits Times'"
    }

    It 'completes names from a -ConfigPath file given earlier on the line' {
        Get-CompletionText "Import-Article -ConfigPath '$UserConfig' -Outlet Zet" | Should -Contain "'Zeta Wire'"
        Get-CompletionText "Get-ArticleQuote -ConfigPath '$UserConfig' -Speaker Jan" | Should -Contain "'Jane Q. Doe'"
    }

    It 'completes enum and ValidateSet values' {
        Get-CompletionText 'Get-ArticleQuote -Kind Di' | Should -Contain 'Direct'
        Get-CompletionText 'Compare-Coverage -Kind Disc' | Should -Contain 'Discrepancy'
        Get-CompletionText 'Compare-Coverage -View Si' | Should -Contain 'SideBySide'
        Get-CompletionText 'Get-TimeExpression -Type Dur' | Should -Contain 'Duration'
        Get-CompletionText 'Get-NewsToolsConfig -Section Sp' | Should -Contain 'Speakers'
    }

    It 'matches any word of a name: -Speaker Var offers Elena Varga, -Outlet Str The Straits Times' {
        Get-CompletionText 'Import-Article -Outlet Str' | Should -Contain "'The Straits Times'"
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        Get-CompletionText "Get-ArticleQuote -ConfigPath '$SampleConfig' -Speaker Var" | Should -Contain "'Elena Varga'"
    }

    It 'reads a relative -ConfigPath from the PowerShell location, not the process directory' {
        $folder = Join-Path $TestDrive 'relative'
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        Set-Content -LiteralPath (Join-Path $folder 'local.yaml') -Encoding UTF8 -Value "speakers:`n  - name: Rosa Quintana"
        Push-Location -LiteralPath $folder
        try {
            [System.IO.Directory]::GetCurrentDirectory() | Should -Not -Be $folder
            Get-CompletionText 'Get-ArticleQuote -ConfigPath ./local.yaml -Speaker Quin' | Should -Be @("'Rosa Quintana'")
        } finally {
            Pop-Location
        }
    }

    It 'offers a speaker whose alias matches, by the canonical name' {
        Get-CompletionText "Get-ArticleQuote -ConfigPath '$UserConfig' -Speaker harb" | Should -Be @("'Piet Olsen'")
    }

    It 'offers the people quoted in the articles -Path and -LiteralPath name, with no configuration' {
        $folder = Join-Path $TestDrive 'articles'
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        Set-Content -LiteralPath (Join-Path $folder 'bridge.txt') -Encoding UTF8 -Value @'
PORT ALDER, March 3, 2024 - The bridge will reopen in May. "We are ready," Elena Varga said on Monday.

"The repairs took longer than planned," said Marta Kowalczyk, the chief engineer.
'@
        # Any word of the name: the surname, as a user looks a person up.
        Get-CompletionText "Get-ArticleQuote -Path '$folder/bridge.txt' -Speaker Var" | Should -Be @("'Elena Varga'")
        Get-CompletionText "Get-ArticleQuote -LiteralPath '$folder/bridge.txt' -Speaker Kow" | Should -Be @("'Marta Kowalczyk'")
        $all = Get-CompletionText "Get-ArticleQuote '$folder/*.txt' -Speaker "
        $all | Should -Contain "'Elena Varga'"
        $all | Should -Contain "'Marta Kowalczyk'"
        Push-Location -LiteralPath $folder
        try {
            # A relative path is taken from the PowerShell location, as the command will take it.
            Get-CompletionText 'Get-ArticleQuote ./bridge.txt -Speaker Mar' | Should -Be @("'Marta Kowalczyk'")
        } finally {
            Pop-Location
        }
        # Without an article on the line, the built-in configuration knows nobody.
        @(Get-CompletionText 'Get-ArticleQuote -Speaker Kow').Count | Should -Be 0
        # Get-NewsArchive's -Path is a database, not an article: it is not read as one.
        @(Get-CompletionText "Get-NewsArchive '$folder/bridge.txt' -Speaker Kow").Count | Should -Be 0
    }

    It 'reads only the first few files a wildcard names' {
        $folder = Join-Path $TestDrive 'many'
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        $surnames = 'Abbot', 'Becker', 'Castell', 'Dunmore', 'Eastwick', 'Farrant', 'Gorski'
        for ($i = 0; $i -lt $surnames.Count; $i++) {
            Set-Content -LiteralPath (Join-Path $folder "story$i.txt") -Encoding UTF8 -Value "PORT ALDER, March 3, 2024 - `"We are ready,`" Anna $($surnames[$i]) said on Monday."
        }
        $offered = Get-CompletionText "Get-ArticleQuote '$folder/*.txt' -Speaker Anna"
        $offered | Should -Be @($surnames | Select-Object -First 5 | ForEach-Object { "'Anna $_'" })
    }

    It 'offers nothing rather than failing when the config file is bad' {
        $bad = Join-Path $TestDrive 'bad.yaml'
        Set-Content -LiteralPath $bad -Value 'outlets: [' -Encoding UTF8
        { Get-CompletionText "Import-Article -ConfigPath '$bad' -Outlet S" } | Should -Not -Throw
    }
}
