// The formatting subsystem's public face: what the host wires in (Out-Default, error and stream-record display) and
// what the Format-* / Out-* cmdlets build on.

export { createOutDefault, outStringText, writeStreamRecord, type OutDefaultOptions } from './out-default';
export { OutputPipeline, formatToLines, type PipelineOptions } from './output-pipeline';
export { renderError, type ErrorViewOptions } from './errors/error-view';
export { renderStreamRecord, type StreamRecordKind } from './errors/stream-records';
export { positionMessage } from './errors/position-message';
export type { ErrorRecordLike, InvocationLike } from './errors/error-record';
export { bufferWidth, cultureLanguage, DEFAULT_BUFFER_WIDTH, errorView, enumerationLimit } from './host-settings';
export { styler, useAnsi, stripAnsi, PLAIN, PS_STYLE, type Styler } from './style';
export { FormatRecord } from './engine/format-records';
export {
  formatCommandHandlers,
  streamingHandlers,
  hostOutputHandlers,
  stringPipelineFor,
  propertyRequest,
  type SelectorLike,
} from './format-command';
export { registerViews, findView } from './views';
export type { ViewDefinition, TableView, ListView, CustomView } from './views';
