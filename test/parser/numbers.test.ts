// Numeric literals keep pwsh's .NET types (checked with `(<literal>).GetType().Name` and the AST's StaticType in
// pwsh 7.6.9): the runtime needs Int32, Int64, Double and Decimal apart.
import { parseExpression } from '../../src/parser';
import type { ConstantExpressionAst } from '../../src/parser';

function literal(text: string): ConstantExpressionAst {
  const { ast, errors } = parseExpression(text);
  expect(errors).toEqual([]);
  if (ast?.type !== 'ConstantExpressionAst') throw new Error(`${text} parsed as ${ast?.type}`);
  return ast;
}

describe('numeric literals', () => {
  it.each([
    ['1', 'Int32', 1],
    ['2147483647', 'Int32', 2147483647],
    ['-2147483648', 'Int32', -2147483648],
    ['2147483648', 'Int64', 2147483648],
    ['5000000000', 'Int64', 5000000000],
    ['1l', 'Int64', 1],
    ['0x10L', 'Int64', 16],
    ['1.0', 'Double', 1],
    ['1e3', 'Double', 1000],
    ['.5', 'Double', 0.5],
    ['1.5kb', 'Double', 1536],
    ['0xFF', 'Int32', 255],
    ['0xFFFFFFFF', 'Int32', -1],
    ['0x80000000', 'Int32', -2147483648],
    ['0x100000000', 'Int64', 4294967296],
    ['0b101', 'Int32', 5],
    ['1kb', 'Int32', 1024],
    ['1MB', 'Int32', 1048576],
    ['1gb', 'Int32', 1073741824],
    ['2gb', 'Int64', 2147483648],
    ['1tb', 'Int64', 1099511627776],
    ['1u', 'UInt32', 1],
    ['1ul', 'UInt64', 1],
    ['1y', 'SByte', 1],
    ['1uy', 'Byte', 1],
    ['1s', 'Int16', 1],
    ['1us', 'UInt16', 1],
    ['1n', 'BigInteger', 1],
  ])('%s is %s %d', (text, numericType, value) => {
    const node = literal(text);
    expect(node.numericType).toBe(numericType);
    expect(node.value).toBe(value);
  });

  it('keeps exact Int64 values beyond 2^53', () => {
    expect(literal('9007199254740993').bigValue).toBe(9007199254740993n);
    expect(literal('9223372036854775807').numericType).toBe('Int64');
  });

  it('keeps a Decimal literal exactly, with its scale', () => {
    expect(literal('1d')).toMatchObject({ numericType: 'Decimal', decimalValue: '1' });
    expect(literal('1.50d')).toMatchObject({ numericType: 'Decimal', decimalValue: '1.50', value: 1.5 });
    expect(literal('99999999999999999999')).toMatchObject({ numericType: 'Decimal', decimalValue: '99999999999999999999' });
  });

  it('makes integers too large for Decimal a Double', () => {
    expect(literal('999999999999999999999999999999')).toMatchObject({ numericType: 'Double', value: 1e30 });
  });
});
