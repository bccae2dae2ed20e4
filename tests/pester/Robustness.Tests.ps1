# Issue #16 on the cmdlet side: bad input is one named, non-terminating error (or a warning), and the pipeline goes on.
# Every input is generated here, in $TestDrive.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:Story = "Prices rise`n`nThe baker raised prices on Monday, the owner said.`n"

    # windows-1251 by hand (ASCII as is, U+0410..U+044F at 0xC0..0xFF), so the test needs no code-page provider of its own.
    function ConvertTo-Windows1251([string] $Text) {
        [byte[]] @($Text.ToCharArray() | ForEach-Object { if ([int]$_ -ge 0x410 -and [int]$_ -le 0x44F) { [int]$_ - 0x350 } else { [int]$_ } })
    }
    # A Russian headline ("Fire in the port") and sentence ("A fire broke out in the port on Monday, the fire service said."), as code points: this file stays ASCII.
    $script:CyrillicTitle = -join [char[]] @(0x41F, 0x43E, 0x436, 0x430, 0x440, 0x20, 0x432, 0x20, 0x43F, 0x43E, 0x440, 0x442, 0x443)
    $script:CyrillicSentence = -join [char[]] @(0x41F, 0x43E, 0x436, 0x430, 0x440, 0x20, 0x432, 0x441, 0x43F, 0x44B, 0x445, 0x43D, 0x443, 0x43B, 0x20, 0x432, 0x20, 0x43F, 0x43E, 0x440, 0x442, 0x443, 0x20, 0x432, 0x20, 0x43F, 0x43E, 0x43D, 0x435, 0x434, 0x435, 0x43B, 0x44C, 0x43D, 0x438, 0x43A, 0x2C, 0x20, 0x441, 0x43E, 0x43E, 0x431, 0x449, 0x438, 0x43B, 0x430, 0x20, 0x43F, 0x43E, 0x436, 0x430, 0x440, 0x43D, 0x430, 0x44F, 0x20, 0x441, 0x43B, 0x443, 0x436, 0x431, 0x430, 0x2E)
    $script:CyrillicHtml = "<html><head><title>$CyrillicTitle</title></head><body><article><h1>$CyrillicTitle</h1><p>$CyrillicSentence</p></article></body></html>"
}

Describe 'Robustness of the cmdlets' {
    It 'names the file, line and key of a ~ in a config file, in plain words (item 2)' {
        foreach ($yaml in 'outlets: ~', 'speakers: [~]', "outlets:`n  - name: null", 'metonyms: {Paris: ~}', 'boilerplate: [~]') {
            $bad = Join-Path $TestDrive 'null.yaml'
            Set-Content -LiteralPath $bad -Value $yaml -Encoding UTF8
            $failure = $null
            try { $Story | Get-ArticleQuote -ConfigPath $bad -ErrorAction Stop } catch { $failure = $_ }
            $failure | Should -Not -BeNullOrEmpty -Because $yaml
            $failure.FullyQualifiedErrorId | Should -BeLike 'ConfigInvalid,*'
            $failure.Exception.Message | Should -Match ([regex]::Escape($bad))
            $failure.Exception.Message | Should -Match 'line \d+, column \d+: .*(empty|~)'
            $failure.Exception.Message | Should -Not -Match 'NullReference|System\.|NewsTools\.'
        }
    }

    It 'refuses a FIFO at once instead of waiting on it (item 3)' {
        if ($IsWindows -or -not (Get-Command mkfifo -ErrorAction SilentlyContinue)) { Set-ItResult -Skipped -Because 'needs mkfifo'; return }
        $fifo = Join-Path $TestDrive 'pipe.txt'
        & mkfifo $fifo
        $good = Join-Path $TestDrive 'good.txt'
        Set-Content -LiteralPath $good -Value $Story -Encoding UTF8
        $job = Start-ThreadJob { param($f, $g) Import-Article -LiteralPath $f, $g -ErrorVariable e -ErrorAction SilentlyContinue; $e } -ArgumentList $fifo, $good
        $done = Wait-Job $job -Timeout 60
        $done | Should -Not -BeNullOrEmpty -Because 'reading a FIFO must not block'
        $out = Receive-Job $job
        Remove-Job $job -Force
        @($out | Where-Object { $_.PSObject.TypeNames -contains 'NewsTools.Articles.Article' }).Count | Should -Be 1
        ($out | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Exception.Message | Should -Match 'not a regular file'
    }

    It 'reads a file as Set-Content wrote it with -Encoding <Encoding>' -TestCases @(
        @{ Encoding = 'UTF8' }, @{ Encoding = 'Unicode' }, @{ Encoding = 'BigEndianUnicode' }, @{ Encoding = 'UTF32' }, @{ Encoding = 'BigEndianUTF32' }
    ) {
        param($Encoding)
        # Names both Windows PowerShell 5.1 and PowerShell 7 take; the text has a curly quote and an accent, which only a right decoding keeps.
        $text = "Prices rise`n`n$([char]0x201C)The caf$([char]0x00E9) stays open,$([char]0x201D) Ann Lee said on Monday.`n"
        $path = Join-Path $TestDrive "set-content-$Encoding.txt"
        Set-Content -LiteralPath $path -Value $text -Encoding $Encoding -NoNewline
        $article = Import-Article -LiteralPath $path -ErrorAction Stop
        $article.Text | Should -BeExactly $text
        $quote = $article | Get-ArticleQuote
        $quote.Speaker | Should -Be 'Ann Lee'
        $quote.Text | Should -BeExactly "The caf$([char]0x00E9) stays open"
    }

    It 'keeps UTF-8 with one stray byte and warns (item 10)' {
        $bytes = [System.Collections.Generic.List[byte]]::new([System.Text.Encoding]::UTF8.GetBytes("Talks resume`n`n$([char]0x201C)We are ready,$([char]0x201D) the minister said on Monday.`n"))
        $bytes.Insert(25, 0xFF)
        $path = Join-Path $TestDrive 'stray.txt'
        [System.IO.File]::WriteAllBytes($path, $bytes.ToArray())
        $article = Import-Article -LiteralPath $path -WarningVariable warnings -WarningAction SilentlyContinue
        $article.Text | Should -Match ([char]0x201C)
        $article.Text | Should -Not -Match ([regex]::Escape("$([char]0x00E2)$([char]0x20AC)"))
        ($warnings -join "`n") | Should -Match 'not valid UTF-8'
    }

    It 'keeps the paragraphs of CR-only text (item 11)' {
        $text = "Harbour bridge to reopen`r`r" + ((1..6 | ForEach-Object { "Paragraph $_ says what happened on day $_." }) -join "`r`r")
        $article = $text | ConvertTo-Article
        $article.Title | Should -Be 'Harbour bridge to reopen'
        @($article.Paragraphs | Where-Object Kind -eq 'Body').Count | Should -Be 6
    }

    It 'refuses NUL anywhere in a file and goes on with the next (item 12)' {
        $nul = Join-Path $TestDrive 'nul.txt'
        [System.IO.File]::WriteAllBytes($nul, [System.Text.Encoding]::UTF8.GetBytes("Prices rise`n`n" + ('x' * 20000) + "`0 end.`n"))
        $good = Join-Path $TestDrive 'ok.txt'
        Set-Content -LiteralPath $good -Value $Story -Encoding UTF8
        $articles = @(Import-Article -LiteralPath $nul, $good -ErrorVariable errors -ErrorAction SilentlyContinue)
        $articles.Count | Should -Be 1
        $errors[0].FullyQualifiedErrorId | Should -BeLike 'BinaryFile,*'
        $errors[0].Exception.Message | Should -Match 'NUL'
    }

    It 'goes on after a text with a lone surrogate (item 1)' {
        $texts = @($Story, "Bad $([char]0xD800) text said nothing.", 'Ann Lee said "we are ready" on Monday.')
        $quotes = @($texts | Get-ArticleQuote -ErrorAction SilentlyContinue)
        $quotes.Speaker | Should -Contain 'Ann Lee'
    }

    It 'keeps the day of a published time written with an offset (item 16)' {
        $html = '<html><head><meta property="article:published_time" content="2024-03-12T23:30:00-05:00"></head><body><article><p>The talks ended yesterday, officials said.</p><p>They resume next week.</p></article></body></html>'
        ($html | ConvertTo-Article).ReferenceDate | Should -Be ([datetime]'2024-03-12')
    }

    It 'decodes a web response with the charset of its Content-Type header (item 10)' {
        $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $probe.Start()
        $port = $probe.LocalEndpoint.Port
        $probe.Stop()
        $url = "http://127.0.0.1:$port/news/pozhar.html"
        $listener = [System.Net.HttpListener]::new()
        $listener.Prefixes.Add("http://127.0.0.1:$port/")
        try { $listener.Start() } catch { Set-ItResult -Skipped -Because "no HTTP listener on the loopback address: $_"; return }
        # Serves exactly one request (windows-1251 bytes, no <meta charset>), then ends.
        $server = [powershell]::Create().AddScript({
                param($Listener, $Bytes)
                $context = $Listener.GetContext()
                $context.Response.ContentType = 'text/html; charset=windows-1251'
                $context.Response.OutputStream.Write($Bytes, 0, $Bytes.Length)
                $context.Response.Close()
            }).AddArgument($listener).AddArgument((ConvertTo-Windows1251 $CyrillicHtml))
        $served = $server.BeginInvoke()
        try {
            $request = @{ Uri = $url; UseBasicParsing = $true; TimeoutSec = 20 }
            if ($IsCoreEdition) { $request.NoProxy = $true }
            $article = Invoke-WebRequest @request | ConvertTo-Article -ReferenceDate 2024-03-11
            $article.Url | Should -Be $url
            $article.Text | Should -Match ([regex]::Escape($CyrillicSentence))
        }
        finally {
            $listener.Stop()
            $null = $served.AsyncWaitHandle.WaitOne(5000)
            $server.Dispose()
            $listener.Close()
        }
    }

    It 'takes a response''s raw bytes and declared charset over its decoded Content (item 10)' {
        $response = [pscustomobject]@{
            Content          = 'mis-decoded'
            RawContentStream = [System.IO.MemoryStream]::new([byte[]](ConvertTo-Windows1251 $CyrillicHtml))
            Headers          = @{ 'Content-Type' = [string[]] @('text/html; charset="windows-1251"') }
        }
        $article = $response | ConvertTo-Article
        $article.Text | Should -Match ([regex]::Escape($CyrillicSentence))
        $article.Text | Should -Not -Match 'mis-decoded'
    }

    It 'keeps an existing report when no input is a valid article (item 17)' {
        $report = Join-Path $TestDrive 'earlier.html'
        Set-Content -LiteralPath $report -Value '<html>earlier report</html>'
        $empty = Join-Path $TestDrive 'empty.txt'
        Set-Content -LiteralPath $empty -Value '' -NoNewline
        $binary = Join-Path $TestDrive 'binary.txt'
        [System.IO.File]::WriteAllBytes($binary, [byte[]] @(0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x00, 0x01))
        Get-Item -LiteralPath $empty, $binary | Export-CoverageReport -Path $report -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue
        @($failures).Count | Should -Be 2
        (Get-Content -LiteralPath $report -Raw) | Should -Match 'earlier report'
        ($warnings -join ' ') | Should -Match 'no report was written'
    }

    It 'stops inside one long article within two seconds (item 9)' {
        # One article of about 12 MB (under the 16 MB limit): short quoted paragraphs, so the time goes in the per-paragraph
        # and per-sentence loops of one article, not between articles.
        $builder = [System.Text.StringBuilder]::new("Budget talks`n`n")
        for ($i = 0; $builder.Length -lt 12MB; $i++) {
            $null = $builder.Append("Mayor Ann Lee said `"the budget for ward $i holds`" on Monday. The council met again on Tuesday, officials said.`n`n")
        }
        $long = Join-Path $TestDrive 'long.txt'
        [System.IO.File]::WriteAllText($long, $builder.ToString())
        $builder = $null
        # Read here, so that the stopped run is the quote extraction of the one article (seconds long), not its reading.
        $article = Import-Article -LiteralPath $long -ReferenceDate 2024-03-11

        $instance = New-NewsToolsInstance
        $null = $instance.AddCommand('Get-ArticleQuote').AddParameter('InputObject', $article)
        try {
            $async = $instance.BeginInvoke()
            # A quarter of a second in: the extraction of this one article takes about a second in a fresh runspace.
            Start-Sleep -Milliseconds 250
            if ($async.IsCompleted) { Set-ItResult -Inconclusive -Because 'the article was done before it could be stopped'; return }

            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $instance.Stop()
            $watch.Stop()

            $watch.Elapsed.TotalSeconds | Should -BeLessThan 2
            $instance.InvocationStateInfo.State | Should -Be 'Stopped'
        }
        finally {
            # Never dispose of a running instance: stop it first.
            if ($instance.InvocationStateInfo.State -eq 'Running') { $instance.Stop() }
            $instance.Dispose()
        }
    }
}
