BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Module = Import-NewsToolsUnderTest
}

Describe 'The built module' {
    It 'is imported from out/NewsTools with its manifest' {
        $Module.Name | Should -Be 'NewsTools'
        $Module.ModuleType | Should -Be 'Binary'
        Test-Path -LiteralPath (Join-Path $Module.ModuleBase 'NewsTools.psd1') | Should -BeTrue
    }

    It 'exports exactly the cmdlets the manifest lists' {
        $manifest = Import-PowerShellDataFile -LiteralPath (Join-Path $Module.ModuleBase 'NewsTools.psd1')
        $exported = (Get-Command -Module NewsTools).Name | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        (Get-Command -Module NewsTools -CommandType Function, Alias) | Should -BeNullOrEmpty
    }

    It 'declares both editions and the Gallery metadata' {
        $Module.CompatiblePSEditions | Should -Contain 'Desktop'
        $Module.CompatiblePSEditions | Should -Contain 'Core'
        $Module.PowerShellVersion | Should -Be ([version]'5.1')
        $Module.Tags | Should -Contain 'PSEdition_Core'
        $Module.Tags | Should -Contain 'PSEdition_Desktop'
        $Module.ProjectUri | Should -Not -BeNullOrEmpty
        $Module.LicenseUri | Should -Not -BeNullOrEmpty
        $Module.Author | Should -Not -BeNullOrEmpty
        $Module.Description | Should -Not -BeNullOrEmpty
    }

    It 'keeps NewsTools.Core and third-party assemblies in Dependencies' {
        $deps = Join-Path $Module.ModuleBase 'Dependencies'
        foreach ($name in 'NewsTools.Core.dll', 'YamlDotNet.dll', 'AngleSharp.dll') {
            Test-Path -LiteralPath (Join-Path $deps $name) | Should -BeTrue -Because "$name ships in Dependencies"
            Test-Path -LiteralPath (Join-Path $Module.ModuleBase $name) | Should -BeFalse -Because "$name must not sit next to NewsTools.dll"
        }
        Test-Path -LiteralPath (Join-Path $Module.ModuleBase 'System.Management.Automation.dll') | Should -BeFalse
        Test-Path -LiteralPath (Join-Path $Module.ModuleBase 'en-US/NewsTools.dll-Help.xml') | Should -BeTrue
    }

    It 'loads its dependencies into the NewsTools AssemblyLoadContext on PowerShell 7' {
        if (-not $IsCoreEdition) { Set-ItResult -Skipped -Because 'AssemblyLoadContext exists on PowerShell 7 only'; return }
        $null = Get-NewsToolsConfig
        $deps = Join-Path $Module.ModuleBase 'Dependencies'
        # Dependencies/, or its ReadyToRun copies for this platform in Dependencies/<rid>/ (build.ps1 ships both).
        $ours = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object {
            -not $_.IsDynamic -and $_.Location -and ((Split-Path -Parent $_.Location) -eq $deps -or (Split-Path -Parent (Split-Path -Parent $_.Location)) -eq $deps)
        }
        ($ours | ForEach-Object { $_.GetName().Name }) | Should -Contain 'NewsTools.Core'
        ($ours | ForEach-Object { $_.GetName().Name }) | Should -Contain 'YamlDotNet'
        foreach ($assembly in $ours) {
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly).Name | Should -Be 'NewsTools' -Because "$($assembly.GetName().Name) is ours"
        }
    }

    It 'imports and works in a session that already loaded another YamlDotNet' {
        # What powershell-yaml or platyPS do: a YamlDotNet in the default context before NewsTools arrives.
        $copy = Join-Path $TestDrive 'other'
        New-Item -ItemType Directory -Path $copy -Force | Out-Null
        Copy-Item -LiteralPath (Join-Path $Module.ModuleBase 'Dependencies/YamlDotNet.dll') -Destination $copy
        $other = Join-Path $copy 'YamlDotNet.dll'
        $script = @"
`$ErrorActionPreference = 'Stop'
Add-Type -LiteralPath '$($other.Replace("'", "''"))'
`$first = New-Object YamlDotNet.Serialization.DeserializerBuilder
Import-Module NewsTools
`$config = Get-NewsToolsConfig
`$again = (New-Object YamlDotNet.Serialization.DeserializerBuilder).Build().Deserialize('a: 1')
'{0}|{1}' -f @(`$config.Outlets).Count, `$again['a']
"@
        $shell = (Get-Process -Id $PID).Path
        $encoded = [Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes($script))
        $output = & $shell -NoProfile -NonInteractive -EncodedCommand $encoded
        $LASTEXITCODE | Should -Be 0
        $parts = ($output | Select-Object -Last 1) -split '\|'
        [int] $parts[0] | Should -BeGreaterThan 0
        $parts[1] | Should -Be '1'
    }
}

Describe 'build.ps1' {
    It 'runs from bash: a pwsh shebang and the run bit in git' {
        (Get-Content -LiteralPath (Join-Path $RepoRoot 'build.ps1') -TotalCount 1) | Should -BeExactly '#!/usr/bin/env pwsh'
        $git = Get-Command git -ErrorAction SilentlyContinue
        if (-not $git) { Set-ItResult -Skipped -Because 'git is not installed'; return }
        $entry = & git -C $RepoRoot ls-files -s -- build.ps1 .ci/run
        @($entry).Count | Should -Be 2
        $entry | ForEach-Object { $_ | Should -Match '^100755 ' }
    }

    Context 'run as CI runs it, its output going to a pipe' {
        BeforeAll {
            $script:BuildScript = Join-Path $RepoRoot 'build.ps1'
            # This session's own pwsh (build.ps1 finds it the same way): the child runs build.ps1 as a user would.
            $script:Pwsh = Join-Path $PSHOME ($(if ($IsCoreEdition -and -not $IsWindows) { 'pwsh' } elseif ($IsCoreEdition) { 'pwsh.exe' } else { 'powershell.exe' }))
            $script:Escape = [string][char]27
        }

        It 'names the failing test, in plain text, and counts it in its last line' {
            $dir = Join-Path ([IO.Path]::GetTempPath()) ('nt-build-' + [guid]::NewGuid().ToString('N'))
            New-Item -ItemType Directory -Path $dir | Out-Null
            try {
                Set-Content -LiteralPath (Join-Path $dir 'OnPurpose.Tests.ps1') -Value @'
Describe 'A suite with one failure' {
    It 'passes' { 1 | Should -Be 1 }
    It 'fails on purpose' { 1 | Should -Be 2 }
}
'@
                # -NoBuild: this session has the built module loaded; building again would rewrite its files under it.
                $output = @(& $Pwsh -NoProfile -NonInteractive -File $BuildScript -Task Pester -NoBuild -PesterPath $dir 2>&1 | ForEach-Object { "$_" })
                $LASTEXITCODE | Should -Not -Be 0
                $text = $output -join "`n"
                $text | Should -Match 'Pester failed:\s*\n\s*A suite with one failure\.fails on purpose'
                $text | Should -Not -Match 'CLIXML' -Because 'a child pwsh whose output is piped must answer in text'
                $text.Contains($Escape) | Should -BeFalse -Because 'colour escapes do not belong in a log file'
                ($output | Where-Object { $_ -match '^tests: ' } | Select-Object -Last 1) | Should -BeExactly 'tests: 1 passed, 1 failed, 0 skipped'
            }
            finally {
                Remove-Item -LiteralPath $dir -Recurse -Force -ErrorAction SilentlyContinue
            }
        }

        It 'packages the built module and leaves no empty folder behind' {
            $out = Join-Path $RepoRoot 'out'
            $before = @(Get-ChildItem -LiteralPath $out -Filter 'NewsTools.*.nupkg' -File | ForEach-Object FullName)
            $output = @(& $Pwsh -NoProfile -NonInteractive -File $BuildScript -Task Package -NoBuild 2>&1 | ForEach-Object { "$_" })
            $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
            $package = Get-ChildItem -LiteralPath $out -Filter 'NewsTools.*.nupkg' -File | Sort-Object LastWriteTime | Select-Object -Last 1
            try {
                $package | Should -Not -BeNullOrEmpty
                Add-Type -AssemblyName System.IO.Compression.FileSystem
                $zip = [IO.Compression.ZipFile]::OpenRead($package.FullName)
                try { $names = @($zip.Entries | ForEach-Object FullName) } finally { $zip.Dispose() }
                $names | Should -Contain 'NewsTools.psd1'
                $names | Should -Contain 'NewsTools.dll'
                @($names | Where-Object { $_ -like 'Dependencies/NewsTools.Core.dll' }).Count | Should -Be 1
                $empty = @(Get-ChildItem -LiteralPath $out -Recurse -Directory | Where-Object { -not (Get-ChildItem -LiteralPath $_.FullName -Force) })
                $empty.FullName | Should -BeNullOrEmpty
            }
            finally {
                if ($package -and $before -notcontains $package.FullName) { Remove-Item -LiteralPath $package.FullName -Force }
            }
        }
    }
}
