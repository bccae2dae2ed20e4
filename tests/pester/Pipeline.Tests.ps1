# How the cmdlets behave as pipeline citizens: one progress bar, Ctrl+C through the cancellation token, and a real
# Invoke-WebRequest response (served once from the loopback address) converted by ConvertTo-Article.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Module = Import-NewsToolsUnderTest

    # A PowerShell instance in this process with the module loaded, to watch its streams or stop it.
    function New-ArticleFolder([int] $Count) {
        $folder = Join-Path $TestDrive ("many-$Count-" + [guid]::NewGuid().ToString('N').Substring(0, 6))
        New-Item -ItemType Directory -Path $folder | Out-Null
        $text = [System.IO.File]::ReadAllText($SputnikSeed)
        for ($i = 0; $i -lt $Count; $i++) {
            [System.IO.File]::WriteAllText((Join-Path $folder ('a{0:D5}.txt' -f $i)), $text)
        }
        return $folder
    }
}

Describe 'Progress' {
    It 'shows one progress bar with files done of total and the current file, then closes it' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $folder = New-ArticleFolder 5
        $instance = New-NewsToolsInstance
        try {
            $null = $instance.AddCommand('Import-Article').AddParameter('Path', (Join-Path $folder '*.txt'))
            $articles = $instance.Invoke()
            $articles.Count | Should -Be 5
            $records = @($instance.Streams.Progress | Where-Object Activity -eq 'Import-Article')
            $records.Count | Should -Be 6
            @($records.ActivityId | Select-Object -Unique).Count | Should -Be 1
            $working = @($records | Where-Object RecordType -eq 'Processing')
            $working.PercentComplete | Should -Be @(0, 20, 40, 60, 80)
            $working.StatusDescription | Should -Be @('0 of 5', '1 of 5', '2 of 5', '3 of 5', '4 of 5')
            ($working.CurrentOperation | Sort-Object) | Should -Be (Get-ChildItem -LiteralPath $folder -File | Sort-Object Name).FullName
            $records[-1].RecordType | Should -Be 'Completed'
        }
        finally {
            $instance.Dispose()
        }
    }
}

Describe 'Progress with piped paths' {
    It 'counts files done when the paths arrive one record at a time' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $first = New-ArticleFolder 3
        $second = New-ArticleFolder 2
        $instance = New-NewsToolsInstance
        try {
            $null = $instance.AddCommand('Import-Article')
            $articles = $instance.Invoke(@((Join-Path $first '*.txt'), (Join-Path $second '*.txt')))
            $articles.Count | Should -Be 5
            $working = @($instance.Streams.Progress | Where-Object { $_.Activity -eq 'Import-Article' -and $_.RecordType -eq 'Processing' })
            $working.StatusDescription | Should -Be @('0 done', '1 done', '2 done', '3 done', '4 done')
            $working.PercentComplete | ForEach-Object { $_ | Should -Be -1 }
        }
        finally {
            $instance.Dispose()
        }
    }
}

Describe 'Cancellation' {
    It 'stops a long run at once when the pipeline is stopped' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $folder = New-ArticleFolder 3000
        $instance = New-NewsToolsInstance
        try {
            $null = $instance.AddCommand('Get-ArticleQuote').AddParameter('Path', (Join-Path $folder '*.txt'))
            $async = $instance.BeginInvoke()
            # Each file read writes a progress record: wait until the run is well under way.
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while ($instance.Streams.Progress.Count -lt 20 -and -not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
            if ($async.IsCompleted) { Set-ItResult -Inconclusive -Because 'the run finished before it could be stopped'; return }
            $instance.Streams.Progress.Count | Should -BeGreaterOrEqual 20 -Because 'the run should have started'

            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $instance.Stop()
            $watch.Stop()

            $watch.Elapsed.TotalSeconds | Should -BeLessThan 5
            $instance.InvocationStateInfo.State | Should -Be 'Stopped'
            $started = $instance.Streams.Progress.Count
            Start-Sleep -Milliseconds 300
            $instance.Streams.Progress.Count | Should -Be $started -Because 'nothing runs after the stop'
            $started | Should -BeLessThan 3000
        }
        finally {
            $instance.Dispose()
        }
    }
}

Describe 'ConvertTo-Article with Invoke-WebRequest' {
    It 'parses a served page and keeps its URL' {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start()
        $port = $probe.LocalEndpoint.Port
        $probe.Stop()
        $url = "http://127.0.0.1:$port/news/harbour-fire.html"
        $html = '<html><head><title>Harbour fire</title><meta property="og:site_name" content="Coastal Herald"></head><body><nav>Home | World</nav><article><h1>Harbour fire</h1><p>A fire broke out at the harbour on Monday, the fire service said.</p><p>"We had it under control within the hour," said chief officer Mara Lind.</p></article><script>var x = 1;</script></body></html>'

        $listener = [System.Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/")
        try { $listener.Start() } catch { Set-ItResult -Skipped -Because "no HTTP listener on the loopback address: $_"; return }
        # Serves exactly one request, then ends.
        $server = [powershell]::Create().AddScript({
                param($Listener, $Html)
                $context = $Listener.GetContext()
                $bytes = [System.Text.Encoding]::UTF8.GetBytes($Html)
                $context.Response.ContentType = 'text/html; charset=utf-8'
                $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
                $context.Response.Close()
            }).AddArgument($listener).AddArgument($html)
        $served = $server.BeginInvoke()
        try {
            $request = @{ Uri = $url; UseBasicParsing = $true; TimeoutSec = 20 }
            if ($IsCoreEdition) { $request.NoProxy = $true }
            $article = Invoke-WebRequest @request | ConvertTo-Article
            $article.PSObject.TypeNames | Should -Contain 'NewsTools.Articles.Article'
            $article.Url | Should -Be $url
            $article.Format | Should -Be 'Html'
            $article.Text | Should -Match 'under control within the hour'
            $article.Text | Should -Not -Match 'var x'
        }
        finally {
            $listener.Stop()
            $null = $served.AsyncWaitHandle.WaitOne(5000)
            $server.Dispose()
            $listener.Close()
        }
    }
}

Describe 'Progress of the cmdlets that work on the whole input' {
    It '<Command> shows its phases under one progress bar, then closes it' -ForEach @(
        @{ Command = 'Compare-Coverage'; Phase = 'Reading sentences' }
        @{ Command = 'Export-CoverageReport'; Phase = 'Reading sentences' }
        @{ Command = 'Group-ArticleEvent'; Phase = $null }
        @{ Command = 'ConvertTo-EventTimeline'; Phase = $null }
    ) {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $instance = New-NewsToolsInstance
        try {
            if ($Command -eq 'Export-CoverageReport') {
                $null = $instance.AddCommand($Command).AddParameter('ArticlePath', @($SputnikSeed, $StraitsSeed)).AddParameter('Path', (Join-Path $TestDrive 'progress.html'))
            } else {
                $null = $instance.AddCommand($Command).AddParameter('LiteralPath', @($SputnikSeed, $StraitsSeed))
            }
            $null = $instance.Invoke()
            $instance.HadErrors | Should -BeFalse
            $records = @($instance.Streams.Progress | Where-Object Activity -eq $Command)
            $records | Should -Not -BeNullOrEmpty
            @($records.ActivityId | Select-Object -Unique).Count | Should -Be 1
            if ($Phase) {
                @($records | Where-Object RecordType -eq 'Processing' | ForEach-Object CurrentOperation) | Should -Contain $Phase
            }
            $records[-1].RecordType | Should -Be 'Completed' -Because 'the bar closes after the last phase, not before it'
        }
        finally {
            $instance.Dispose()
        }
    }
}
