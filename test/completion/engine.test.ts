// The completion engine against what pwsh 7.6.9 completes for the same input in the same tree (recorded with
// TabExpansion2 in /tmp fixtures; see the comments for the pwsh output each expectation copies).

import { makeFixture, complete, Fixture } from './helpers';

let f: Fixture;
beforeEach(() => {
  f = makeFixture();
});
afterEach(() => f.cleanup());

describe('command names', () => {
  test('a cmdlet prefix completes to the cmdlet', () => {
    expect(complete(f.rs, 'Get-ChildI')).toEqual(['0 10', 'Get-ChildItem|Get-ChildItem|Command']);
  });

  test('functions and aliases sort by name, case-insensitively', () => {
    f.rs.invoke('function Zq-Beta { param($Name, [switch]$Fast) }; function Zq-alpha { }');
    expect(complete(f.rs, 'zq')).toEqual(['0 2', 'Zq-alpha|Zq-alpha|Command', 'Zq-Beta|Zq-Beta|Command']);
  });

  test('a function tooltip is its syntax', () => {
    f.rs.invoke('function Zq-Beta { param($Name, [switch]$Fast) }; function Zq-alpha { }');
    const c = f.rs.complete('Zq', 2);
    expect(c.matches.map((m) => m.toolTip)).toEqual(['\nZq-alpha \n', '\nZq-Beta [[-Name] <Object>] [-Fast]\n']);
  });

  test('the cursor inside a word completes the whole word', () => {
    expect(complete(f.rs, 'Get-ChildI foo', 5)).toEqual(['0 10', 'Get-ChildItem|Get-ChildItem|Command']);
  });

  test('after a pipe, a semicolon, a paren or a call operator', () => {
    expect(complete(f.rs, 'echo 1; Get-ChildI')[0]).toBe('8 10');
    expect(complete(f.rs, '$(Get-ChildI')[0]).toBe('2 10');
    expect(complete(f.rs, '& Get-ChildI')).toEqual(['2 10', 'Get-ChildItem|Get-ChildItem|Command']);
    expect(complete(f.rs, 'Get-ChildItem|Select-O')).toEqual(['14 8', 'Select-Object|Select-Object|Command']);
  });

  test('an alias tooltip names its command', () => {
    expect(f.rs.complete('gci', 3).matches.find((m) => m.completionText === 'gci')?.toolTip).toBe('Get-ChildItem');
  });

  test('empty input gives no completion at -1', () => {
    expect(complete(f.rs, '')).toEqual(['-1 -1']);
  });

  test('nothing matches', () => {
    expect(complete(f.rs, 'Zzzzq')).toEqual(['0 5']);
  });
});

describe('parameter names', () => {
  test('a prefix lists matches in declaration order with [type] tooltips', () => {
    const c = f.rs.complete('Get-ChildItem -Re', 17);
    expect(c.matches.map((m) => `${m.completionText}|${m.listItemText}|${m.resultType}|${m.toolTip}`)).toEqual([
      '-Recurse|Recurse|ParameterName|[switch] Recurse',
      '-ReadOnly|ReadOnly|ParameterName|[switch] ReadOnly',
    ]);
    expect([c.replacementIndex, c.replacementLength]).toEqual([14, 3]);
  });

  test('parameters already given are not offered again', () => {
    expect(complete(f.rs, 'Get-ChildItem -Recurse -Re')).toEqual(['23 3', '-ReadOnly|ReadOnly|ParameterName']);
  });

  test('common parameters come last', () => {
    const names = f.rs.complete('Get-ChildItem -', 15).matches.map((m) => m.listItemText);
    expect(names.slice(0, 3)).toEqual(['Path', 'LiteralPath', 'Filter']);
    expect(names.slice(-12)).toEqual([
      'Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction',
      'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable',
    ]);
    expect(f.rs.complete('Get-ChildItem -ErrorA', 21).matches[0].toolTip).toBe('[ActionPreference] ErrorAction');
  });

  test("a simple function's parameters, no common ones", () => {
    f.rs.invoke('function Zq-Beta { param($Name, [switch]$Fast) }');
    const c = f.rs.complete('Zq-Beta -', 9);
    expect(c.matches.map((m) => `${m.completionText}|${m.toolTip}`)).toEqual(['-Name|[Object] Name', '-Fast|[switch] Fast']);
  });

  test('through an alias', () => {
    expect(complete(f.rs, 'gci -Rec')).toEqual(['4 4', '-Recurse|Recurse|ParameterName']);
  });
});

describe('variables', () => {
  test('user variables sort by name with [type]$name tooltips', () => {
    f.rs.invoke("$zqVar1 = 5; $zqvar2 = 'x'; $zqnull = $null; $zqarr = 1,2");
    const c = f.rs.complete('$zq', 3);
    expect(c.matches.map((m) => `${m.completionText}|${m.listItemText}|${m.resultType}|${m.toolTip}`)).toEqual([
      '$zqarr|zqarr|Variable|[Object[]]$zqarr',
      '$zqnull|zqnull|Variable|zqnull',
      '$zqVar1|zqVar1|Variable|[int]$zqVar1',
      '$zqvar2|zqvar2|Variable|[string]$zqvar2',
    ]);
  });

  test('scope-qualified and braced forms keep their spelling', () => {
    f.rs.invoke('$zqnull = $null');
    expect(complete(f.rs, '$global:zqn')).toEqual(['0 11', '$global:zqnull|zqnull|Variable']);
    expect(complete(f.rs, '${zqn')).toEqual(['0 5', '${zqnull}|zqnull|Variable']);
    expect(complete(f.rs, '$variable:zqn')).toEqual(['0 13', '$variable:zqnull|zqnull|Variable']);
  });

  test('$env: completes environment variable names, keeping the typed "Env"', () => {
    process.env.ZQ_COMPLETION_TEST = '1';
    try {
      const c = f.rs.complete('$Env:ZQ_COMPLETION_T', 20);
      expect(c.matches.map((m) => `${m.completionText}|${m.listItemText}|${m.toolTip}`)).toEqual(['$Env:ZQ_COMPLETION_TEST|ZQ_COMPLETION_TEST|ZQ_COMPLETION_TEST']);
    } finally {
      delete process.env.ZQ_COMPLETION_TEST;
    }
  });

  test('a parameter value after ":" is completed as itself', () => {
    f.rs.invoke('$zqFlag = $true');
    expect(complete(f.rs, 'Get-ChildItem -Recurse:$zqF')).toEqual(['23 4', '$zqFlag|zqFlag|Variable']);
  });
});

describe('file system paths', () => {
  test('children of a relative folder, sorted, quoted when they hold a space', () => {
    expect(complete(f.rs, 'Get-ChildItem fx/a')).toEqual([
      '14 4',
      "'./fx/a b.txt'|a b.txt|ProviderItem",
      './fx/a1.txt|a1.txt|ProviderItem',
      './fx/alpha|alpha|ProviderContainer',
    ]);
  });

  test('case-insensitive prefix; "\\" reads as "/" and completes with "/"', () => {
    expect(complete(f.rs, 'ls fx\\be')).toEqual(['3 5', './fx/Beta|Beta|ProviderContainer', './fx/beta2|beta2|ProviderItem']);
  });

  test('in command position a quoted path gets "& "', () => {
    expect(complete(f.rs, 'fx/My')).toEqual(['0 5', "& './fx/My Dir'|My Dir|ProviderContainer"]);
  });

  test('the quote the user opened is kept', () => {
    expect(complete(f.rs, 'Get-ChildItem "fx/a')).toEqual([
      '14 5',
      '"./fx/a b.txt"|a b.txt|ProviderItem',
      '"./fx/a1.txt"|a1.txt|ProviderItem',
      '"./fx/alpha"|alpha|ProviderContainer',
    ]);
  });

  test('hidden files are listed; an empty argument lists the current folder', () => {
    f.rs.invoke('Set-Location fx');
    const c = complete(f.rs, 'Get-ChildItem ');
    expect(c[0]).toBe('14 0');
    expect(c.slice(1, 3)).toEqual(['./.hid|.hid|ProviderItem', "'./a b.txt'|a b.txt|ProviderItem"]);
  });

  test('relative to the current location: ../ stays, deeper paths are rewritten', () => {
    f.rs.invoke('Set-Location fx/alpha');
    expect(complete(f.rs, 'ls ../../fx/B')).toEqual(['3 10', '../Beta|Beta|ProviderContainer', '../beta2|beta2|ProviderItem']);
  });

  test('absolute paths stay absolute; tooltips are the full path', () => {
    const c = f.rs.complete(`ls ${f.root}/fx/al`, 3 + f.root.length + 6);
    expect(c.matches.map((m) => `${m.completionText}|${m.toolTip}`)).toEqual([`${f.root}/fx/alpha|${f.root}/fx/alpha`]);
  });

  test('a word with no command match in command position completes as a path', () => {
    f.rs.invoke('Set-Location fx');
    expect(complete(f.rs, 'a1')).toEqual(['0 2', './a1.txt|a1.txt|ProviderItem']);
  });

  test('~/ is kept', () => {
    require('fs').mkdirSync(require('path').join(f.root, 'home', 'sub'));
    expect(complete(f.rs, 'ls ~/s')).toEqual(['3 3', '~/sub|sub|ProviderContainer']);
  });
});

describe('other drives', () => {
  test('Env: prints the drive name and "/"', () => {
    process.env.ZQ_COMPLETION_TEST = '1';
    try {
      expect(complete(f.rs, 'ls env:\\ZQ_COMPLETION_T')).toEqual(['3 20', 'Env:/ZQ_COMPLETION_TEST|ZQ_COMPLETION_TEST|ProviderItem']);
      expect(complete(f.rs, 'ls env:ZQ_COMPLETION_T')).toEqual(['3 19', 'Env:/ZQ_COMPLETION_TEST|ZQ_COMPLETION_TEST|ProviderItem']);
    } finally {
      delete process.env.ZQ_COMPLETION_TEST;
    }
  });

  test('Variable:', () => {
    f.rs.invoke('$zqarr = 1,2');
    const c = f.rs.complete('ls Variable:zqa', 15);
    expect(c.matches.map((m) => `${m.completionText}|${m.resultType}|${m.toolTip}`)).toEqual(['Variable:/zqarr|ProviderItem|Variable:/zqarr']);
  });
});

describe('members', () => {
  test('properties then methods with "("', () => {
    f.rs.invoke('$s = "abc"');
    expect(complete(f.rs, '$s.Le')).toEqual(['3 2', 'Length|Length|Property']);
    const all = complete(f.rs, '$s.');
    expect(all[0]).toBe('3 0');
    expect(all[1]).toBe('Length|Length|Property');
    expect(all).toContain('ToString(|ToString|Method');
  });

  test('static members of a type literal', () => {
    expect(complete(f.rs, '[math]::P')).toEqual(['8 1', 'PI|PI|Property', 'Pow(|Pow|Method']);
  });
});

describe('parameter values', () => {
  test('an enum parameter lists its names, sorted, each its own tooltip', () => {
    const c = f.rs.complete('Write-Host -ForegroundColor R', 29);
    expect(c.matches.map((m) => `${m.completionText}|${m.resultType}|${m.toolTip}`)).toEqual(['Red|ParameterValue|Red']);
    expect([c.replacementIndex, c.replacementLength]).toEqual([28, 1]);
  });

  test('a ValidateSet, quoted where needed, after a space or a colon', () => {
    f.rs.invoke("function Zq-Set { param([ValidateSet('Zulu', 'alpha', 'Mike bravo')]$Mode) }");
    expect(complete(f.rs, 'Zq-Set -Mode ')).toEqual(['13 0', 'alpha|alpha|ParameterValue', "'Mike bravo'|Mike bravo|ParameterValue", 'Zulu|Zulu|ParameterValue']);
    expect(complete(f.rs, 'Zq-Set -Mode:m')).toEqual(['13 1', "'Mike bravo'|Mike bravo|ParameterValue"]);
  });

  test('a parameter with no fixed values completes paths', () => {
    expect(complete(f.rs, 'Get-ChildItem -Path fx/al')).toEqual(['20 5', './fx/alpha|alpha|ProviderContainer']);
  });

  test('a switch takes no value: the next word is a path', () => {
    expect(complete(f.rs, 'Get-ChildItem -Recurse fx/al')).toEqual(['23 5', './fx/alpha|alpha|ProviderContainer']);
  });
});

describe('member chains', () => {
  test("a property's members", () => {
    f.rs.invoke("$x = [pscustomobject]@{ Inner = [pscustomobject]@{ Zeta = 1; Alpha = 'a' } }");
    expect(complete(f.rs, '$x.Inner.')).toEqual([
      '9 0', 'Alpha|Alpha|Property', 'Zeta|Zeta|Property',
      'Equals(|Equals|Method', 'GetHashCode(|GetHashCode|Method', 'GetType(|GetType|Method', 'ToString(|ToString|Method',
    ]);
  });

  test('the whole member name is replaced when the cursor is inside it', () => {
    f.rs.invoke("$s = 'abc'");
    expect(complete(f.rs, '$s.Lexx', 5)).toEqual(['3 4']);
    expect(complete(f.rs, '$s.Length', 5)).toEqual(['3 6', 'Length|Length|Property']);
  });
});

describe('wildcard escaping and container-only commands', () => {
  beforeEach(() => {
    require('fs').writeFileSync(require('path').join(f.root, 'fx', 'b[1].txt'), '');
  });

  test('a -Path argument escapes wildcard characters; -LiteralPath and native commands do not', () => {
    const first = (input: string) => complete(f.rs, input).slice(0, 2);
    expect(first('Get-ChildItem fx/b')).toEqual(['14 4', "'./fx/b`[1`].txt'|b[1].txt|ProviderItem"]);
    expect(first('Get-ChildItem "fx/b')).toEqual(['14 5', '"./fx/b``[1``].txt"|b[1].txt|ProviderItem']);
    expect(first('Get-ChildItem -LiteralPath fx/b')).toEqual(['27 4', './fx/b[1].txt|b[1].txt|ProviderItem']);
    expect(first('ls fx/b')).toEqual(['3 4', './fx/b[1].txt|b[1].txt|ProviderItem']);
  });

  test('Set-Location offers containers only', () => {
    expect(complete(f.rs, 'Set-Location fx/b')).toEqual(['13 4', './fx/Beta|Beta|ProviderContainer']);
  });
});

describe('inside double-quoted strings', () => {
  test('a variable after "$"', () => {
    f.rs.invoke('$zqVar1 = 5');
    expect(complete(f.rs, 'Write-Output "abc $zqV')).toEqual(['18 4', '$zqVar1|zqVar1|Variable']);
  });

  test('script inside an open $( ), past closed parentheses', () => {
    expect(complete(f.rs, 'Write-Output "a $((1) + (Get-ChildI')).toEqual(['25 10', 'Get-ChildItem|Get-ChildItem|Command']);
    expect(complete(f.rs, 'Write-Output "a $(1) $(Get-ChildI')).toEqual(['23 10', 'Get-ChildItem|Get-ChildItem|Command']);
  });
});

describe('executables on PATH', () => {
  let savedPath: string | undefined;
  beforeEach(() => {
    const fs = require('fs');
    const path = require('path');
    savedPath = process.env.PATH;
    for (const dir of ['bin1', 'bin2']) {
      fs.mkdirSync(path.join(f.root, dir));
      fs.writeFileSync(path.join(f.root, dir, 'zqtool'), '#!/bin/sh\n', { mode: 0o755 });
    }
    fs.writeFileSync(path.join(f.root, 'bin1', 'zqdata'), '', { mode: 0o644 });
    process.env.PATH = `${path.join(f.root, 'bin1')}:${path.join(f.root, 'bin2')}`;
  });
  afterEach(() => {
    process.env.PATH = savedPath;
  });

  test('match case-sensitively; a name found again is listed by its full path; non-executables are left out', () => {
    const c = f.rs.complete('zqt', 3);
    expect(c.matches.map((m) => `${m.completionText}|${m.listItemText}|${m.toolTip}`)).toEqual([
      `zqtool|zqtool|${f.root}/bin1/zqtool`,
      `${f.root}/bin2/zqtool|zqtool|${f.root}/bin2/zqtool`,
    ]);
    expect(complete(f.rs, 'ZQt')).toEqual(['0 3']);
    expect(complete(f.rs, 'zqd')).toEqual(['0 3']);
  });
});
