// Every entity route, run from the schema: {set} (GET list, POST create), {set}/$count, {set}/{key} (GET, PATCH,
// DELETE), {set}/{key}/{navigation} (GET, with a type cast and /$count), {navigation}/$ref (POST, PUT for a single
// reference) and {navigation}/{id}/$ref (DELETE), and directory/deletedItems (list by type, get, restore, purge).
import { graph as texts } from '../messages';
import type { Tenant } from '../model';
import type { StateStore } from '../state/state-store';
import {
  addReference, createRecord, deletedItem, deleteRecord, findIn, findObject, navigationTargets, purgeItem, removeReference, restoreItem,
  typedView, updateRecord, view, type Found,
} from './entities';
import { GraphFailure, isEventual, jsonBody, requireRole, send, type Call } from './graph-call';
import { filterUse } from './odata/filter-check';
import { encodeSkipToken, parseQuery, project, QueryError, runQuery, selectOption } from './query';
import { castType, entitySet, type EntityType, type GraphObject, type NavigationProperty } from './schema';

export interface EntityCall {
  call: Call;
  store: StateStore;
  tenant: Tenant;
  roles: string[];
}

/** A list's items with the properties each shows without $select. */
interface Listed {
  object: GraphObject;
  defaults?: string[];
}

const segmentError = (segment: string) => new GraphFailure(400, texts.segmentNotFound(segment));
const notFound = (key: string) => new GraphFailure(404, texts.resourceNotFound(key));

/** Checks the query against the types its items may have, then parses it (400 with Graph's text otherwise). */
function checkedQuery(call: Call, types: EntityType[], typeName: string) {
  const eventual = isEventual(call);
  let options;
  try {
    options = parseQuery(call.url.searchParams, eventual);
  } catch (error) {
    if (error instanceof QueryError) throw new GraphFailure(400, texts.invalidFilter);
    throw error;
  }
  if (options.search && !eventual) throw new GraphFailure(400, texts.searchNeedsEventual);
  if (options.filter) {
    const use = filterUse(options.filter);
    for (const name of use.properties) {
      const having = types.filter((type) => Object.keys(type.properties).some((p) => p.toLowerCase() === name.toLowerCase()));
      if (!having.length) throw new GraphFailure(400, texts.propertyNotFound(name, typeName));
      if (having.every((type) => type.unfilterable.some((p) => p.toLowerCase() === name.toLowerCase()))) {
        throw new GraphFailure(400, texts.unsupportedFilterProperty(name, having[0].resourceName));
      }
    }
    if (use.functions.includes('endswith') && !eventual) throw new GraphFailure(400, texts.endsWithNeedsEventual);
  }
  return options;
}

function listResponse(call: Call, items: Listed[], contextName: string, types: EntityType[], typeName: string): void {
  const options = checkedQuery(call, types, typeName);
  const byObject = new Map(items.map((item) => [item.object, item.defaults]));
  const result = runQuery(items.map((item) => item.object), options);
  const selectSuffix = options.select ? `(${options.select.join(',')})` : '';
  const body: GraphObject = { '@odata.context': `${call.origin}/v1.0/$metadata#${contextName}${selectSuffix}` };
  if (options.count) body['@odata.count'] = result.total;
  if (result.nextSkip !== undefined) {
    const next = new URL(call.url.pathname + call.url.search, call.origin);
    for (const key of [...next.searchParams.keys()]) if (key.toLowerCase() === '$skiptoken') next.searchParams.delete(key);
    next.searchParams.set('$skiptoken', encodeSkipToken(result.nextSkip));
    body['@odata.nextLink'] = next.toString();
  }
  body.value = result.page.map((item) => project(item, options.select, byObject.get(item)));
  send(call, 200, body);
}

function rawCount(call: Call, items: Listed[], types: EntityType[], typeName: string): void {
  if (!isEventual(call)) throw new GraphFailure(400, texts.countNeedsEventual);
  const options = checkedQuery(call, types, typeName);
  const result = runQuery(items.map((item) => item.object), { ...options, skip: 0, top: Number.MAX_SAFE_INTEGER });
  send(call, 200, String(result.total), 'text/plain; charset=utf-8');
}

function entityResponse(call: Call, contextName: string, object: GraphObject, defaults: string[] | undefined, status = 200): void {
  const select = selectOption(call.url.searchParams);
  const selected = select ? `(${select.join(',')})` : '';
  send(call, status, { '@odata.context': `${call.origin}/v1.0/$metadata#${contextName}${selected}/$entity`, ...project(object, select, defaults) });
}

/** Applies a change to the stored tenant (a fresh copy, written back) and returns what the change returns. */
function mutate<T>(entity: EntityCall, change: (tenant: Tenant) => T): T {
  return entity.store.update((state) => change(state.tenants.find((t) => t.id === entity.tenant.id)!));
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The body's properties, checked against the type: known names, nothing read-only, unique values free. */
function checkedBody(tenant: Tenant, type: EntityType, body: GraphObject, self?: Found): { values: GraphObject; binds: Array<[NavigationProperty, string, string[]]> } {
  const values: GraphObject = {};
  const binds: Array<[NavigationProperty, string, string[]]> = [];
  for (const [name, value] of Object.entries(body)) {
    if (name === '@odata.type') continue;
    const bind = /^(\w+)@odata\.bind$/.exec(name);
    if (bind) {
      const navigation = type.navigations[bind[1]];
      if (!navigation?.writeRoles || !Array.isArray(value)) throw new GraphFailure(400, texts.bodyPropertyNotFound(name, type.typeName));
      binds.push([navigation, bind[1], value.map((ref) => referenceId(String(ref)))]);
      continue;
    }
    const known = Object.keys(type.properties).find((p) => sameName(p, name));
    if (!known) throw new GraphFailure(400, texts.bodyPropertyNotFound(name, type.typeName));
    if (type.readOnly.includes(known) && !(known === 'appId' && type.entitySet === 'servicePrincipals' && !self)) throw new GraphFailure(400, texts.invalidValues);
    values[known] = value;
  }
  for (const property of type.unique) {
    const wanted = values[property];
    if (typeof wanted !== 'string') continue;
    const clash = type.records(tenant).some((r) => r !== self?.record && String(view(tenant, type, r)[property] ?? '').toLowerCase() === wanted.toLowerCase());
    if (clash) throw new GraphFailure(400, texts.duplicateValue(property));
  }
  if (type.entitySet === 'users' && typeof values.userPrincipalName === 'string' && !values.userPrincipalName.toLowerCase().endsWith(`@${tenant.domain.toLowerCase()}`)) {
    throw new GraphFailure(400, texts.upnDomainInvalid);
  }
  return { values, binds };
}

/** The object id an `@odata.id` names (…/directoryObjects/{id}, …/users/{id} or …/directoryObjects('{id}')). */
function referenceId(odataId: string): string {
  const match = /([^/('"]+)['"]?\)?\/?$/.exec(odataId.trim());
  return match ? match[1] : odataId;
}

async function createEntity(entity: EntityCall, type: EntityType): Promise<void> {
  requireRole(entity.roles, type.writeRoles);
  const body = await jsonBody(entity.call);
  const created = mutate(entity, (tenant) => {
    const { values, binds } = checkedBody(tenant, type, body);
    if (type.required.some((name) => values[name] === undefined || values[name] === null || values[name] === '')) throw new GraphFailure(400, texts.invalidValues);
    if (type.entitySet === 'servicePrincipals' && !tenant.applications.some((a) => sameName(a.appId, String(values.appId)))) throw new GraphFailure(400, texts.invalidValues);
    const targets = binds.map(([navigation, name, ids]) => [navigation, name, ids.map((id) => findObject(tenant, id, navigation.targets) ?? throwNotFound(id))] as const);
    const record = createRecord(tenant, type, values);
    for (const [navigation, , found] of targets) {
      if ('field' in navigation.source) for (const target of found) addReference(record, navigation.source.field, target.record.id);
    }
    return view(tenant, type, record);
  });
  entityResponse(entity.call, type.entitySet, created, type.defaultSelect, 201);
}

function throwNotFound(id: string): never {
  throw notFound(id);
}

async function updateEntity(entity: EntityCall, type: EntityType, key: string): Promise<void> {
  requireRole(entity.roles, type.writeRoles);
  const body = await jsonBody(entity.call);
  mutate(entity, (tenant) => {
    const record = findIn(tenant, type, key) ?? throwNotFound(key);
    const { values } = checkedBody(tenant, type, body, { type, record });
    updateRecord(record, values);
  });
  send(entity.call, 204, undefined);
}

function deleteEntity(entity: EntityCall, type: EntityType, key: string): void {
  requireRole(entity.roles, type.writeRoles);
  mutate(entity, (tenant) => deleteRecord(tenant, { type, record: findIn(tenant, type, key) ?? throwNotFound(key) }));
  send(entity.call, 204, undefined);
}

async function navigationRoute(entity: EntityCall, found: Found, name: string, navigation: NavigationProperty, tail: string[]): Promise<void> {
  const { call, tenant, roles } = entity;
  const method = call.req.method ?? 'GET';
  const field = 'field' in navigation.source ? navigation.source.field : undefined;
  if (tail[0] === '$ref' && tail.length === 1 && field && navigation.writeRoles) {
    if (method === 'DELETE' && navigation.single) {
      requireRole(roles, navigation.writeRoles);
      const removed = mutate(entity, (t) => removeReference(findObject(t, found.record.id)!.record, field, undefined));
      if (!removed) throw notFound(name);
      return send(call, 204, undefined);
    }
    if (method !== (navigation.single ? 'PUT' : 'POST')) throw segmentError('$ref');
    requireRole(roles, navigation.writeRoles);
    const body = await jsonBody(call);
    const id = typeof body['@odata.id'] === 'string' ? referenceId(body['@odata.id']) : undefined;
    if (!id) throw new GraphFailure(400, texts.badRequest);
    const added = mutate(entity, (t) => {
      const target = findObject(t, id, navigation.targets) ?? throwNotFound(id);
      if (navigation.single && target.record.id === found.record.id) throw new GraphFailure(400, texts.invalidValues);
      return addReference(findObject(t, found.record.id)!.record, field, target.record.id, navigation.single);
    });
    if (!added) throw new GraphFailure(400, texts.referenceExists(name));
    return send(call, 204, undefined);
  }
  if (tail.length === 2 && tail[1] === '$ref' && method === 'DELETE' && field && navigation.writeRoles && !navigation.single) {
    requireRole(roles, navigation.writeRoles);
    const removed = mutate(entity, (t) => removeReference(findObject(t, found.record.id)!.record, field, tail[0]));
    if (!removed) throw new GraphFailure(400, texts.referenceMissing(name));
    return send(call, 204, undefined);
  }
  if (method !== 'GET') throw segmentError(tail[tail.length - 1] ?? name);
  requireRole(roles, navigation.readRoles);
  const targets = navigationTargets(tenant, found, navigation);
  if (navigation.single) {
    if (tail.length) throw segmentError(tail[0]);
    if (!targets.length) throw notFound(name);
    return entityResponse(call, 'directoryObjects', typedView(tenant, targets[0]), targets[0].type.defaultSelect);
  }
  // Type casts (members/microsoft.graph.user, as the SDKs' builders send them), optionally followed by /$count.
  const cast = tail[0] && tail[0] !== '$count' ? castType(tail[0]) : undefined;
  if (tail[0] && tail[0] !== '$count' && !cast) throw segmentError(tail[0]);
  const rest = cast ? tail.slice(1) : tail;
  if (rest.length > 1 || (rest[0] !== undefined && rest[0] !== '$count')) throw segmentError(rest[rest.length - 1]);
  const kept = cast ? targets.filter((t) => t.type === cast) : targets;
  const items = kept.map((t) => ({ object: typedView(tenant, t), defaults: t.type.defaultSelect }));
  const types = cast ? [cast] : navigation.targets.map((set) => entitySet(set)!);
  const typeName = cast ? cast.typeName : 'directoryObject';
  if (rest[0] === '$count') return rawCount(call, items, types, typeName);
  listResponse(call, items, cast ? cast.entitySet : 'directoryObjects', types, typeName);
}

/** directory/deletedItems/microsoft.graph.{type}, …/{id}, …/{id}/restore. */
function deletedItemsRoute(entity: EntityCall, segments: string[]): void {
  const { call, tenant, roles } = entity;
  const method = call.req.method ?? 'GET';
  const cast = segments[0] ? castType(segments[0]) : undefined;
  if (cast) {
    if (method !== 'GET' || segments.length > 2 || (segments[1] && segments[1] !== '$count')) throw segmentError(segments[segments.length - 1]);
    requireRole(roles, cast.readRoles);
    const items = (tenant.deletedItems ?? []).filter((item) => item.entitySet === cast.entitySet)
      .map((item) => ({ object: { '@odata.type': `#microsoft.graph.${cast.typeName}`, ...view(tenant, cast, item.record, item.deletedDateTime) }, defaults: cast.defaultSelect && [...cast.defaultSelect, 'deletedDateTime'] }));
    if (segments[1] === '$count') return rawCount(call, items, [cast], cast.typeName);
    return listResponse(call, items, `directory/deletedItems/microsoft.graph.${cast.typeName}`, [cast], cast.typeName);
  }
  const id = segments[0];
  if (!id) throw segmentError('deletedItems');
  const item = deletedItem(tenant, id);
  const type = item ? entitySet(item.entitySet)! : undefined;
  if (segments.length === 2 && segments[1] === 'restore' && method === 'POST') {
    if (!item || !type) throw notFound(id);
    requireRole(roles, type.writeRoles);
    const restored = mutate(entity, (t) => typedView(t, restoreItem(t, deletedItem(t, id)!)));
    return entityResponse(call, 'directoryObjects', restored, type.defaultSelect);
  }
  if (segments.length !== 1) throw segmentError(segments[segments.length - 1]);
  if (!item || !type) throw notFound(id);
  if (method === 'DELETE') {
    requireRole(roles, type.writeRoles);
    mutate(entity, (t) => purgeItem(t, deletedItem(t, id)!));
    return send(call, 204, undefined);
  }
  if (method !== 'GET') throw segmentError(id);
  requireRole(roles, type.readRoles);
  entityResponse(call, 'directory/deletedItems', { '@odata.type': `#microsoft.graph.${type.typeName}`, ...view(tenant, type, item.record, item.deletedDateTime) }, type.defaultSelect);
}

/** Routes the segments after v1.0 (an alternate key such as appId already resolved to the object id). */
export async function entityRoute(entity: EntityCall, segments: string[]): Promise<void> {
  const { call, tenant, roles } = entity;
  const method = call.req.method ?? 'GET';
  const [name, key, navigationName, ...tail] = segments;
  if (name?.toLowerCase() === 'directory' && key?.toLowerCase() === 'deleteditems') return deletedItemsRoute(entity, segments.slice(2));
  const type = name ? entitySet(name) : undefined;
  if (!type) throw segmentError(name ?? '');
  if (key === undefined) {
    if (method === 'POST' && type.writeRoles.length) return createEntity(entity, type);
    if (method !== 'GET') throw segmentError(name);
    requireRole(roles, type.readRoles);
    return listResponse(call, type.records(tenant).map((r) => ({ object: view(tenant, type, r), defaults: type.defaultSelect })), type.entitySet, [type], type.typeName);
  }
  if (key === '$count') {
    if (method !== 'GET' || navigationName) throw segmentError(navigationName ?? key);
    requireRole(roles, type.readRoles);
    return rawCount(call, type.records(tenant).map((r) => ({ object: view(tenant, type, r) })), [type], type.typeName);
  }
  if (navigationName === undefined) {
    if (method === 'PATCH' && type.writeRoles.length) return updateEntity(entity, type, key);
    if (method === 'DELETE' && type.writeRoles.length) return deleteEntity(entity, type, key);
    if (method !== 'GET') throw segmentError(key);
    requireRole(roles, type.readRoles);
    const record = findIn(tenant, type, key) ?? throwNotFound(key);
    return entityResponse(call, type.entitySet, view(tenant, type, record), type.defaultSelect);
  }
  const navigationKey = Object.keys(type.navigations).find((n) => sameName(n, navigationName));
  if (!navigationKey) throw segmentError(navigationName);
  const navigation = type.navigations[navigationKey];
  requireRole(roles, [...navigation.readRoles, ...(navigation.writeRoles ?? [])]);
  const record = findIn(tenant, type, key) ?? throwNotFound(key);
  return navigationRoute(entity, { type, record }, navigationKey, navigation, tail);
}
