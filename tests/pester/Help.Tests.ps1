BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $manifest = Import-PowerShellDataFile -LiteralPath (Join-Path $RepoRoot 'module/NewsTools.psd1')
    $script:CmdletCases = @($manifest.CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:Common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters

    function Get-PipelineText([System.Management.Automation.ParameterMetadata] $Parameter) {
        $sets = $Parameter.ParameterSets.Values
        $byValue = [bool]($sets | Where-Object ValueFromPipeline)
        $byName = [bool]($sets | Where-Object ValueFromPipelineByPropertyName)
        if ($byValue -and $byName) { return 'True (ByPropertyName, ByValue)' }
        if ($byValue) { return 'True (ByValue)' }
        if ($byName) { return 'True (ByPropertyName)' }
        return 'False'
    }
}

Describe 'Help for <Name>' -ForEach $CmdletCases {
    BeforeAll {
        $script:Help = Get-Help -Name $Name -Full
        $script:Command = Get-Command -Name $Name
    }

    It 'has a written synopsis, not the generated syntax' {
        $Help.Synopsis | Should -Not -BeNullOrEmpty
        $Help.Synopsis | Should -Not -BeLike "$Name *"
    }

    It 'has a description' {
        ($Help.Description | Out-String).Trim().Length | Should -BeGreaterThan 80
    }

    It 'has at least three examples that chain cmdlets, each explained' {
        $examples = @($Help.Examples.Example)
        $examples.Count | Should -BeGreaterOrEqual 3
        @($examples | Where-Object { $_.Code -match '\|' }).Count | Should -BeGreaterOrEqual 3
        foreach ($example in $examples) {
            ($example.Remarks | Out-String).Trim() | Should -Not -BeNullOrEmpty
        }
    }

    It 'documents every parameter the command has, and no other' {
        $inCode = @($Command.Parameters.Keys | Where-Object { $Common -notcontains $_ } | Sort-Object)
        $inHelp = @($Help.Parameters.Parameter.Name | Where-Object { $Common -notcontains $_ } | Sort-Object)
        $inHelp | Should -Be $inCode
    }

    It 'states each parameter''s pipeline input and whether it is required as the code does' {
        foreach ($parameter in $Help.Parameters.Parameter | Where-Object { $Common -notcontains $_.Name }) {
            $metadata = $Command.Parameters[$parameter.Name]
            $parameter.PipelineInput | Should -Be (Get-PipelineText $metadata) -Because "-$($parameter.Name) pipeline input"
            $required = [bool]($metadata.ParameterSets.Values | Where-Object IsMandatory)
            $parameter.Required | Should -Be $required.ToString().ToLowerInvariant() -Because "-$($parameter.Name) required"
            ($parameter.Description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) needs a description"
        }
    }
}

Describe 'about_NewsTools' {
    It 'is shipped and found by Get-Help' {
        $topic = Get-Help about_NewsTools
        ($topic | Out-String) | Should -Match 'PIPELINE INPUT'
        ($topic | Out-String) | Should -Match 'NEWSTOOLS_CONFIG'
    }
}
