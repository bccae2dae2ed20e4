# Issue #15: -ThrottleLimit spreads files over threads; what is written (objects, order, errors) stays that of one thread.
# Every article is generated here, in $TestDrive.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Module = Import-NewsToolsUnderTest

    # Each article differs (speaker, numbers, dates), so a result written out of order changes the sequence compared.
    function New-GeneratedFolder([int] $Count) {
        $folder = Join-Path $TestDrive ("generated-$Count-" + [guid]::NewGuid().ToString('N').Substring(0, 6))
        New-Item -ItemType Directory -Path $folder | Out-Null
        $speakers = 'Elena Varga', 'Tomas Berg', 'Ada Lind', 'Omar Haddad', 'Ines Costa'
        for ($i = 0; $i -lt $Count; $i++) {
            $speaker = $speakers[$i % $speakers.Count]
            $day = ($i % 27) + 1
            $text = "Council approves plan $i`n`n" +
                "LONDON, March $day, 2024 - The council approved plan $i on Tuesday after a debate of $($i + 2) hours.`n`n" +
                "`"We will build $i new bridges by next year,`" $speaker, the mayor, said on Wednesday.`n`n" +
                "$speaker said the work would start in April and cost $($i * 3) million pounds.`n`n" +
                "`"Nobody expected this,`" said a resident. Two days ago the plan looked lost.`n"
            [System.IO.File]::WriteAllText((Join-Path $folder ('a{0:D3}.txt' -f $i)), $text)
        }
        return $folder
    }

    # One line of JSON per object, in the order written: Compare-Object -SyncWindow 0 then compares position by position.
    function ConvertTo-Lines([object[]] $Objects) {
        @($Objects | ForEach-Object { $_ | Select-Object -Property * | ConvertTo-Json -Compress -Depth 2 })
    }

    $script:Folder = New-GeneratedFolder 40
}

Describe '-ThrottleLimit' {
    It 'gives <Cmdlet> the same objects in the same order with 1 and 2 threads' -TestCases @(
        @{ Cmdlet = 'Get-ArticleQuote' }
        @{ Cmdlet = 'Get-TimeExpression' }
        @{ Cmdlet = 'Import-Article' }
    ) {
        $one = ConvertTo-Lines (& $Cmdlet -Path (Join-Path $Folder '*.txt') -ThrottleLimit 1)
        $two = ConvertTo-Lines (& $Cmdlet -Path (Join-Path $Folder '*.txt') -ThrottleLimit 2)
        $one.Count | Should -BeGreaterOrEqual 40
        $two.Count | Should -Be $one.Count
        Compare-Object $one $two -SyncWindow 0 | Should -BeNullOrEmpty
    }

    It 'gives the same quotes in the same order for piped files (Get-ChildItem | Get-ArticleQuote)' {
        $one = ConvertTo-Lines (Get-ChildItem -Path $Folder -File | Get-ArticleQuote -ThrottleLimit 1)
        $two = ConvertTo-Lines (Get-ChildItem -Path $Folder -File | Get-ArticleQuote -ThrottleLimit 2)
        $one.Count | Should -BeGreaterOrEqual 40
        $two.Count | Should -Be $one.Count
        Compare-Object $one $two -SyncWindow 0 | Should -BeNullOrEmpty
    }

    It 'gives the same articles in the same order for piped paths (strings into Import-Article)' {
        $paths = @(Get-ChildItem -Path $Folder -File | ForEach-Object FullName)
        $one = @($paths | Import-Article -ThrottleLimit 1 | ForEach-Object Path)
        $two = @($paths | Import-Article -ThrottleLimit 2 | ForEach-Object Path)
        $two | Should -Be $paths
        $one | Should -Be $paths
    }

    It 'writes the error of a bad file among the others, naming it, and goes on with the rest' {
        $folder = New-GeneratedFolder 12
        $bad = Join-Path $folder 'a005b.txt'
        [System.IO.File]::WriteAllBytes($bad, [byte[]] @(0x62, 0x61, 0x64, 0x00, 0x62, 0x61, 0x64))
        $quotes = @(Get-ArticleQuote -Path (Join-Path $folder '*.txt') -ThrottleLimit 2 -ErrorVariable failures -ErrorAction SilentlyContinue)
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'BinaryFile,*'
        $failures[0].TargetObject | Should -Be $bad
        "$($failures[0])" | Should -Match ([regex]::Escape($bad)) -Because "the error names the file"
        $expected = @(Get-ArticleQuote -Path (Join-Path $folder 'a0[0-9][0-9].txt') -ThrottleLimit 1)
        $quotes.Count | Should -Be $expected.Count
        Compare-Object (ConvertTo-Lines $quotes) (ConvertTo-Lines $expected) -SyncWindow 0 | Should -BeNullOrEmpty
    }

    It 'writes the errors and results of each file in input order' {
        $folder = New-GeneratedFolder 6
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'a002b.txt'), [byte[]] @(0x00))
        [System.IO.File]::WriteAllBytes((Join-Path $folder 'a004b.txt'), [byte[]] @(0x00))
        $instance = New-NewsToolsInstance
        try {
            # Errors merged into the output stream, so one stream shows what came first.
            $null = $instance.AddScript("Import-Article -Path '$(Join-Path $folder '*.txt')' -ThrottleLimit 2 2>&1 | ForEach-Object { if (`$_ -is [System.Management.Automation.ErrorRecord]) { 'error ' + (Split-Path -Leaf `$_.TargetObject) } else { 'article ' + (Split-Path -Leaf `$_.Path) } }")
            $lines = @($instance.Invoke())
            $lines | Should -Be @('article a000.txt', 'article a001.txt', 'article a002.txt', 'error a002b.txt', 'article a003.txt', 'article a004.txt', 'error a004b.txt', 'article a005.txt')
        }
        finally {
            $instance.Dispose()
        }
    }

    It 'stops within 2 seconds when the pipeline is stopped under -ThrottleLimit 2' {
        $folder = New-GeneratedFolder 3000
        $instance = New-NewsToolsInstance
        try {
            $null = $instance.AddCommand('Get-ArticleQuote').AddParameter('Path', (Join-Path $folder '*.txt')).AddParameter('ThrottleLimit', 2)
            $async = $instance.BeginInvoke()
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while ($instance.Streams.Progress.Count -lt 20 -and -not $async.IsCompleted -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 20 }
            if ($async.IsCompleted) { Set-ItResult -Inconclusive -Because 'the run finished before it could be stopped'; return }

            $watch = [System.Diagnostics.Stopwatch]::StartNew()
            $instance.Stop()
            $watch.Stop()

            $watch.Elapsed.TotalSeconds | Should -BeLessThan 2
            $instance.InvocationStateInfo.State | Should -Be 'Stopped'
            $started = $instance.Streams.Progress.Count
            Start-Sleep -Milliseconds 300
            $instance.Streams.Progress.Count | Should -Be $started -Because 'nothing is written after the stop'
            $started | Should -BeLessThan 3000
        }
        finally {
            $instance.Dispose()
        }
    }

    It 'writes the quotes of piped files while later files are still coming, in input order' {
        # A slow producer (a watcher, a feed): its first files' quotes should not wait for the end of the input (nor for
        # 64 files to arrive, as they once did), and with -ThrottleLimit 1 or 2 the same quotes come in the same order.
        $files = @(Get-ChildItem -Path $Folder -File | Sort-Object Name | Select-Object -First 4)
        $log = [System.Collections.Generic.List[string]]::new()
        & { foreach ($file in $files) { $log.Add('in ' + $file.BaseName); $file; Start-Sleep -Milliseconds 400 } } |
            Get-ArticleQuote -ThrottleLimit 2 |
            ForEach-Object { $log.Add('out ' + $_.ArticleId) }
        $firstOut = $log.IndexOf('out ' + $files[0].BaseName)
        $firstOut | Should -BeGreaterThan 0 -Because 'the first file has quotes'
        $firstOut | Should -BeLessThan $log.IndexOf('in ' + $files[-1].BaseName) -Because "the first file's quotes are written before the last file arrives: $($log -join ', ')"
        $outs = @($log | Where-Object { $_ -like 'out *' })
        $one = @($files | Get-ArticleQuote -ThrottleLimit 1 | ForEach-Object { 'out ' + $_.ArticleId })
        $outs | Should -Be $one
    }

    It 'refuses 0 threads' {
        { Get-ArticleQuote -Path (Join-Path $Folder '*.txt') -ThrottleLimit 0 -ErrorAction Stop } | Should -Throw -ErrorId 'ParameterArgumentValidationError,*'
    }
}
