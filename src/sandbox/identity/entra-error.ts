// Entra's JSON error body for the token endpoint and discovery: AADSTS text + Trace ID + Correlation ID + Timestamp.
import crypto from 'node:crypto';
import type { EntraFailure } from '../messages';

export interface EntraErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
}

/** Entra's timestamp form: `2024-06-05 12:38:22Z`. */
export function entraTimestamp(now: Date): string {
  return now.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

// invalid_client is a 401 at Entra; every other client error here is a 400.
export function entraStatus(failure: EntraFailure): number {
  return failure.error === 'invalid_client' ? 401 : 400;
}

export function entraErrorBody(failure: EntraFailure, origin: string, correlationId: string, now = new Date()): EntraErrorBody {
  const traceId = crypto.randomUUID();
  const timestamp = entraTimestamp(now);
  return {
    error: failure.error,
    // Entra separates the trailer with CRLF inside the JSON string.
    error_description: `AADSTS${failure.codes[0]}: ${failure.text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: failure.codes,
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${origin}/error?code=${failure.codes[0]}`,
  };
}
