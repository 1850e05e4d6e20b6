// The Get-Entra* cmdlets' common shape: a Graph collection read by id, -Filter, -SearchString, -Top or -All
// (following @odata.nextLink), with -Property as $select; each resource becomes a model object.
import type { GraphResponse } from '../../../src/identity';
import type { CommandContext, CommandDefinition, ParameterDefinition } from '../../../src/runtime/command-types';
import { identityOf, withIdentityErrors } from '../../Microsoft.Graph.Authentication/shared/identity-service';
import { PSObject } from '../../../src/runtime/values';
import { graphModel, readGraphJson } from './graph-models';

export interface GraphQueryParams {
  Top?: number;
  Filter?: string;
  All?: boolean;
  SearchString?: string;
  Property?: string[];
  [id: string]: unknown;
}

export interface GraphQuerySpec {
  name: string;
  /** The collection under v1.0, e.g. 'users'. */
  collection: string;
  id: { name: string; aliases: string[] };
  modelType: string;
  /** The $filter -SearchString stands for. */
  searchFilter(text: string): string;
  /** Entra's own not-connected text, for the cmdlets that check first. */
  notConnected?: string;
}

// .NET HttpStatusCode names for the statuses Graph answers with.
const STATUS_NAMES: Record<number, string> = { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 429: 'TooManyRequests' };

function queryUri(spec: GraphQuerySpec, params: GraphQueryParams): string {
  const id = params[spec.id.name];
  const query: string[] = [];
  if (params.Property?.length) query.push(`$select=${params.Property.join(',')}`);
  if (id !== undefined && id !== null) return `v1.0/${spec.collection}/${encodeURIComponent(String(id))}${query.length ? `?${query.join('&')}` : ''}`;
  const filter = params.SearchString !== undefined ? spec.searchFilter(params.SearchString) : params.Filter;
  if (filter) query.push(`$filter=${encodeURIComponent(filter)}`);
  if (params.Top !== undefined && !params.All) query.push(`$top=${params.Top}`);
  return `v1.0/${spec.collection}${query.length ? `?${query.join('&')}` : ''}`;
}

function graphError(ctx: CommandContext<any>, response: GraphResponse): void {
  const error = response.error ?? { code: '', message: response.body };
  const message = `${error.message}\n\nStatus: ${response.status} (${STATUS_NAMES[response.status] ?? response.status})\nErrorCode: ${error.code}`;
  ctx.writeError(ctx.newError(error.code, message, response.status === 404 ? 'ObjectNotFound' : 'InvalidOperation', null, 'System.Exception'));
}

export function graphQueryCommand(spec: GraphQuerySpec): CommandDefinition<GraphQueryParams> {
  const parameters: ParameterDefinition[] = [
    { name: 'Top', type: 'System.Int32', aliases: ['Limit'], sets: [{ name: 'GetQuery', valueFromPipelineByPropertyName: true }] },
    { name: 'Filter', type: 'System.String', sets: [{ name: 'GetQuery', valueFromPipelineByPropertyName: true }] },
    { name: 'All', type: 'System.Management.Automation.SwitchParameter' },
    { name: 'SearchString', type: 'System.String', sets: [{ name: 'GetVague', valueFromPipelineByPropertyName: true }] },
    { name: spec.id.name, type: 'System.String', aliases: spec.id.aliases, sets: [{ name: 'GetById', mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }] },
    { name: 'Property', type: 'System.String[]', aliases: ['Select'], valueFromPipelineByPropertyName: true },
  ];
  return {
    name: spec.name,
    module: 'Microsoft.Entra',
    defaultParameterSet: 'GetQuery',
    supportsCommonParameters: true,
    outputType: [spec.modelType],
    parameters,
    begin(ctx) {
      if (spec.notConnected && !identityOf(ctx).session.context) {
        ctx.throwTerminatingError(ctx.newError('Microsoft.PowerShell.Commands.WriteErrorException', spec.notConnected, 'NotSpecified', null, 'Microsoft.PowerShell.Commands.WriteErrorException'));
      }
    },
    process(ctx) {
      runGraphQuery(ctx, spec, ctx.params);
    },
  };
}

/** Reads the query's pages and writes each resource as a model object. */
export function runGraphQuery(ctx: CommandContext<any>, spec: GraphQuerySpec, params: GraphQueryParams): void {
  const graph = identityOf(ctx).graph;
  let uri: string | undefined = queryUri(spec, params);
  let remaining = params.All ? Infinity : params.Top ?? Infinity;
  while (uri && remaining > 0) {
    const response = withIdentityErrors(ctx, () => graph.request({ method: 'GET', uri: uri! }));
    if (!response) return;
    if (response.error || response.status >= 300) return graphError(ctx, response);
    const page = readGraphJson(response.body) as PSObject;
    const value = page.getMember('value')?.value;
    const items = (Array.isArray(value) ? value : [page]) as PSObject[];
    for (const item of items.slice(0, remaining === Infinity ? undefined : remaining)) ctx.writeObject(graphModel(item, spec.modelType));
    remaining -= items.length;
    const next = page.getMember('@odata.nextLink')?.value;
    uri = (params.All || remaining > 0) && typeof next === 'string' ? next : undefined;
  }
}
