# The repository's own sample articles: two outlets on one invented event (a text file and a saved web page) and an
# unrelated story, with samples/config/newstools.yaml naming their outlets and speakers.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    if ($HasSamples) {
        $script:Articles = @($SampleFiles | Import-Article -ConfigPath $SampleConfig)
    }
}

Describe 'The sample articles' {
    It 'import with the outlets the sample configuration names' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $Articles.Count | Should -Be $SampleFiles.Count
        $configured = (Get-NewsToolsConfig -Section Outlets -ConfigPath $SampleConfig | Where-Object Source -eq $SampleConfig).Name
        foreach ($article in $Articles) {
            $configured | Should -Contain $article.Outlet
        }
        ($Articles | Where-Object Format -eq 'Html') | Should -Not -BeNullOrEmpty
    }

    It 'group into events, the shared story with more than one outlet' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $groups = @($Articles | Group-ArticleEvent -ConfigPath $SampleConfig)
        $groups.Count | Should -BeLessThan $Articles.Count
        ($groups | Measure-Object -Property Count -Sum).Sum | Should -Be $Articles.Count
        @($groups | Where-Object { @($_.Outlets | Select-Object -Unique).Count -ge 2 }).Count | Should -BeGreaterOrEqual 1
    }

    It 'compare within each event and write one summary per group' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $groups = @($Articles | Group-ArticleEvent -ConfigPath $SampleConfig)
        $output = @($Articles | Compare-Coverage -GroupByEvent -Summary -ConfigPath $SampleConfig -WarningAction SilentlyContinue)
        $output.Count | Should -Be $groups.Count
        $output | ForEach-Object { $_.PSObject.TypeNames | Should -Contain 'NewsTools.Coverage.CoverageSummary' }
    }

    It 'attribute quotes to the speakers the configuration knows, and complete their names' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $speakers = @((Get-NewsToolsConfig -Section Speakers -ConfigPath $SampleConfig | Where-Object Source -eq $SampleConfig).Name)
        $speakers | Should -Not -BeNullOrEmpty
        $quoted = @($Articles | Get-ArticleQuote -ConfigPath $SampleConfig | Where-Object { $speakers -contains $_.Speaker })
        $quoted | Should -Not -BeNullOrEmpty
        $first = $quoted[0].Speaker
        $prefix = $first.Substring(0, 3)
        @($Articles | Get-ArticleQuote -ConfigPath $SampleConfig -Speaker "$prefix*") | ForEach-Object { $_.Speaker | Should -BeLike "$prefix*" }
        $expected = if ($first -match '\s') { "'$first'" } else { $first }
        Get-CompletionText "Get-ArticleQuote -ConfigPath '$SampleConfig' -Speaker $prefix" | Should -Contain $expected
    }
}

# Issue #10, "The samples, read as an analyst would": the March 2024 bridge samples as a user pipes them.
Describe 'The bridge samples, read as an analyst would' {
    BeforeAll {
        if ($HasSamples) {
            $script:Bridge = @(Get-ChildItem -Path (Join-Path $RepoRoot 'samples/*bridge*') -File)
            $script:Timeline = @($Bridge | ConvertTo-EventTimeline -ConfigPath $SampleConfig)
            $script:Rows = @($Bridge | Import-Article -ConfigPath $SampleConfig | Compare-Coverage -Kind Statement, Fact)
        }
    }

    It 'dates a month or season after a present or future verb in the coming one: November and the summer of 2024' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        # "The mayor, who faces re-election in November" and "We kept our promise to finish before the summer", 12 March 2024.
        @($Timeline | Where-Object Expression -eq 'November').Value | Should -Be @('2024-11')
        $summer = @($Timeline | Where-Object Expression -eq 'the summer')
        $summer.Value | Should -Be @('2024-SU')
        ($summer.Outlets | Sort-Object) | Should -Be @('Coastal Wire', 'The Harbour Gazette')
    }

    It 'makes "February 2022, two years ago" one event' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $Timeline.Expression | Should -Not -Contain 'two years ago'
        $closing = @($Timeline | Where-Object Value -eq '2022-02')
        $closing.Count | Should -Be 1
        $closing[0].Outlets | Should -Contain 'Coastal Wire'
        $closing[0].Outlets | Should -Contain 'The Harbour Gazette'
    }

    It 'ends no event text in a stray quote mark' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $texts = @($Timeline.Event) + @($Timeline | ForEach-Object { $_.Sources } | ForEach-Object Text)
        $texts.Count | Should -BeGreaterThan $Timeline.Count
        foreach ($text in $texts) {
            $unbalanced = $text.EndsWith('"') -and (($text.ToCharArray() | Where-Object { $_ -eq '"' }).Count % 2 -eq 1)
            $unbalanced | Should -BeFalse -Because $text
        }
        $Timeline.Event | Should -Contain 'We kept our promise to finish before the summer.'
    }

    It 'warns that an article''s date cannot be found' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $orchard = Join-Path $RepoRoot 'samples/valley-times-2024-03-14-orchard.txt'
        $article = Import-Article $orchard -ConfigPath $SampleConfig -WarningVariable warnings -WarningAction SilentlyContinue
        $article.ReferenceDate | Should -BeNullOrEmpty
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -Match 'valley-times-2024-03-14-orchard\.txt: No date was found'
        $null = Import-Article $Bridge -ConfigPath $SampleConfig -WarningVariable dated -WarningAction SilentlyContinue
        @($dated).Count | Should -Be 0
    }

    It 'does not report a photo caption as a Fact' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $captions = @($Bridge | Import-Article -ConfigPath $SampleConfig | ForEach-Object Paragraphs | Where-Object Kind -eq 'Caption' | ForEach-Object Text)
        $captions.Count | Should -BeGreaterOrEqual 2
        $facts = @($Rows | Where-Object Kind -eq 'Fact' | ForEach-Object Texts | ForEach-Object Text)
        $facts | Should -Not -BeNullOrEmpty
        foreach ($fact in $facts) {
            $captions | Should -Not -Contain $fact
            $fact | Should -Not -Match 'PHOTO|©'
        }
    }

    It 'reports a quote as a Statement, not also as a Fact' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $statements = @($Rows | Where-Object Kind -eq 'Statement' | ForEach-Object Texts | ForEach-Object Text)
        $facts = @($Rows | Where-Object Kind -eq 'Fact' | ForEach-Object Texts | ForEach-Object Text)
        $statements | Where-Object { $_ -like 'Today is a good day*' } | Should -Not -BeNullOrEmpty
        $statements | Where-Object { $_ -like 'The cables were in worse shape*' } | Should -Not -BeNullOrEmpty
        $facts | Where-Object { $_ -like '*Today is a good day*' -or $_ -like '*The cables were in worse shape*' } | Should -BeNullOrEmpty
        # A sentence that says more than its quoted fragment stays a fact: the councillor's call for an audit.
        $facts | Where-Object { $_ -like '*a scandal*auditor*' } | Should -Not -BeNullOrEmpty
    }
}
