BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:UserConfig = Join-Path $TestDrive 'speakers.yaml'
    Set-Content -LiteralPath $UserConfig -Encoding UTF8 -Value @'
speakers:
  - name: Jane Q. Doe
    aliases: [Doe]
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

    It 'offers nothing rather than failing when the config file is bad' {
        $bad = Join-Path $TestDrive 'bad.yaml'
        Set-Content -LiteralPath $bad -Value 'outlets: [' -Encoding UTF8
        { Get-CompletionText "Import-Article -ConfigPath '$bad' -Outlet S" } | Should -Not -Throw
    }
}
