# Issue #10: Compare-Coverage and Export-CoverageReport show progress through their long phases and stop within a second of
# Ctrl+C. A PowerShell instance in this process compares 300 copies of the seeds; the test waits until a phase that used to
# run seconds without looking at the token (statement alignment, the discrepancy search) is well under way and stops it
# there, as Ctrl+C would.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Module = Import-NewsToolsUnderTest

    # 300 files, the two seeds in turn: one big group with hundreds of copies of every sentence and quote.
    function New-SeedCopies([int] $Count) {
        $folder = Join-Path $TestDrive ("copies-" + [guid]::NewGuid().ToString('N').Substring(0, 6))
        New-Item -ItemType Directory -Path $folder | Out-Null
        $texts = @([System.IO.File]::ReadAllText($SputnikSeed), [System.IO.File]::ReadAllText($StraitsSeed))
        for ($i = 0; $i -lt $Count; $i++) {
            [System.IO.File]::WriteAllText((Join-Path $folder ('c{0:D4}.txt' -f $i)), $texts[$i % 2])
        }
        return $folder
    }

    # Waits (bounded) until the run reports the phase, at least the share $Part of its steps done ("12 of 40"); $true when it
    # got there still running.
    function Wait-Phase($Instance, $Async, [string] $Phase, [double] $Part) {
        $deadline = [DateTime]::UtcNow.AddMinutes(5)
        while (-not $Async.IsCompleted -and [DateTime]::UtcNow -lt $deadline) {
            $records = $Instance.Streams.Progress
            $count = $records.Count
            if ($count -gt 0) {
                $last = $records[$count - 1]
                $steps = $last.StatusDescription -split ' of '
                if ($last.CurrentOperation -eq $Phase -and $steps.Count -eq 2 -and [double]$steps[0] -ge $Part * [double]$steps[1]) { return $true }
            }
            Start-Sleep -Milliseconds 20
        }
        return $false
    }

    function Stop-Measured($Instance) {
        $watch = [System.Diagnostics.Stopwatch]::StartNew()
        $Instance.Stop()
        $watch.Stop()
        return $watch.Elapsed.TotalSeconds
    }
}

Describe 'Stopping a long comparison' {
    BeforeAll {
        if ($HasSeeds) { $script:Copies = New-SeedCopies 300 }
    }

    It 'Compare-Coverage reports its phases and stops within a second in the middle of the discrepancy search' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $instance = New-NewsToolsInstance
        try {
            $null = $instance.AddCommand('Compare-Coverage').AddParameter('Path', (Join-Path $Copies '*.txt'))
            $async = $instance.BeginInvoke()
            $underWay = Wait-Phase $instance $async 'Finding discrepancies' 0.2
            if ($async.IsCompleted) { Set-ItResult -Inconclusive -Because 'the comparison finished before it could be stopped'; return }
            $underWay | Should -BeTrue -Because 'the discrepancy search should have started within five minutes'
            $phases = @($instance.Streams.Progress | ForEach-Object CurrentOperation | Select-Object -Unique)
            foreach ($phase in 'Reading sentences', 'Finding quotes', 'Aligning statements', 'Aligning facts') { $phases | Should -Contain $phase }

            $seconds = Stop-Measured $instance

            $seconds | Should -BeLessThan 1
            $instance.InvocationStateInfo.State | Should -Be 'Stopped'
            $instance.Streams.Progress.Count | Should -BeGreaterOrEqual 400
        }
        finally {
            # Never dispose of a running instance: stop it first.
            if ($instance.InvocationStateInfo.State -eq 'Running') { $instance.Stop() }
            $instance.Dispose()
        }
    }

    It 'Export-CoverageReport stops within a second in the middle of aligning statements and writes no report' {
        if (-not $HasSeeds) { Set-ItResult -Skipped -Because $SeedsMissing; return }
        $report = Join-Path $TestDrive 'stopped-report.html'
        $instance = New-NewsToolsInstance
        try {
            $null = $instance.AddScript('param($Folder, $Report) Get-ChildItem -LiteralPath $Folder -File | Export-CoverageReport -Path $Report').AddArgument($Copies).AddArgument($report)
            $async = $instance.BeginInvoke()
            $underWay = Wait-Phase $instance $async 'Aligning statements' 0.3
            if ($async.IsCompleted) { Set-ItResult -Inconclusive -Because 'the report was done before it could be stopped'; return }
            $underWay | Should -BeTrue -Because 'statement alignment should have started within five minutes'

            $seconds = Stop-Measured $instance

            $seconds | Should -BeLessThan 1
            $instance.InvocationStateInfo.State | Should -Be 'Stopped'
            Test-Path -LiteralPath $report | Should -BeFalse
        }
        finally {
            if ($instance.InvocationStateInfo.State -eq 'Running') { $instance.Stop() }
            $instance.Dispose()
        }
    }
}
