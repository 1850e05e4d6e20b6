// .NET's Regex.Unescape: the character escapes of a regular expression (\t, \n, \x41, \u0041, \101, \cC) become the
// characters they name; any other escaped character stands for itself.

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b' };

export function regexUnescape(text: string): string {
  return text.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([0-7]{1,3})|c([A-Za-z])|([\s\S]))/g, (_m, hex, uni, oct, ctl, ch) => {
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    if (uni) return String.fromCharCode(parseInt(uni, 16));
    if (oct) return String.fromCharCode(parseInt(oct, 8) & 0xff);
    if (ctl) return String.fromCharCode(ctl.toUpperCase().charCodeAt(0) - 64);
    return SIMPLE[ch] ?? ch;
  });
}
