// .NET overload signatures as Get-Member shows them in its Definition column, recorded from pwsh 7.6.9
// (`[math] | Get-Member -Static`, `'x' | Get-Member`) for the methods psnode implements.

/** System.Math static methods (without the 'static ' Get-Member puts before each). */
export const MATH_STATIC_OVERLOADS: Record<string, string[]> = {
  Abs: [
    'short Abs(short value)',
    'int Abs(int value)',
    'long Abs(long value)',
    'System.IntPtr Abs(System.IntPtr value)',
    'sbyte Abs(sbyte value)',
    'decimal Abs(decimal value)',
    'double Abs(double value)',
    'float Abs(float value)',
  ],
  Max: [
    'byte Max(byte val1, byte val2)',
    'decimal Max(decimal val1, decimal val2)',
    'double Max(double val1, double val2)',
    'short Max(short val1, short val2)',
    'int Max(int val1, int val2)',
    'long Max(long val1, long val2)',
    'System.IntPtr Max(System.IntPtr val1, System.IntPtr val2)',
    'sbyte Max(sbyte val1, sbyte val2)',
    'float Max(float val1, float val2)',
    'ushort Max(ushort val1, ushort val2)',
    'uint Max(uint val1, uint val2)',
    'ulong Max(ulong val1, ulong val2)',
    'System.UIntPtr Max(System.UIntPtr val1, System.UIntPtr val2)',
  ],
  Min: [
    'byte Min(byte val1, byte val2)',
    'decimal Min(decimal val1, decimal val2)',
    'double Min(double val1, double val2)',
    'short Min(short val1, short val2)',
    'int Min(int val1, int val2)',
    'long Min(long val1, long val2)',
    'System.IntPtr Min(System.IntPtr val1, System.IntPtr val2)',
    'sbyte Min(sbyte val1, sbyte val2)',
    'float Min(float val1, float val2)',
    'ushort Min(ushort val1, ushort val2)',
    'uint Min(uint val1, uint val2)',
    'ulong Min(ulong val1, ulong val2)',
    'System.UIntPtr Min(System.UIntPtr val1, System.UIntPtr val2)',
  ],
  Round: [
    'decimal Round(decimal d)',
    'decimal Round(decimal d, int decimals)',
    'decimal Round(decimal d, System.MidpointRounding mode)',
    'decimal Round(decimal d, int decimals, System.MidpointRounding mode)',
    'double Round(double a)',
    'double Round(double value, int digits)',
    'double Round(double value, System.MidpointRounding mode)',
    'double Round(double value, int digits, System.MidpointRounding mode)',
  ],
  Floor: [
    'double Floor(double d)',
    'decimal Floor(decimal d)',
  ],
  Ceiling: [
    'double Ceiling(double a)',
    'decimal Ceiling(decimal d)',
  ],
  Truncate: [
    'decimal Truncate(decimal d)',
    'double Truncate(double d)',
  ],
  Sqrt: [
    'double Sqrt(double d)',
  ],
  Pow: [
    'double Pow(double x, double y)',
  ],
  Exp: [
    'double Exp(double d)',
  ],
  Log: [
    'double Log(double d)',
    'double Log(double a, double newBase)',
  ],
  Log10: [
    'double Log10(double d)',
  ],
  Log2: [
    'double Log2(double x)',
  ],
  Sin: [
    'double Sin(double a)',
  ],
  Cos: [
    'double Cos(double d)',
  ],
  Tan: [
    'double Tan(double a)',
  ],
  Atan: [
    'double Atan(double d)',
  ],
  Atan2: [
    'double Atan2(double y, double x)',
  ],
  Sign: [
    'int Sign(decimal value)',
    'int Sign(double value)',
    'int Sign(short value)',
    'int Sign(int value)',
    'int Sign(long value)',
    'int Sign(System.IntPtr value)',
    'int Sign(sbyte value)',
    'int Sign(float value)',
  ],
  DivRem: [
    'int DivRem(int a, int b, [ref] int result)',
    'long DivRem(long a, long b, [ref] long result)',
    'System.ValueTuple[sbyte,sbyte] DivRem(sbyte left, sbyte right)',
    'System.ValueTuple[byte,byte] DivRem(byte left, byte right)',
    'System.ValueTuple[short,short] DivRem(short left, short right)',
    'System.ValueTuple[ushort,ushort] DivRem(ushort left, ushort right)',
    'System.ValueTuple[int,int] DivRem(int left, int right)',
    'System.ValueTuple[uint,uint] DivRem(uint left, uint right)',
    'System.ValueTuple[long,long] DivRem(long left, long right)',
    'System.ValueTuple[ulong,ulong] DivRem(ulong left, ulong right)',
    'System.ValueTuple[System.IntPtr,System.IntPtr] DivRem(System.IntPtr left, System.IntPtr right)',
    'System.ValueTuple[System.UIntPtr,System.UIntPtr] DivRem(System.UIntPtr left, System.UIntPtr right)',
  ],
  Clamp: [
    'byte Clamp(byte value, byte min, byte max)',
    'decimal Clamp(decimal value, decimal min, decimal max)',
    'double Clamp(double value, double min, double max)',
    'short Clamp(short value, short min, short max)',
    'int Clamp(int value, int min, int max)',
    'long Clamp(long value, long min, long max)',
    'System.IntPtr Clamp(System.IntPtr value, System.IntPtr min, System.IntPtr max)',
    'sbyte Clamp(sbyte value, sbyte min, sbyte max)',
    'float Clamp(float value, float min, float max)',
    'ushort Clamp(ushort value, ushort min, ushort max)',
    'uint Clamp(uint value, uint min, uint max)',
    'ulong Clamp(ulong value, ulong min, ulong max)',
    'System.UIntPtr Clamp(System.UIntPtr value, System.UIntPtr min, System.UIntPtr max)',
  ],
};

/** System.String instance methods. */
export const STRING_OVERLOADS: Record<string, string[]> = {
  ToUpper: [
    'string ToUpper()',
    'string ToUpper(cultureinfo culture)',
  ],
  ToLower: [
    'string ToLower()',
    'string ToLower(cultureinfo culture)',
  ],
  ToUpperInvariant: [
    'string ToUpperInvariant()',
  ],
  ToLowerInvariant: [
    'string ToLowerInvariant()',
  ],
  Trim: [
    'string Trim()',
    'string Trim(char trimChar)',
    'string Trim(Params char[] trimChars)',
    'string Trim(System.ReadOnlySpan[char] trimChars)',
  ],
  TrimStart: [
    'string TrimStart()',
    'string TrimStart(char trimChar)',
    'string TrimStart(Params char[] trimChars)',
    'string TrimStart(System.ReadOnlySpan[char] trimChars)',
  ],
  TrimEnd: [
    'string TrimEnd()',
    'string TrimEnd(char trimChar)',
    'string TrimEnd(Params char[] trimChars)',
    'string TrimEnd(System.ReadOnlySpan[char] trimChars)',
  ],
  Split: [
    'string[] Split(char separator, System.StringSplitOptions options = System.StringSplitOptions.None)',
    'string[] Split(char separator, int count, System.StringSplitOptions options = System.StringSplitOptions.None)',
    'string[] Split(Params char[] separator)',
    'string[] Split(System.ReadOnlySpan[char] separator)',
    'string[] Split(char[] separator, int count)',
    'string[] Split(char[] separator, System.StringSplitOptions options)',
    'string[] Split(char[] separator, int count, System.StringSplitOptions options)',
    'string[] Split(string separator, System.StringSplitOptions options = System.StringSplitOptions.None)',
    'string[] Split(string separator, int count, System.StringSplitOptions options = System.StringSplitOptions.None)',
    'string[] Split(string[] separator, System.StringSplitOptions options)',
    'string[] Split(string[] separator, int count, System.StringSplitOptions options)',
  ],
  Substring: [
    'string Substring(int startIndex)',
    'string Substring(int startIndex, int length)',
  ],
  Replace: [
    'string Replace(string oldValue, string newValue, bool ignoreCase, cultureinfo culture)',
    'string Replace(string oldValue, string newValue, System.StringComparison comparisonType)',
    'string Replace(char oldChar, char newChar)',
    'string Replace(string oldValue, string newValue)',
  ],
  Contains: [
    'bool Contains(string value)',
    'bool Contains(string value, System.StringComparison comparisonType)',
    'bool Contains(char value)',
    'bool Contains(char value, System.StringComparison comparisonType)',
  ],
  StartsWith: [
    'bool StartsWith(string value)',
    'bool StartsWith(string value, System.StringComparison comparisonType)',
    'bool StartsWith(string value, bool ignoreCase, cultureinfo culture)',
    'bool StartsWith(char value)',
  ],
  EndsWith: [
    'bool EndsWith(string value)',
    'bool EndsWith(string value, System.StringComparison comparisonType)',
    'bool EndsWith(string value, bool ignoreCase, cultureinfo culture)',
    'bool EndsWith(char value)',
  ],
  IndexOf: [
    'int IndexOf(char value)',
    'int IndexOf(char value, int startIndex)',
    'int IndexOf(char value, System.StringComparison comparisonType)',
    'int IndexOf(char value, int startIndex, int count)',
    'int IndexOf(string value)',
    'int IndexOf(string value, int startIndex)',
    'int IndexOf(string value, int startIndex, int count)',
    'int IndexOf(string value, System.StringComparison comparisonType)',
    'int IndexOf(string value, int startIndex, System.StringComparison comparisonType)',
    'int IndexOf(string value, int startIndex, int count, System.StringComparison comparisonType)',
  ],
  LastIndexOf: [
    'int LastIndexOf(char value)',
    'int LastIndexOf(char value, int startIndex)',
    'int LastIndexOf(char value, int startIndex, int count)',
    'int LastIndexOf(string value)',
    'int LastIndexOf(string value, int startIndex)',
    'int LastIndexOf(string value, int startIndex, int count)',
    'int LastIndexOf(string value, System.StringComparison comparisonType)',
    'int LastIndexOf(string value, int startIndex, System.StringComparison comparisonType)',
    'int LastIndexOf(string value, int startIndex, int count, System.StringComparison comparisonType)',
  ],
  IndexOfAny: [
    'int IndexOfAny(char[] anyOf)',
    'int IndexOfAny(char[] anyOf, int startIndex)',
    'int IndexOfAny(char[] anyOf, int startIndex, int count)',
  ],
  PadLeft: [
    'string PadLeft(int totalWidth)',
    'string PadLeft(int totalWidth, char paddingChar)',
  ],
  PadRight: [
    'string PadRight(int totalWidth)',
    'string PadRight(int totalWidth, char paddingChar)',
  ],
  Insert: [
    'string Insert(int startIndex, string value)',
  ],
  Remove: [
    'string Remove(int startIndex, int count)',
    'string Remove(int startIndex)',
  ],
  ToCharArray: [
    'char[] ToCharArray()',
    'char[] ToCharArray(int startIndex, int length)',
  ],
  CompareTo: [
    'int CompareTo(System.Object value)',
    'int CompareTo(string strB)',
    'int IComparable.CompareTo(System.Object obj)',
    'int IComparable[string].CompareTo(string other)',
  ],
  Normalize: [
    'string Normalize()',
    'string Normalize(System.Text.NormalizationForm normalizationForm)',
  ],
};

/** Gives each method its recorded overloads (a method missing from the table keeps none). */
export function withOverloads<M extends { name: string; overloads?: string[] }>(table: Record<string, string[]>, methods: M[]): M[] {
  return methods.map((m) => (table[m.name] ? { ...m, overloads: table[m.name] } : m));
}
