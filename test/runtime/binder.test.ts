// Every parameter binder error: text, FullyQualifiedErrorId, category and exception type as pwsh 7.6.9 reports them.

import { lines } from './helpers';

const show = 'function show($e) { "{0} | {1} | {2} | {3}" -f $e.FullyQualifiedErrorId, $e.CategoryInfo.ToString(), $e.Exception.GetType().Name, $e.Exception.Message }';
const f =
  "function f { [CmdletBinding()] param([Parameter(Mandatory)][int]$Count, [ValidateSet('a','b')][string]$Mode, [ValidateRange(1,5)][int]$R, [ValidatePattern('^x')][string]$P, [switch]$Force, [string]$CertificateName, [string]$CertificateThumb) \"ok $Count\" }";
const hh = "function hh { [CmdletBinding()] param([Parameter(Mandatory)][string]$Name, [ValidateNotNullOrEmpty()][string]$E, [ValidateNotNull()]$N, [ValidateCount(1,2)][int[]]$C, [ValidateLength(2,3)][string]$L) 'ok' }";

function caught(call: string): string {
  const out = lines(`${show}; ${f}; ${hh}; try { ${call} } catch { show $_ }`);
  return out[0];
}

describe('binder errors match pwsh', () => {
  test.each([
    ['f -Count abc', `ParameterArgumentTransformationError,f | InvalidData: (:) [f], ParameterBindingArgumentTransformationException | ParameterBindingArgumentTransformationException | Cannot process argument transformation on parameter 'Count'. Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`],
    ['f -Count 1 -Mode c', `ParameterArgumentValidationError,f | InvalidData: (:) [f], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'Mode'. The argument "c" does not belong to the set "a,b" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`],
    ['f -Count 1 -R 9', `ParameterArgumentValidationError,f | InvalidData: (:) [f], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'R'. The 9 argument is greater than the maximum allowed range of 5. Supply an argument that is less than or equal to 5 and then try the command again.`],
    ['f -Count 1 -P yy', `ParameterArgumentValidationError,f | InvalidData: (:) [f], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'P'. The argument "yy" does not match the "^x" pattern. Supply an argument that matches "^x" and try the command again.`],
    ['f -Count 1 -Nope 1', `NamedParameterNotFound,f | InvalidArgument: (:) [f], ParameterBindingException | ParameterBindingException | A parameter cannot be found that matches parameter name 'Nope'.`],
    ['f -Count 1 -Cert x', `AmbiguousParameter,f | InvalidArgument: (:) [f], ParameterBindingException | ParameterBindingException | Parameter cannot be processed because the parameter name 'Cert' is ambiguous. Possible matches include: -CertificateName -CertificateThumb.`],
    ['f -Count 1 extra', `ParameterArgumentValidationError,f | InvalidData: (:) [f], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'Mode'. The argument "extra" does not belong to the set "a,b" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`],
    ['f -Count', `MissingArgument,f | InvalidArgument: (:) [f], ParameterBindingException | ParameterBindingException | Missing an argument for parameter 'Count'. Specify a parameter of type 'System.Int32' and try again.`],
    ['f -Count 1 -Count 2', `ParameterAlreadyBound,f | InvalidArgument: (:) [f], ParameterBindingException | ParameterBindingException | Cannot bind parameter because parameter 'Count' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`],
    ['f', `MissingMandatoryParameter,f | InvalidArgument: (:) [f], ParameterBindingException | ParameterBindingException | Cannot process command because of one or more missing mandatory parameters: Count.`],
    ['hh -Name $null', `ParameterArgumentValidationErrorEmptyStringNotAllowed,hh | InvalidData: (:) [hh], ParameterBindingValidationException | ParameterBindingValidationException | Cannot bind argument to parameter 'Name' because it is an empty string.`],
    ['hh -Name x -E ""', `ParameterArgumentValidationError,hh | InvalidData: (:) [hh], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'E'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.`],
    ['hh -Name x -N $null', `ParameterArgumentValidationError,hh | InvalidData: (:) [hh], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'N'. The argument is null. Provide a valid value for the argument, and then try running the command again.`],
    ['hh -Name x -C 1,2,3', `ParameterArgumentValidationError,hh | InvalidData: (:) [hh], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'C'. The parameter requires at least 1 value(s) and no more than 2 value(s) - 3 value(s) were provided.`],
    ['hh -Name x -L abcdef', `ParameterArgumentValidationError,hh | InvalidData: (:) [hh], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'L'. The character length of the 6 argument is too long. Shorten the character length of the argument so it is fewer than or equal to "3" characters, and then try the command again.`],
    ['hh -Name x -L a', `ParameterArgumentValidationError,hh | InvalidData: (:) [hh], ParameterBindingValidationException | ParameterBindingValidationException | Cannot validate argument on parameter 'L'. The character length (1) of the argument is too short. Specify an argument with a length that is greater than or equal to "2", and then try the command again.`],
    ['hh -Name x -E y', `ok`],
  ])('%s', (call, expected) => {
    expect(caught(call)).toBe(expected);
  });

  test('a mandatory collection parameter rejects null and empty-string elements; an untyped one does not', () => {
    const fns = "function s1 { param([Parameter(Mandatory)][string[]]$S) 'ok' }; function o1 { param([Parameter(Mandatory)][object[]]$O) 'ok' }; function u1 { param([Parameter(Mandatory)]$U) 'ok' }; function e1 { param([Parameter(Mandatory)][AllowEmptyString()][string[]]$S) 'ok' }";
    expect(lines(`${show}; ${fns}; foreach ($call in { s1 -S 'a', '' }, { s1 -S 'a', $null }, { o1 -O 1, $null }, { u1 -U 1, $null }, { e1 -S 'a', '' }) { try { & $call } catch { show $_ } }`)).toEqual([
      "ParameterArgumentValidationErrorEmptyStringNotAllowed,s1 | InvalidData: (:) [s1], ParameterBindingValidationException | ParameterBindingValidationException | Cannot bind argument to parameter 'S' because it is an empty string.",
      "ParameterArgumentValidationErrorEmptyStringNotAllowed,s1 | InvalidData: (:) [s1], ParameterBindingValidationException | ParameterBindingValidationException | Cannot bind argument to parameter 'S' because it is an empty string.",
      "ParameterArgumentValidationErrorNullNotAllowed,o1 | InvalidData: (:) [o1], ParameterBindingValidationException | ParameterBindingValidationException | Cannot bind argument to parameter 'O' because it is null.",
      'ok',
      'ok',
    ]);
  });

  test('parameter sets: default, explicit, and AmbiguousParameterSet', () => {
    const p = "function p { [CmdletBinding(DefaultParameterSetName='A')] param([Parameter(ParameterSetName='A')]$X, [Parameter(ParameterSetName='B')]$Y) $PSCmdlet.ParameterSetName }";
    expect(lines(`${show}; ${p}; p; p -Y 1; try { p -X 1 -Y 2 } catch { show $_ }`)).toEqual([
      'A',
      'B',
      'AmbiguousParameterSet,p | InvalidArgument: (:) [p], ParameterBindingException | ParameterBindingException | Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    ]);
  });

  test('positional parameter not found, switch conversion', () => {
    const q = 'function q { [CmdletBinding()] param([Parameter(Position=0)]$A) "A=$A" }';
    const s = 'function s { param([switch]$Sw) "sw=$Sw" }';
    expect(lines(`${show}; ${q}; ${s}; try { q 1 2 } catch { show $_ }; s -Sw:$false; s -Sw; try { s -Sw:'abc' } catch { show $_ }`)).toEqual([
      "PositionalParameterNotFound,q | InvalidArgument: (:) [q], ParameterBindingException | ParameterBindingException | A positional parameter cannot be found that accepts argument '2'.",
      'sw=False',
      'sw=True',
      `ParameterArgumentTransformationError,s | InvalidData: (:) [s], ParameterBindingArgumentTransformationException | ParameterBindingArgumentTransformationException | Cannot process argument transformation on parameter 'Sw'. Cannot convert value "System.String" to type "System.Management.Automation.SwitchParameter". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`,
    ]);
  });

  test('simple functions put unknown parameters and extra arguments in $args', () => {
    const t = 'function t { param($a, $b) "a=$a b=$b args=$($args -join \',\')" }';
    expect(lines(`${t}; t 1 2 3 -x 4; t -x 4 1 2; t 1 -x 2 3 4`)).toEqual(['a=1 b=2 args=3,-x,4', 'a=1 b=2 args=-x,4', 'a=1 b=3 args=-x,2,4']);
  });

  test('pipeline binding by value and by property name', () => {
    const rr = "function rr { [CmdletBinding()] param([Parameter(Mandatory, ValueFromPipeline)][int]$V, [Parameter(ValueFromPipelineByPropertyName)][string]$Name) process { \"V=$V Name=$Name\" } }";
    expect(lines(`${rr}; 1,2 | rr`)).toEqual(['V=1 Name=', 'V=2 Name=']);
    expect(lines(`${rr}; 'abc' | rr`)).toEqual([
      'ERR InputObjectNotBound,rr: The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
    ]);
  });

  test('splatting: hashtable and array, explicit arguments win', () => {
    const g = 'function g { param($A, $B) "A=$A B=$B" }';
    expect(lines(`${g}; $h = @{A=1; B=2}; g @h; g @h -A 9; $arr = 5,6; g @arr`)).toEqual(['A=1 B=2', 'A=9 B=2', 'A=5 B=6']);
  });
});
