// A small unified-style line diff (LCS) so a failing case shows exactly which lines psnode got wrong.
'use strict';

function lineDiff(expectedText, actualText, { context = 3, maxLines = 80 } = {}) {
  const a = expectedText.split('\n');
  const b = actualText.split('\n');
  // Longest common subsequence table, filled from the end.
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push([' ', a[i++], j++]);
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', a[i++]]);
    else ops.push(['+', b[j++]]);
  }
  const keep = ops.map((op, k) => op[0] !== ' ' || ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o[0] !== ' '));
  const out = ['--- expected (pwsh)', '+++ actual (psnode)'];
  ops.forEach((op, k) => {
    if (keep[k]) out.push(`${op[0]}${op[1]}`);
    else if (keep[k - 1]) out.push('@@');
  });
  if (out.length > maxLines) return out.slice(0, maxLines).concat(`... (${out.length - maxLines} more diff lines)`).join('\n');
  return out.join('\n');
}

module.exports = { lineDiff };
