BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest

    # A feed file written for these tests: two entries, offsets that are not UTC.
    $script:FeedFile = Join-Path $TestDrive 'harbour.xml'
    Set-Content -LiteralPath $FeedFile -Encoding UTF8 -Value @'
<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbour.example/</link><description>News</description>
<item><title>Bridge reopens</title><link>https://harbour.example/bridge</link><pubDate>Tue, 12 Mar 2024 09:30:00 +0100</pubDate><description>&lt;p&gt;The bridge &lt;b&gt;reopened&lt;/b&gt;.&lt;/p&gt;</description></item>
<item><title>Orchards count frost damage</title><link>https://harbour.example/frost</link><pubDate>Thu, 14 Mar 2024 06:15:00 -0500</pubDate><description>Growers count the cost.</description></item>
</channel></rss>
'@

    # A bounded HTTP server on 127.0.0.1 in a background runspace: serves /story, answers 404 for anything else, stops
    # after a few requests or when the tests end.
    function Start-LocalServer([string] $Body, [int] $MaxRequests = 5) {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
        $listener = [System.Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/")
        $listener.Start()
        $ps = [powershell]::Create()
        $null = $ps.AddScript({
            param($listener, $body, $max)
            for ($i = 0; $i -lt $max -and $listener.IsListening; $i++) {
                $context = $listener.GetContext()
                $bytes = [System.Text.Encoding]::UTF8.GetBytes($body)
                $context.Response.StatusCode = if ($context.Request.Url.AbsolutePath -eq '/story') { 200 } else { 404 }
                $context.Response.ContentType = 'text/plain; charset=utf-8'
                $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
                $context.Response.Close()
            }
        }).AddArgument($listener).AddArgument($Body).AddArgument($MaxRequests)
        $null = $ps.BeginInvoke()
        [pscustomobject]@{ Url = "http://127.0.0.1:$port/"; Listener = $listener; Shell = $ps }
    }

    function Stop-LocalServer($Server) {
        $Server.Listener.Stop(); $Server.Listener.Close(); $Server.Shell.Dispose()
    }
}

Describe 'Get-NewsFeed' {
    It 'reads a feed into items with title, link, published time with its offset, and summary' {
        $items = @(Get-NewsFeed $FeedFile)
        $items.Count | Should -Be 2
        $items[0].PSObject.TypeNames | Should -Contain 'NewsTools.Feeds.FeedItem'
        $items[0].Title | Should -Be 'Bridge reopens'
        $items[0].Link | Should -Be 'https://harbour.example/bridge'
        $items[0].Published.Offset | Should -Be ([TimeSpan]::FromHours(1))
        $items[1].Published.Offset | Should -Be ([TimeSpan]::FromHours(-5))
        $items[0].Summary | Should -Be 'The bridge reopened .'
        (Get-NewsFeed $FeedFile | Format-Table | Out-String) | Should -Match 'Bridge reopens'
    }

    It 'reports a missing feed as a non-terminating error naming it, and reads the others' {
        $items = @(Get-NewsFeed (Join-Path $TestDrive 'nope.xml'), $FeedFile -ErrorVariable failures -ErrorAction SilentlyContinue)
        $items.Count | Should -Be 2
        $failures.Count | Should -Be 1
        $failures[0].Exception.Message | Should -Not -BeNullOrEmpty
        $failures[0].TargetObject | Should -Match 'nope.xml'
    }
}

Describe 'Export-NewsArchive, Get-NewsArchive and Compare-NewsArchive' {
    BeforeAll {
        $script:Db = Join-Path $TestDrive 'news.db'
    }

    It 'stores each sample article once, and a second run stores nothing again' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ not found'; return }
        $script:RunStart = Get-Date
        $first = @($SampleFiles | Import-Article -ConfigPath $SampleConfig | Export-NewsArchive -Path $Db -ConfigPath $SampleConfig)
        $second = @($SampleFiles | Import-Article -ConfigPath $SampleConfig | Export-NewsArchive -Path $Db -ConfigPath $SampleConfig)
        $first.Count | Should -Be $SampleFiles.Count
        $first.Status | Sort-Object -Unique | Should -Be 'Added'
        $second.Status | Sort-Object -Unique | Should -Be 'Unchanged'
        $first[0].PSObject.TypeNames | Should -Contain 'NewsTools.Archive.ArchiveEntry'
        @(Get-NewsArchive $Db -Kind Revision).Count | Should -Be $SampleFiles.Count
    }

    It 'gives back the stored objects as the other cmdlets write them, filtered by speaker and outlet' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ not found'; return }
        $articles = @(Get-NewsArchive -Path $Db)
        $articles[0].PSObject.TypeNames | Should -Contain 'NewsTools.Articles.Article'
        $quotes = @(Get-NewsArchive $Db -Speaker 'elena varga')
        $quotes.Count | Should -BeGreaterThan 0
        $quotes | ForEach-Object { $_.Speaker | Should -Be 'Elena Varga'; $_.PSObject.TypeNames | Should -Contain 'NewsTools.Quotes.Quote' }
        $live = @(Get-ArticleQuote -LiteralPath ($SampleFiles | Where-Object Name -like 'harbour*').FullName -Speaker 'Elena Varga' -ConfigPath $SampleConfig)
        @($quotes | Where-Object ArticleId -like 'harbour*').Text | Should -Be $live.Text
        @(Get-NewsArchive $Db -Outlet 'Coastal*' -Kind TimelineEvent) | ForEach-Object { $_.Outlets | Should -Contain 'Coastal Wire' }
        $events = @(Get-NewsArchive $Db -Kind Event)
        ($events | Where-Object { $_.Outlets -contains 'Coastal Wire' }).Outlets | Should -Contain 'The Harbour Gazette'
        # The stored articles go on down the pipeline like imported ones.
        @(Get-NewsArchive $Db -Outlet 'Valley Times' | Get-TimeExpression).Count | Should -BeGreaterThan 0
    }

    It 'says what changed since a time, as objects and as an HTML report' {
        if (-not $HasSamples) { Set-ItResult -Skipped -Because 'samples/ not found'; return }
        $report = Join-Path $TestDrive 'changes.html'
        $changes = @(Compare-NewsArchive -Path $Db -Since $RunStart -ReportPath $report)
        $changes.Kind | Should -Contain 'NewEvent'
        $changes.Kind | Should -Contain 'NewStatement'
        $changes[0].PSObject.TypeNames | Should -Contain 'NewsTools.Archive.ArchiveChange'
        Get-Content -LiteralPath $report -Raw | Should -Match 'What changed since'
        @(Compare-NewsArchive $Db -Since (Get-Date).AddMinutes(5)).Count | Should -Be 0
    }

    It 'stops with an error naming the archive when it is not an archive' {
        $bad = Join-Path $TestDrive 'not-a-db.db'
        Set-Content -LiteralPath $bad -Value ('this is plain text and not a SQLite database at all ' * 4)
        { Get-NewsArchive -Path $bad -ErrorAction Stop } | Should -Throw -ExpectedMessage '*not a NewsTools archive*'
    }
}

Describe 'Import-Article -Uri and Export-NewsArchive -Uri' {
    It 'fetches a page from a local server, keeps its URL, and reports a 404 naming the URL and status' {
        $body = Get-Content -LiteralPath (Join-Path $RepoRoot 'samples/valley-times-2024-03-14-orchard.txt') -Raw
        $server = Start-LocalServer -Body $body
        try {
            $article = Import-Article -Uri ($server.Url + 'story') -ConfigPath $SampleConfig
            $article.Url | Should -Be ($server.Url + 'story')
            $article.Outlet | Should -Be 'Valley Times'
            $missing = @(Import-Article -Uri ($server.Url + 'gone') -ErrorVariable failures -ErrorAction SilentlyContinue)
            $missing.Count | Should -Be 0
            $failures[0].Exception.Message | Should -Match '404'
            $failures[0].TargetObject | Should -Be ($server.Url + 'gone')
            $db = Join-Path $TestDrive 'web.db'
            $entry = [pscustomobject]@{ Link = $server.Url + 'story' } | Export-NewsArchive -Path $db -ConfigPath $SampleConfig
            $entry.Status | Should -Be 'Added'
            $entry.Url | Should -Be ($server.Url + 'story')
        }
        finally {
            Stop-LocalServer $server
        }
    }
}
