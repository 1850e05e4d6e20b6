// Get-ChildItem -Attributes: pwsh's FlagsExpression over System.IO.FileAttributes. `A+B` needs both, `A,B` either,
// `!A` excludes; `,` binds loosest (`Directory+Hidden, ReadOnly`).

import { fmt } from '../core/messages';
import { FILE_ATTRIBUTES } from './file-system-info';
import { FileSystemMsg } from './messages';

/** One `+`-joined term: the attributes an item must have and the ones it must not. */
interface Term {
  required: string[];
  excluded: string[];
}

/** A parsed -Attributes argument. */
export class AttributesExpression {
  constructor(private readonly terms: Term[]) {}

  matches(attributes: readonly string[]): boolean {
    return this.terms.some((t) => t.required.every((a) => attributes.includes(a)) && !t.excluded.some((a) => attributes.includes(a)));
  }

  /** Whether the expression asks for an attribute (Hidden: hidden items are listed without -Force). */
  requires(attribute: string): boolean {
    return this.terms.some((t) => t.required.includes(attribute));
  }
}

/** A text pwsh cannot parse or whose names are not FileAttributes; the message is the inner conversion error. */
export class AttributesExpressionError extends Error {}

const NAMES = Object.keys(FILE_ATTRIBUTES);

function attributeName(token: string): string {
  const name = NAMES.find((n) => n.toLowerCase() === token.toLowerCase());
  if (!name) throw new AttributesExpressionError(fmt(FileSystemMsg.UnknownAttributeName, token, NAMES.join(', ')));
  return name;
}

export function parseAttributesExpression(text: string): AttributesExpression {
  const tokens = text.match(/[!+,]|[^\s!+,]+/g) ?? [];
  const terms: Term[] = [];
  let term: Term = { required: [], excluded: [] };
  let expectName = true;
  let negate = false;
  for (const token of tokens) {
    if (token === '!') {
      if (!expectName || negate) throw new AttributesExpressionError(FileSystemMsg.AttributesSyntax);
      negate = true;
    } else if (token === '+' || token === ',') {
      if (expectName) throw new AttributesExpressionError(FileSystemMsg.AttributesSyntax);
      if (token === ',') {
        terms.push(term);
        term = { required: [], excluded: [] };
      }
      expectName = true;
    } else {
      if (!expectName) throw new AttributesExpressionError(FileSystemMsg.AttributesSyntax);
      (negate ? term.excluded : term.required).push(attributeName(token));
      expectName = false;
      negate = false;
    }
  }
  if (expectName) throw new AttributesExpressionError(FileSystemMsg.AttributesSyntax);
  terms.push(term);
  return new AttributesExpression(terms);
}
