// The OData query options Graph honours on collections: $filter, $search, $orderby, $count (with ConsistencyLevel:
// eventual), $select (names or *), $top and paging through $skiptoken in @odata.nextLink. Option names are
// case-insensitive, as Graph reads them ($Filter and $Top, as Microsoft.Entra sends them, work).
import { matchesFilter } from './odata/filter-evaluator';
import { FilterSyntaxError, parseFilter, type FilterNode } from './odata/filter-parser';
import { matchesSearch, parseSearch, type SearchNode } from './odata/search';
import type { GraphObject } from './schema';

export const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 999;

export interface QueryOptions {
  filter?: FilterNode;
  search?: SearchNode;
  /** The $select names; ['*'] for every property. */
  select?: string[];
  orderBy: Array<{ path: string; descending: boolean }>;
  top: number;
  skip: number;
  count: boolean;
}

export class QueryError extends Error {}

/** A query option's value, its name matched without regard to case. */
export function queryOption(params: URLSearchParams, name: string): string | null {
  for (const [key, value] of params) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

function parsed<T>(text: string | null, parse: (text: string) => T): T | undefined {
  if (text === null) return undefined;
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw new QueryError(error.message);
    throw error;
  }
}

export function selectOption(params: URLSearchParams): string[] | undefined {
  return queryOption(params, '$select')?.split(',').map((s) => s.trim()).filter(Boolean);
}

export function parseQuery(params: URLSearchParams, eventual: boolean): QueryOptions {
  const filter = parsed(queryOption(params, '$filter'), parseFilter);
  const search = parsed(queryOption(params, '$search'), parseSearch);
  const orderBy = (queryOption(params, '$orderby') ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((clause) => {
    const [path, direction = 'asc'] = clause.split(/\s+/);
    if (!/^(asc|desc)$/i.test(direction)) throw new QueryError(`bad $orderby direction ${direction}`);
    return { path, descending: direction.toLowerCase() === 'desc' };
  });
  const topText = queryOption(params, '$top');
  const top = topText === null ? DEFAULT_PAGE_SIZE : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) throw new QueryError(`bad $top ${topText}`);
  const count = eventual && queryOption(params, '$count')?.toLowerCase() === 'true';
  return { filter, search, select: selectOption(params), orderBy, top, skip: decodeSkipToken(queryOption(params, '$skiptoken')), count };
}

export function encodeSkipToken(skip: number): string {
  return Buffer.from(JSON.stringify({ skip })).toString('base64url');
}

function decodeSkipToken(token: string | null): number {
  if (token === null) return 0;
  try {
    const skip = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')).skip;
    if (Number.isInteger(skip) && skip >= 0) return skip;
  } catch {
    // fall through
  }
  throw new QueryError('bad $skiptoken');
}

function sortValue(item: GraphObject, path: string): string {
  const key = Object.keys(item).find((k) => k.toLowerCase() === path.toLowerCase());
  const value = key === undefined ? undefined : item[key];
  return value === null || value === undefined ? '' : String(value).toLowerCase();
}

/** The selected properties (all for `*`), else the defaults (all when there are none); @odata.type stays first. */
export function project(item: GraphObject, select: string[] | undefined, defaults: string[] | undefined): GraphObject {
  const wanted = select?.includes('*') ? undefined : select ?? defaults;
  if (!wanted) return item;
  const out: GraphObject = {};
  if ('@odata.type' in item) out['@odata.type'] = item['@odata.type'];
  for (const name of wanted) {
    const key = Object.keys(item).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key !== undefined) out[key] = item[key];
  }
  return out;
}

export interface QueryResult {
  page: GraphObject[];
  total: number;
  /** Where the next page starts, when there is one. */
  nextSkip?: number;
}

/** Filters and searches (FilterSyntaxError → QueryError), orders and pages the items; projection is left to the caller. */
export function runQuery(items: GraphObject[], options: QueryOptions): QueryResult {
  let matched: GraphObject[];
  try {
    matched = items.filter((item) => (!options.filter || matchesFilter(options.filter, item)) && (!options.search || matchesSearch(options.search, item)));
  } catch (error) {
    if (error instanceof FilterSyntaxError) throw new QueryError(error.message);
    throw error;
  }
  for (const { path, descending } of [...options.orderBy].reverse()) {
    matched.sort((a, b) => sortValue(a, path).localeCompare(sortValue(b, path)) * (descending ? -1 : 1));
  }
  const page = matched.slice(options.skip, options.skip + options.top);
  const end = options.skip + page.length;
  return { page, total: matched.length, nextSkip: end < matched.length ? end : undefined };
}
