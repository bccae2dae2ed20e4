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
}
