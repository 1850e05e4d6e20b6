// Invoke-MgGraphRequest: a Graph request over the session (relative or absolute -Uri), the JSON answer as a
// hashtable (default), PSObject or JSON text; a failed status stops the statement with the module's text.
import { format } from '../../src/identity';
import type { GraphResponse } from '../../src/identity';
import type { CommandContext, CommandDefinition } from '../../src/runtime/command-types';
import { Hashtable, registerType } from '../../src/runtime/values';
import { identityOf, withIdentityErrors } from './shared/identity-service';
import { type JsonShape, jsonToValue } from './shared/json-values';

const NAMESPACE = 'Microsoft.Graph.PowerShell.Authentication.Models';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const OUTPUT_TYPES = ['HttpResponseMessage', 'HashTable', 'PSObject', 'Json'];

registerType({ fullName: `${NAMESPACE}.GraphRequestMethod`, baseTypes: ['System.Enum', 'System.ValueType'], enumValues: Object.fromEntries(METHODS.map((m, i) => [m, i])), isScalar: true });
registerType({ fullName: `${NAMESPACE}.OutputType`, baseTypes: ['System.Enum', 'System.ValueType'], enumValues: Object.fromEntries(OUTPUT_TYPES.map((t, i) => [t, i])), isScalar: true });

interface Params {
  Method?: unknown;
  Uri: unknown;
  Body?: unknown;
  Headers?: Hashtable;
  OutputType?: unknown;
  ContentType?: string;
  SkipHttpErrorCheck?: boolean;
  StatusCodeVariable?: string;
}

// Resources.resx of Microsoft.Graph.Authentication.
const RESPONSE_STATUS_CODE_FAILURE = 'Response status code does not indicate success: {0} ({1}).';

// HttpStatusCode names and reason phrases .NET uses for the statuses Graph answers with.
const STATUS: Record<number, [string, string]> = {
  400: ['BadRequest', 'Bad Request'],
  401: ['Unauthorized', 'Unauthorized'],
  403: ['Forbidden', 'Forbidden'],
  404: ['NotFound', 'Not Found'],
  405: ['MethodNotAllowed', 'Method Not Allowed'],
  409: ['Conflict', 'Conflict'],
  429: ['TooManyRequests', 'Too Many Requests'],
  500: ['InternalServerError', 'Internal Server Error'],
  503: ['ServiceUnavailable', 'Service Unavailable'],
};

function headersOf(table: Hashtable | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!table) return headers;
  for (const key of table.keys()) {
    const value = table.get(key);
    if (value !== null && value !== undefined) headers[String(key).toLowerCase()] = String(value);
  }
  return headers;
}

/** A PowerShell body as Graph wants it: text as is, anything else as JSON. */
function bodyOf(body: unknown): unknown {
  if (body === undefined || body === null || typeof body === 'string') return body ?? undefined;
  return JSON.parse(JSON.stringify(body, (_key, value) => (value instanceof Hashtable ? Object.fromEntries(value.keys().map((k) => [String(k), value.get(k)])) : value)));
}

/** The HTTP message as the module's HttpMessageFormatter writes it into ErrorDetails. */
function httpMessageText(method: string, url: string, response: GraphResponse): string {
  const [, reason] = STATUS[response.status] ?? ['', ''];
  const headers = Object.entries(response.headers).map(([name, value]) => `${name}: ${value}`);
  return [`${method} ${url}`, `HTTP/1.1 ${response.status} ${reason}`, ...headers, '', response.body].join('\n');
}

function writeResponse(ctx: CommandContext<Params>, response: GraphResponse, outputType: string): void {
  if (outputType === 'Json') {
    if (response.body) ctx.writeObject(response.body);
    return;
  }
  if (response.json !== undefined) ctx.writeObject(jsonToValue(response.json, outputType as JsonShape), false);
  else if (response.body) ctx.writeObject(response.body);
}

const InvokeMgGraphRequest: CommandDefinition<Params> = {
  name: 'Invoke-MgGraphRequest',
  module: 'Microsoft.Graph.Authentication',
  implementingType: 'Microsoft.Graph.PowerShell.Authentication.Cmdlets.InvokeMgGraphRequest',
  defaultParameterSet: 'UserParameterSet',
  supportsCommonParameters: true,
  parameters: [
    { name: 'Method', type: `${NAMESPACE}.GraphRequestMethod`, sets: [{ name: 'UserParameterSet', position: 1 }] },
    { name: 'Uri', type: 'System.String', sets: [{ name: 'UserParameterSet', position: 2, mandatory: true }] },
    { name: 'Body', type: 'System.Object', sets: [{ name: 'UserParameterSet', position: 3, valueFromPipeline: true }] },
    { name: 'Headers', type: 'System.Collections.IDictionary', sets: [{ name: 'UserParameterSet', position: 4 }] },
    { name: 'ContentType', type: 'System.String', sets: [{ name: 'UserParameterSet', position: 11 }] },
    { name: 'StatusCodeVariable', type: 'System.String', sets: [{ name: 'UserParameterSet', position: 15 }] },
    { name: 'SkipHttpErrorCheck', type: 'System.Management.Automation.SwitchParameter', sets: [{ name: 'UserParameterSet', position: 16 }] },
    { name: 'OutputType', type: `${NAMESPACE}.OutputType` },
  ],
  process(ctx) {
    const p = ctx.params;
    const method = String(p.Method ?? 'GET').toUpperCase();
    const identity = identityOf(ctx);
    const headers = headersOf(p.Headers);
    if (p.ContentType) headers['content-type'] = p.ContentType;
    const response = withIdentityErrors(ctx, () => identity.graph.request({ method, uri: String(p.Uri), body: bodyOf(p.Body), headers }));
    if (!response) return;
    if (p.StatusCodeVariable) ctx.session.setVariable(p.StatusCodeVariable, response.status);
    if (response.status >= 300 && !p.SkipHttpErrorCheck) {
      const [name, reason] = STATUS[response.status] ?? [String(response.status), ''];
      const record = ctx.newError('InvokeGraphHttpResponseException', format(RESPONSE_STATUS_CODE_FAILURE, name, reason), 'InvalidOperation', null, 'Microsoft.PowerShell.Commands.HttpResponseException');
      record.errorDetailsMessage = httpMessageText(method, identity.graph.resolveUri(String(p.Uri)).href, response);
      ctx.throwTerminatingError(record);
    }
    writeResponse(ctx, response, String(p.OutputType ?? 'HashTable'));
  },
};

export default InvokeMgGraphRequest;
