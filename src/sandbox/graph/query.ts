// The OData query options Graph honours on collections: $filter, $orderby, $count (with ConsistencyLevel: eventual),
// $select, $top and paging through $skiptoken in @odata.nextLink.
import { matchesFilter } from './odata/filter-evaluator';
import { FilterSyntaxError, parseFilter, type FilterNode } from './odata/filter-parser';
import type { GraphObject } from './resources';

export const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 999;

export interface QueryOptions {
  filter?: FilterNode;
  select?: string[];
  orderBy: Array<{ path: string; descending: boolean }>;
  top: number;
  skip: number;
  count: boolean;
}

export class QueryError extends Error {}

export function parseQuery(params: URLSearchParams, eventual: boolean): QueryOptions {
  const filterText = params.get('$filter');
  let filter: FilterNode | undefined;
  if (filterText !== null) {
    try {
      filter = parseFilter(filterText);
    } catch (error) {
      if (error instanceof FilterSyntaxError) throw new QueryError(error.message);
      throw error;
    }
  }
  const select = params.get('$select')?.split(',').map((s) => s.trim()).filter(Boolean);
  const orderBy = (params.get('$orderby') ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((clause) => {
    const [path, direction = 'asc'] = clause.split(/\s+/);
    if (!/^(asc|desc)$/i.test(direction)) throw new QueryError(`bad $orderby direction ${direction}`);
    return { path, descending: direction.toLowerCase() === 'desc' };
  });
  const topText = params.get('$top');
  const top = topText === null ? DEFAULT_PAGE_SIZE : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) throw new QueryError(`bad $top ${topText}`);
  return { filter, select, orderBy, top, skip: decodeSkipToken(params.get('$skiptoken')), count: eventual && params.get('$count') === 'true' };
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

export function project(item: GraphObject, select: string[] | undefined, defaults: string[] | undefined): GraphObject {
  const wanted = select ?? defaults;
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

/** Filters (FilterSyntaxError → QueryError), orders and pages the items; projection is left to the caller. */
export function runQuery(items: GraphObject[], options: QueryOptions): QueryResult {
  let matched: GraphObject[];
  try {
    matched = options.filter ? items.filter((item) => matchesFilter(options.filter!, item)) : [...items];
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
