# ConvertTo-Json names enum values as the CLI does ("Precision": "Year", not 10), for every enum-typed property of every
# output type; Export-Csv and Sort-Object keep working on the same properties.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest

    # Every property of an enum type of ours, on the cmdlets' output types and on the objects they hold (an article's
    # paragraphs, a timeline event's lists), found by reflection so that a new output type or property cannot be missed.
    $queue = [System.Collections.Generic.Queue[type]]::new()
    $seen = [System.Collections.Generic.HashSet[type]]::new()
    foreach ($command in Get-Command -Module NewsTools) {
        foreach ($output in $command.OutputType) {
            if ($output.Type -and $output.Type.Assembly.GetName().Name -like 'NewsTools*' -and $seen.Add($output.Type)) { $queue.Enqueue($output.Type) }
        }
    }
    $script:EnumProperties = [System.Collections.Generic.List[hashtable]]::new()
    while ($queue.Count) {
        $type = $queue.Dequeue()
        foreach ($property in $type.GetProperties()) {
            $types = [System.Collections.Generic.List[type]]::new()
            $types.Add($property.PropertyType)
            for ($i = 0; $i -lt $types.Count; $i++) {
                $t = $types[$i]
                if ($t.IsArray) { $types.Add($t.GetElementType()) } elseif ($t.IsGenericType) { $t.GetGenericArguments() | ForEach-Object { $types.Add($_) } }
            }
            foreach ($t in $types) {
                if ($t.IsGenericType -or $t.IsArray -or $t.Assembly.GetName().Name -notlike 'NewsTools*') { continue }
                if ($t.IsEnum) {
                    $EnumProperties.Add(@{ Name = "$($type.Name).$($property.Name)"; EnumType = $t })
                } elseif ($seen.Add($t)) {
                    $queue.Enqueue($t)
                }
            }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $null = Import-NewsToolsUnderTest
    $script:Story = 'PORT ALDER, March 3, 2024 - The harbour closed in 2023 and will reopen in May. "We are ready," Elena Varga, the mayor, said on Monday.'
}

Describe 'Enum values in ConvertTo-Json' {
    It 'finds the enum-typed properties of the output types by reflection' {
        $names = $EnumProperties | ForEach-Object { $_.Name }
        foreach ($expected in 'TimeExpression.Precision', 'TimeExpression.Type', 'Quote.Kind', 'CoverageItem.Kind', 'Paragraph.Kind', 'ArchiveEntry.Status') {
            $names | Should -Contain $expected
        }
    }

    It 'writes every value of <Name> by its name' -ForEach $EnumProperties {
        foreach ($value in [Enum]::GetValues($EnumType)) {
            $json = [pscustomobject]@{ Value = $value } | ConvertTo-Json -Compress
            $json | Should -BeExactly ('{"Value":"' + $value.ToString() + '"}')
            ($json | ConvertFrom-Json).Value | Should -BeExactly $value.ToString()
        }
    }

    It 'names Precision, Type and Tense of time expressions as a user pipes them' {
        $dates = @($Story | Get-TimeExpression | ConvertTo-Json | ConvertFrom-Json)
        $year = $dates | Where-Object Text -eq '2023'
        $year.Precision | Should -BeExactly 'Year'
        $year.Type | Should -BeExactly 'Date'
        $year.Tense | Should -BeExactly 'Past'
        ($dates | Where-Object Text -eq 'May').Precision | Should -BeExactly 'Month'
    }

    It 'names Kind, SpeakerType and Attribution of quotes' {
        $quote = @($Story | Get-ArticleQuote | ConvertTo-Json | ConvertFrom-Json)[0]
        $quote.Kind | Should -BeExactly 'Direct'
        $quote.SpeakerType | Should -BeExactly 'Person'
        $quote.Attribution | Should -BeExactly 'Explicit'
    }

    It 'names the Kind of paragraphs of an article, the Precision of timeline events and the Kind of coverage rows' {
        $article = $Story | ConvertTo-Article | ConvertTo-Json -Depth 4 | ConvertFrom-Json
        $article.Paragraphs[0].Kind | Should -BeIn ([Enum]::GetNames(($EnumProperties | Where-Object Name -eq 'Paragraph.Kind').EnumType))
        $article.ReferenceDateSource | Should -Not -Match '^\d+$'
        @($Story | ConvertTo-EventTimeline | ConvertTo-Json -Depth 3 | ConvertFrom-Json).Precision | Should -Contain 'Year'
        $other = 'HARBOUR CITY, March 4, 2024 - "We are ready," Elena Varga said on Monday, as the harbour prepares to reopen in May.'
        $rows = @($Story, $other | ConvertTo-Article | Compare-Coverage | ConvertTo-Json -Depth 4 | ConvertFrom-Json)
        $rows | Should -Not -BeNullOrEmpty
        $rows | ForEach-Object { $_.Kind | Should -Not -Match '^\d+$' }
    }

    It 'keeps Export-Csv writing names and Sort-Object Precision sorting from the finest to the coarsest' {
        $dates = @(($Story + ' The vote was held this morning.') | Get-TimeExpression)
        $csv = Join-Path $TestDrive 'dates.csv'
        $dates | Export-Csv -LiteralPath $csv -NoTypeInformation
        (Import-Csv -LiteralPath $csv | Where-Object Text -eq '2023').Precision | Should -BeExactly 'Year'
        # By the enum's order (PartOfDay, Day, Month, Year), not alphabetically (Day, Month, PartOfDay, Year).
        $sorted = @($dates | Sort-Object Precision | ForEach-Object { $_.Precision.ToString() } | Select-Object -Unique)
        $sorted | Should -Be @('PartOfDay', 'Day', 'Month', 'Year')
        ($dates | Sort-Object Precision -Descending)[0].Precision.ToString() | Should -BeExactly 'Year'
    }
}
