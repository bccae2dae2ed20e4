BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:ReadCategories = 'InvalidData', 'ReadError', 'ObjectNotFound', 'LimitsExceeded', 'NotImplemented', 'InvalidArgument'
}

Describe 'Import-Article' {
    It 'reads both seeds with outlet, title and reference date' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $gold = Get-SeedGold
        $articles = Import-Article -Path (Join-Path $SeedDir '*.txt') | Sort-Object Id
        $articles.Count | Should -Be 2
        foreach ($article in $articles) {
            $article.PSObject.TypeNames | Should -Contain 'NewsTools.Articles.Article'
            $expected = $gold.articles.((Split-Path -Leaf $article.Path))
            $article.Outlet | Should -Be $expected.outlet
            $article.ReferenceDate | Should -Be ([datetime]$expected.reference_date)
            $article.Dateline | Should -Be $expected.dateline
            @($article.Paragraphs | Where-Object Kind -eq 'Caption').Count | Should -Be @($expected.captions).Count
        }
        ($articles | Where-Object Outlet -eq 'Sputnik').Title | Should -Be $gold.articles.'sputnik-2018-01-28-china-japan.txt'.title
    }

    It 'removes the boilerplate and keeps a trace of it' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $article = Import-Article -LiteralPath $SputnikSeed
        $removed = @($article.Removed.Text | ForEach-Object { $_.Trim() })
        $removed | Should -Contain 'Subscribe'
        ($article.Paragraphs.Text -join "`n") | Should -Not -Match '(?m)^\s*Subscribe\s*$'
    }

    It 'binds FileInfo from Get-ChildItem by property name' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $articles = @(Get-ChildItem -LiteralPath $SeedDir -Filter '*.txt' | Import-Article)
        $articles.Count | Should -Be 2
        ($articles.Path | Sort-Object) | Should -Be (@($SputnikSeed, $StraitsSeed) | Sort-Object)
    }

    It 'binds path strings from the pipeline to -Path, wildcards included' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        @($SputnikSeed | Import-Article).Count | Should -Be 1
        @((Join-Path $SeedDir '*.txt') | Import-Article).Count | Should -Be 2
    }

    It 'reads every sample article in the repository' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ has no articles'; return }
        $articles = @($SampleFiles | Import-Article -ConfigPath $SampleConfig -ErrorVariable failures)
        $failures | Should -BeNullOrEmpty
        $articles.Count | Should -Be $SampleFiles.Count
        $articles | ForEach-Object { $_.WordCount | Should -BeGreaterThan 0 }
    }

    It 'takes -LiteralPath literally and -Path as a wildcard' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $odd = Join-Path $TestDrive 'wire[1].txt'
        Copy-Item -LiteralPath $SputnikSeed -Destination $odd
        (Import-Article -LiteralPath $odd).Outlet | Should -Be 'Sputnik'
        $none = Import-Article -Path $odd -ErrorVariable failures -ErrorAction SilentlyContinue
        $none | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'PathNotFound,*'
    }

    It 'applies -Outlet, -Title and -ReferenceDate' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $article = Import-Article -LiteralPath $StraitsSeed -Outlet 'Reuters' -Title 'Override' -ReferenceDate '2020-05-06'
        $article.Outlet | Should -Be 'Reuters'
        $article.Title | Should -Be 'Override'
        $article.ReferenceDate | Should -Be ([datetime]'2020-05-06')
        $article.ReferenceDateSource | Should -Be 'User'
    }

    It 'reports each bad input as a non-terminating error and goes on' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $empty = Join-Path $TestDrive 'empty.txt'
        Set-Content -LiteralPath $empty -Value '' -NoNewline
        $png = Join-Path $TestDrive 'picture.png'
        [System.IO.File]::WriteAllBytes($png, [byte[]](0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0))
        $folder = Join-Path $TestDrive 'folder'
        New-Item -ItemType Directory -Path $folder | Out-Null
        $missing = Join-Path $TestDrive 'missing.txt'
        # 50 MB, over the 16 MB limit: refused before it is read (a sparse file, so the test writes nothing).
        $big = Join-Path $TestDrive 'huge.txt'
        $stream = [System.IO.File]::Create($big)
        try { $stream.SetLength(50MB) } finally { $stream.Dispose() }

        $articles = @(Import-Article -LiteralPath $empty, $png, $folder, $missing, $big, $SputnikSeed -ErrorVariable failures -ErrorAction SilentlyContinue)

        $articles.Count | Should -Be 1
        $articles[0].Outlet | Should -Be 'Sputnik'
        $failures.Count | Should -Be 5
        ($failures | Where-Object { "$($_.TargetObject)" -like '*huge.txt' }).CategoryInfo.Category | Should -Be 'LimitsExceeded'
        foreach ($failure in $failures) {
            $failure.CategoryInfo.Category.ToString() | Should -BeIn $ReadCategories
            $failure.FullyQualifiedErrorId | Should -BeLike '*,NewsTools.PowerShell.Commands.ImportArticleCommand'
            $failure.Exception.Message | Should -Not -BeNullOrEmpty
        }
        # Each error names its input.
        ($failures | ForEach-Object { Split-Path -Leaf ([string]$_.TargetObject) } | Sort-Object) | Should -Be @('empty.txt', 'folder', 'huge.txt', 'missing.txt', 'picture.png')
    }

    It 'reports a malformed wildcard pattern as that path''s error and reads the other paths' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        # A file to match against: the pattern is only parsed when a name is compared with it.
        $folder = Join-Path $TestDrive 'patterns'
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        Set-Content -LiteralPath (Join-Path $folder 'report2018.txt') -Value 'x'
        $bad = Join-Path $folder 'report[2018.txt'
        $articles = @(Import-Article -Path $bad, $SputnikSeed -ErrorVariable failures -ErrorAction SilentlyContinue)
        $articles.Count | Should -Be 1
        $failures.Count | Should -Be 1
        # Thrown by the globber (InvalidWildcardPattern) or wrapped by the provider (PathNotResolved): either way this path's error.
        $failures[0].FullyQualifiedErrorId | Should -Match '^(InvalidWildcardPattern|PathNotResolved|PathNotFound),'
        "$($failures[0].TargetObject)" | Should -Be $bad
    }

    It 'refuses paths outside the FileSystem provider' {
        $null = Import-Article -Path 'Env:PATH' -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'NotFileSystemPath,*'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }
}

Describe 'ConvertTo-Article' {
    It 'converts Get-Content -Raw text and keeps it unchanged' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $text = Get-Content -LiteralPath $SputnikSeed -Raw -Encoding UTF8
        $article = $text | ConvertTo-Article
        $article.PSObject.TypeNames | Should -Contain 'NewsTools.Articles.Article'
        $article.Outlet | Should -Be 'Sputnik'
        $article.Text | Should -BeExactly $text
    }

    It 'takes a web response''s Content and keeps its URL' {
        $html = '<html><head><title>Harbour fire</title><meta property="og:site_name" content="Coastal Herald"></head><body><article><h1>Harbour fire</h1><p>A fire broke out at the harbour on Monday, the fire service said.</p><p>"We had it under control within the hour," said chief officer Mara Lind.</p></article></body></html>'
        # The shape of Invoke-WebRequest's response on PowerShell 7: Content plus BaseResponse.RequestMessage.RequestUri.
        $response = [pscustomobject]@{
            Content      = $html
            BaseResponse = [pscustomobject]@{ RequestMessage = [pscustomobject]@{ RequestUri = [uri]'https://news.example/harbour-fire' } }
        }
        $article = $response | ConvertTo-Article -ReferenceDate 2018-01-28
        $article.Url | Should -Be 'https://news.example/harbour-fire'
        $article.Format | Should -Be 'Html'
        $article.Text | Should -Match 'under control'
        $article.Text | Should -Not -Match '<p>'
    }

    It 'keeps the language a page declares, shown in the list view and exported to CSV' {
        $html = '<html lang="nb-no"><head><title>Brann i havna</title></head><body><article><h1>Brann i havna</h1><p>A fire broke out at the harbour on Monday, the fire service said.</p><p>"We had it under control within the hour," said chief officer Mara Lind.</p></article></body></html>'
        $article = $html | ConvertTo-Article -ReferenceDate 2018-01-28
        $article.Language | Should -Be 'nb-NO'
        ($article | Format-List | Out-String) | Should -Match 'Language\s*:\s*nb-NO'
        ($article | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).Language | Should -Be 'nb-NO'
    }

    It 'takes the Windows PowerShell response shape too' {
        $response = [pscustomobject]@{ Content = '<html><body><p>Text of the story, long enough to be an article body.</p></body></html>'; BaseResponse = [pscustomobject]@{ ResponseUri = [uri]'https://news.example/a' } }
        ($response | ConvertTo-Article).Url | Should -Be 'https://news.example/a'
    }

    It 'keeps the URL of a response that came back from a job or remoting (deserialized)' {
        if (-not $IsCoreEdition) { Set-ItResult -Skipped -Because 'HttpResponseMessage is the PowerShell 7 response type'; return }
        $message = [System.Net.Http.HttpResponseMessage]::new(200)
        $message.RequestMessage = [System.Net.Http.HttpRequestMessage]::new('GET', 'https://news.example/harbour-fire')
        $response = [pscustomobject]@{ Content = '<html><body><p>Text of the story, long enough to be an article body.</p></body></html>'; BaseResponse = $message }
        # Depth 1 keeps the request message as its ToString() text, depth 2 keeps it as an object: both are what jobs send.
        foreach ($depth in 1, 2) {
            $deserialized = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($response, $depth))
            ($deserialized | ConvertTo-Article).Url | Should -Be 'https://news.example/harbour-fire' -Because "depth $depth"
        }
    }

    It 'refuses objects that are not text, and converts the rest' {
        $file = Get-Item -LiteralPath $PSCommandPath
        $articles = @($file, 'Plain text of a short article. It has two sentences.' | ConvertTo-Article -ErrorVariable failures -ErrorAction SilentlyContinue)
        $articles.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'NotArticleText,*'
    }

    It 'warns once when Get-Content sends lines instead of one text' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $null = Get-Content -LiteralPath $SputnikSeed | ConvertTo-Article -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        @($warnings).Count | Should -Be 1
        "$($warnings[0])" | Should -Match 'Get-Content -Raw'
        $null = Get-Content -LiteralPath $SputnikSeed -Raw | ConvertTo-Article -WarningVariable none -WarningAction SilentlyContinue
        @($none | Where-Object { "$_" -match 'line by line' }).Count | Should -Be 0
    }

    It 'feeds the analysis cmdlets' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $quotes = Get-Content -LiteralPath $SputnikSeed -Raw -Encoding UTF8 | ConvertTo-Article | Get-ArticleQuote
        $quotes | Should -Not -BeNullOrEmpty
    }
}
