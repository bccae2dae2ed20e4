BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:UserConfig = Join-Path $TestDrive 'newsroom.yaml'
    Set-Content -LiteralPath $UserConfig -Encoding UTF8 -Value @'
outlets:
  - name: Coastal Herald
    aliases: [The Coastal Herald]
    domains: [coastalherald.example]
    country: Norway
speakers:
  - name: Mara Lind
    aliases: [Lind]
    title: chief fire officer
    type: Person
    side: Norway
'@
}

Describe 'Get-NewsToolsConfig' {
    It 'shows the built-in configuration' {
        $config = Get-NewsToolsConfig
        $config.PSObject.TypeNames | Should -Contain 'NewsTools.Config.NewsToolsConfig'
        $config.Outlets.Name | Should -Contain 'Sputnik'
        $config.Outlets.Name | Should -Contain 'The Straits Times'
        (Get-NewsToolsConfig -Section Sources)[0].Source | Should -BeLike '(built-in)*'
    }

    It 'adds a user file given with -ConfigPath and says where each part came from' {
        $outlets = @(Get-NewsToolsConfig -Section Outlets -ConfigPath $UserConfig)
        $herald = $outlets | Where-Object Name -eq 'Coastal Herald'
        $herald | Should -Not -BeNullOrEmpty
        $herald.Source | Should -Be $UserConfig
        ($outlets | Where-Object Name -eq 'Sputnik').Source | Should -BeLike '(built-in)*'
        $speaker = Get-NewsToolsConfig -Section Speakers -ConfigPath $UserConfig | Where-Object Name -eq 'Mara Lind'
        $speaker.Title | Should -Be 'chief fire officer'
        (Get-NewsToolsConfig -Section Sources -ConfigPath $UserConfig).Source | Should -Contain $UserConfig
    }

    It 'reads NEWSTOOLS_CONFIG when -ConfigPath is not given' {
        $saved = $env:NEWSTOOLS_CONFIG
        try {
            $env:NEWSTOOLS_CONFIG = $UserConfig
            (Get-NewsToolsConfig).Outlets.Name | Should -Contain 'Coastal Herald'
        }
        finally {
            $env:NEWSTOOLS_CONFIG = $saved
        }
    }

    It 'resolves a relative NEWSTOOLS_CONFIG entry against the current location' {
        $saved = $env:NEWSTOOLS_CONFIG
        Push-Location -LiteralPath $TestDrive
        try {
            $env:NEWSTOOLS_CONFIG = 'newsroom.yaml'
            (Get-NewsToolsConfig -Section Sources).Source | Should -Contain $UserConfig
        }
        finally {
            Pop-Location
            $env:NEWSTOOLS_CONFIG = $saved
        }
    }

    It 'stops with an error naming the file, line and column of a bad file' {
        $bad = Join-Path $TestDrive 'bad.yaml'
        Set-Content -LiteralPath $bad -Value "outlets:`n  - name: [unclosed`n    aliases: x" -Encoding UTF8
        $failure = $null
        try { Get-NewsToolsConfig -ConfigPath $bad -ErrorAction Stop } catch { $failure = $_ }
        $failure | Should -Not -BeNullOrEmpty
        $failure.FullyQualifiedErrorId | Should -BeLike 'ConfigInvalid,*'
        $failure.Exception.Message | Should -Match ([regex]::Escape($bad))
        $failure.Exception.Message | Should -Match 'line \d+, column \d+'
    }

    It 'does not construct .NET types named in a config file' {
        $evil = Join-Path $TestDrive 'evil.yaml'
        Set-Content -LiteralPath $evil -Encoding UTF8 -Value "outlets: !<tag:yaml.org,2002:System.IO.FileInfo,System.IO.FileSystem> { fileName: x }"
        { Get-NewsToolsConfig -ConfigPath $evil -ErrorAction Stop } | Should -Throw
    }

    It 'stops with a clear error for a missing config file' {
        $failure = $null
        try { Get-NewsToolsConfig -ConfigPath (Join-Path $TestDrive 'none.yaml') -ErrorAction Stop } catch { $failure = $_ }
        $failure.CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'applies the user file to the analysis cmdlets' {
        $article = 'OSLO (Coastal Herald) - A fire broke out at the harbour on Monday. "We had it under control within the hour," Lind said.' |
            Get-ArticleQuote -ConfigPath $UserConfig
        ($article | Where-Object Kind -eq 'Direct').Speaker | Should -Contain 'Mara Lind'
    }

    It 'adds the words of a user file to a built-in word list: a photo credit makes its line a caption' {
        $credits = Join-Path $TestDrive 'credits.yaml'
        Set-Content -LiteralPath $credits -Encoding UTF8 -Value "wordLists:`n  captionMarkers: [`"Foto:`"]"
        $story = "Bridge opens in Port Alder`n`nThe mayor cut the ribbon on Monday, and crowds cheered the new bridge.`n`n" +
            "Die neue Bruecke in Port Alder am Montag. Foto: Max Muster`n`nThe bridge took three years to build, officials said on Tuesday."
        $line = 'Die neue Bruecke in Port Alder am Montag. Foto: Max Muster'
        (($story | ConvertTo-Article).Paragraphs | Where-Object Text -eq $line).Kind | Should -Be 'Body'
        (($story | ConvertTo-Article -ConfigPath $credits).Paragraphs | Where-Object Text -eq $line).Kind | Should -Be 'Caption'
        (Get-NewsToolsConfig -ConfigPath $credits).WordLists['captionMarkers'] | Should -Contain 'Getty Images'
    }
}
