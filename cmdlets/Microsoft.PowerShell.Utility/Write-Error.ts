// Write-Error: a non-terminating error reported as its caller's (the script or function that ran Write-Error):
// WriteErrorException by default, or the given -Exception / -ErrorRecord, with -Category, -ErrorId, -TargetObject.

import type { CommandDefinition } from '../../src/runtime/command-types';
import { DotNetException, ErrorRecord, ERROR_CATEGORIES, ErrorCategory } from '../../src/runtime/values';
import { toStr } from '../../src/runtime/convert';

interface Params {
  Message?: string;
  Exception?: unknown;
  ErrorRecord?: ErrorRecord;
  Category?: unknown;
  ErrorId?: string;
  TargetObject?: unknown;
  RecommendedAction?: string;
  CategoryActivity?: string;
  CategoryReason?: string;
  CategoryTargetName?: string;
  CategoryTargetType?: string;
}

const common = [
  { name: 'Category', type: 'System.Management.Automation.ErrorCategory' },
  { name: 'ErrorId', type: 'string' },
  { name: 'TargetObject', type: 'System.Object' },
  { name: 'RecommendedAction', type: 'string' },
  { name: 'CategoryActivity', type: 'string', aliases: ['Activity'] },
  { name: 'CategoryReason', type: 'string', aliases: ['Reason'] },
  { name: 'CategoryTargetName', type: 'string', aliases: ['TargetName'] },
  { name: 'CategoryTargetType', type: 'string', aliases: ['TargetType'] },
];

const WriteError: CommandDefinition<Params> = {
  name: 'Write-Error',
  module: 'Microsoft.PowerShell.Utility',
  implementingType: 'Microsoft.PowerShell.Commands.WriteErrorCommand',
  defaultParameterSet: 'NoException',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Message', type: 'string', aliases: ['Msg'], sets: [{ name: 'NoException', position: 0, mandatory: true, valueFromPipeline: true }, { name: 'WithException' }], allowNull: true, allowEmptyString: true },
    { name: 'Exception', type: 'System.Exception', sets: [{ name: 'WithException', mandatory: true }] },
    { name: 'ErrorRecord', type: 'System.Management.Automation.ErrorRecord', sets: [{ name: 'ErrorRecord', mandatory: true }] },
    ...common.map((p) => ({ ...p, sets: [{ name: 'NoException' }, { name: 'WithException' }] })),
  ],
  process(ctx) {
    const p = ctx.params;
    let record: ErrorRecord;
    if (p.ErrorRecord) {
      record = p.ErrorRecord;
    } else {
      const ex = p.Exception instanceof DotNetException ? p.Exception : new DotNetException('Microsoft.PowerShell.Commands.WriteErrorException', toStr(p.Message ?? ''));
      if (p.Exception instanceof DotNetException && p.Message !== undefined) (ex as { message: string }).message = toStr(p.Message);
      const category = p.Category === undefined ? 'NotSpecified' : (toStr(p.Category) as ErrorCategory);
      const id = p.ErrorId ?? ex.typeName;
      record = new ErrorRecord(ex, id, ERROR_CATEGORIES.includes(category) ? category : 'NotSpecified', p.TargetObject ?? null);
      ex.errorRecord = record;
    }
    const caller = ctx.caller;
    record.fullyQualifiedErrorId = caller.name ? `${record.errorId},${caller.name}` : record.errorId;
    record.categoryInfo.activity = p.CategoryActivity ?? 'Write-Error';
    if (p.CategoryReason !== undefined) record.categoryInfo.reason = p.CategoryReason;
    if (p.CategoryTargetName !== undefined) record.categoryInfo.targetName = p.CategoryTargetName;
    if (p.CategoryTargetType !== undefined) record.categoryInfo.targetType = p.CategoryTargetType;
    if (p.RecommendedAction !== undefined) record.recommendedAction = p.RecommendedAction;
    if (!record.invocationInfo) record.invocationInfo = { ...caller.invocation, commandName: caller.name || 'Write-Error', commandResolves: !!caller.name };
    ctx.writeError(record);
  },
};

export default WriteError;
