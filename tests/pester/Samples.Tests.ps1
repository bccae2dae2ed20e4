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
