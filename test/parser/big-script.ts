// A large, varied PowerShell script for parser timing (tests and benchmarks): one function repeated with new names.

const FUNCTION = `function Get-Thing{n} {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
        [ValidateSet('a', 'b')]
        [string[]]$Name,
        [int]$Count = 5
    )
    process {
        foreach ($n in $Name) {
            if ($n -eq 'a') { $total += 1 } elseif ($n -like 'b*') { $total-- } else { continue }
        }
        $h = [ordered]@{ a = 1; b = @(1, 2, 3); 'c d' = "x $($env:HOME) \${name}" }
        $h.a, $h['b'][0] | ForEach-Object { $_ * 2 } | Where-Object { $_ -gt 1 } > $null
        try { throw "boom" } catch [System.Exception] { Write-Error $_ } finally { 'done' }
        Get-ChildItem -Path C:\\x\\$Name.cer -Recurse:$false 2>&1
    }
}
`;

/** Lines of one generated function. */
export const FUNCTION_LINES = FUNCTION.split('\n').length - 1;

/** A script of at least `lines` lines made of repeated, varied functions. */
export function bigScript(lines: number): string {
  const parts: string[] = [];
  for (let n = 0; n * FUNCTION_LINES < lines; n++) parts.push(FUNCTION.replace('{n}', String(n)));
  return parts.join('');
}
