// ErrorRecord display when $ErrorView is NormalView ("<command> : <message>", the PositionMessage and the
// "+ CategoryInfo" / "+ FullyQualifiedErrorId" lines) or CategoryView (the category line alone).

import { PS_STYLE, type Styler } from '../style';
import type { ErrorRecordLike, InvocationLike } from './error-record';
import { positionMessage } from './position-message';

const NL = '\n';

/** "<name> : " naming where the error came from. */
function commandPrefix(inv: InvocationLike | undefined): string {
  if (!inv) return '';
  if (inv.commandName || inv.commandType) {
    if (inv.commandType === 'ExternalScript') return inv.commandPath ? `${inv.commandPath} : ` : '';
    if (inv.commandType === 'Script') return inv.scriptBlockText !== undefined ? `${inv.scriptBlockText} : ` : '';
    if (/^[&.]?$/.test(inv.invocationName ?? '')) return inv.commandName ? `${inv.commandName} : ` : '';
    return `${inv.invocationName} : `;
  }
  return inv.invocationName ? `${inv.invocationName} : ` : '';
}

export function renderNormalView(err: ErrorRecordLike, style: Styler): string {
  const errorColor = style.code(PS_STYLE.error);
  const reset = style.code(PS_STYLE.reset);
  const inv = err.invocationInfo;
  let posmsg = '';
  if (inv && (inv.commandName || err.categoryInfo.category !== 'ParserError')) {
    posmsg = positionMessage(inv);
    if (posmsg !== '') posmsg = NL + posmsg;
  }
  posmsg += `${NL}+ CategoryInfo          : ${err.categoryInfo.toString()}`;
  posmsg += `${NL}+ FullyQualifiedErrorId : ${err.FullyQualifiedErrorId}`;
  const message = (err.errorDetailsMessage || err.exception.message) + posmsg;
  return `${errorColor}${commandPrefix(inv)}${errorColor}${message}${reset}`;
}

export function renderCategoryView(err: ErrorRecordLike, style: Styler): string {
  return style.wrap(PS_STYLE.error, err.categoryInfo.toString());
}
