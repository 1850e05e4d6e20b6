// Directory records seen through the schema: full Graph views, lookup by key across sets, navigation ids, and the
// writes (create, update, delete, restore, $ref) that POST, PATCH and DELETE make, all driven by schema.ts.
import crypto from 'node:crypto';
import type { Application, DeletedItem, DirectoryRecord, KeyCredential, PasswordCredential, ServicePrincipal, Tenant } from '../model';
import { ENTITY_TYPES, entitySet, type EntityType, type GraphObject, type NavigationProperty } from './schema';

export interface Found {
  type: EntityType;
  record: DirectoryRecord;
}

export function passwordCredentialView(c: PasswordCredential, secretText: string | null = null): GraphObject {
  return { customKeyIdentifier: null, displayName: c.displayName, endDateTime: c.endDateTime, hint: c.hint, keyId: c.keyId, secretText, startDateTime: c.startDateTime };
}

export function keyCredentialView(c: KeyCredential): GraphObject {
  return { customKeyIdentifier: c.thumbprintSha1, displayName: c.displayName, endDateTime: c.endDateTime, key: null, keyId: c.keyId, startDateTime: c.startDateTime, type: 'AsymmetricX509Cert', usage: 'Verify' };
}

// The properties Graph computes from other records rather than storing.
const DERIVED: Record<string, (tenant: Tenant, record: DirectoryRecord) => GraphObject> = {
  applications: (tenant, record) => {
    const app = record as Application;
    return {
      keyCredentials: app.keyCredentials.map(keyCredentialView),
      passwordCredentials: app.passwordCredentials.map((c) => passwordCredentialView(c)),
      publisherDomain: tenant.domain,
    };
  },
  servicePrincipals: (tenant, record) => {
    const sp = record as ServicePrincipal;
    const app = tenant.applications.find((a) => a.appId === sp.appId);
    return {
      appDisplayName: app ? app.displayName : null,
      appOwnerOrganizationId: app ? tenant.id : null,
      servicePrincipalNames: [sp.appId, ...sp.alternativeNames.filter((n) => n.startsWith('/subscriptions/')), ...((sp.properties?.servicePrincipalNames as string[] | undefined) ?? []).filter((n) => n !== sp.appId)],
      keyCredentials: app ? app.keyCredentials.map(keyCredentialView) : [],
      passwordCredentials: sp.passwordCredentials.map((c) => passwordCredentialView(c)),
    };
  },
  organization: (tenant) => ({
    countryLetterCode: 'US',
    preferredLanguage: 'en',
    tenantType: 'AAD',
    verifiedDomains: [{ capabilities: 'Email, OfficeCommunicationsOnlineService', isDefault: true, isInitial: true, name: tenant.domain, type: 'Managed' }],
  }),
};

/** A record as Graph shows it: every property of its type in Graph's order. */
export function view(tenant: Tenant, type: EntityType, record: DirectoryRecord, deletedDateTime: string | null = null): GraphObject {
  const stored = record as unknown as Record<string, unknown>;
  const derived = DERIVED[type.entitySet]?.(tenant, record) ?? {};
  const out: GraphObject = {};
  for (const [name, initial] of Object.entries(type.properties)) {
    if (name in derived) out[name] = derived[name];
    else if (record.properties && name in record.properties) out[name] = record.properties[name];
    else if (name in stored && name !== 'properties') out[name] = stored[name];
    else out[name] = structuredClone(initial);
  }
  out.deletedDateTime = deletedDateTime;
  return out;
}

/** The view with its @odata.type first, as directoryObject collections show each item. */
export function typedView(tenant: Tenant, found: Found): GraphObject {
  return { '@odata.type': `#microsoft.graph.${found.type.typeName}`, ...view(tenant, found.type, found.record) };
}

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** One object of a set by id, or by the set's alternate key (a user's principal name). */
export function findIn(tenant: Tenant, type: EntityType, key: string): DirectoryRecord | undefined {
  const records = type.records(tenant);
  const alternate = type.alternateKey;
  return records.find((r) => sameId(r.id, key))
    ?? (alternate ? records.find((r) => String(view(tenant, type, r)[alternate] ?? '').toLowerCase() === key.toLowerCase()) : undefined);
}

/** A directory object by id in any of the given sets. */
export function findObject(tenant: Tenant, id: string, sets = ENTITY_TYPES.map((t) => t.entitySet)): Found | undefined {
  for (const set of sets) {
    const type = entitySet(set)!;
    const record = type.records(tenant).find((r) => sameId(r.id, id));
    if (record) return { type, record };
  }
  return undefined;
}

function fieldIds(record: DirectoryRecord, field: string): string[] {
  const value = (record as unknown as Record<string, unknown>)[field];
  if (Array.isArray(value)) return value as string[];
  return typeof value === 'string' ? [value] : [];
}

/** The objects a navigation property holds, in order, skipping ids whose objects are gone. */
export function navigationTargets(tenant: Tenant, found: Found, navigation: NavigationProperty): Found[] {
  const source = navigation.source;
  let ids: string[];
  if ('field' in source) {
    ids = fieldIds(found.record, source.field);
  } else if ('inverseOf' in source) {
    const { entitySet: set, field } = source.inverseOf;
    const types = set === '*' ? ENTITY_TYPES : [entitySet(set)!];
    ids = types.flatMap((type) => type.records(tenant).filter((r) => fieldIds(r, field).some((id) => sameId(id, found.record.id))).map((r) => r.id));
  } else {
    // Breadth first over the named navigation, each object once.
    const seen = new Set<string>();
    const queue = [found];
    ids = [];
    while (queue.length) {
      const current = queue.shift()!;
      const step = current.type.navigations[source.transitive];
      if (!step) continue;
      for (const next of navigationTargets(tenant, current, step)) {
        if (seen.has(next.record.id)) continue;
        seen.add(next.record.id);
        ids.push(next.record.id);
        queue.push(next);
      }
    }
  }
  return ids.flatMap((id) => findObject(tenant, id, navigation.targets) ?? []);
}

/** Writes Graph properties to a record: typed fields in place, the rest in its property bag. */
export function writeProperties(record: DirectoryRecord, values: GraphObject): void {
  const stored = record as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(values)) {
    if (name in stored && name !== 'properties' && !(record.properties && name in record.properties)) stored[name] = value;
    else (record.properties ??= {})[name] = value;
  }
}

// What a new record of each set holds besides the body's properties (the fields the servers read).
const NEW_RECORD: Record<string, (tenant: Tenant, body: GraphObject) => Record<string, unknown>> = {
  users: () => ({ managerId: null }),
  groups: (tenant, body) => ({
    memberIds: [],
    mail: Array.isArray(body.groupTypes) && body.groupTypes.includes('Unified') ? `${body.mailNickname}@${tenant.domain}` : null,
  }),
  applications: (_tenant, body) => ({ appId: crypto.randomUUID(), displayName: body.displayName, keyCredentials: [], passwordCredentials: [], grantedRoles: [] }),
  servicePrincipals: (tenant, body) => {
    const app = tenant.applications.find((a) => sameId(a.appId, String(body.appId)));
    return { appId: app?.appId, displayName: body.displayName ?? app?.displayName ?? null, servicePrincipalType: 'Application', passwordCredentials: [], alternativeNames: [] };
  },
};

// Never stored: the password a create or update carries (only Graph's sign-in would need it).
const NOT_STORED = new Set(['passwordProfile']);

function storable(values: GraphObject): GraphObject {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !NOT_STORED.has(name)));
}

export function createRecord(tenant: Tenant, type: EntityType, body: GraphObject): DirectoryRecord {
  const record: DirectoryRecord = { id: crypto.randomUUID(), ownerIds: [] };
  Object.assign(record, { createdDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z') }, NEW_RECORD[type.entitySet]?.(tenant, body));
  writeProperties(record, storable(body));
  type.records(tenant).push(record as never);
  return record;
}

export function updateRecord(record: DirectoryRecord, body: GraphObject): void {
  writeProperties(record, storable(body));
}

/** Removes a record from its set; a soft delete keeps it in deleted items. */
export function deleteRecord(tenant: Tenant, found: Found): void {
  const records = found.type.records(tenant);
  records.splice(records.indexOf(found.record), 1);
  if (found.type.softDelete(found.record)) {
    (tenant.deletedItems ??= []).push({ entitySet: found.type.entitySet, deletedDateTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), record: found.record });
  }
}

export function deletedItem(tenant: Tenant, id: string): DeletedItem | undefined {
  return (tenant.deletedItems ?? []).find((item) => sameId(item.record.id, id));
}

export function restoreItem(tenant: Tenant, item: DeletedItem): Found {
  tenant.deletedItems = (tenant.deletedItems ?? []).filter((i) => i !== item);
  const type = entitySet(item.entitySet)!;
  type.records(tenant).push(item.record as never);
  return { type, record: item.record };
}

export function purgeItem(tenant: Tenant, item: DeletedItem): void {
  tenant.deletedItems = (tenant.deletedItems ?? []).filter((i) => i !== item);
}

/** Adds an id to a navigation kept on the record; false when it is already there. */
export function addReference(record: DirectoryRecord, field: string, id: string, single = false): boolean {
  const stored = record as unknown as Record<string, unknown>;
  if (single) {
    stored[field] = id;
    return true;
  }
  const ids = (stored[field] as string[] | undefined) ?? [];
  if (ids.some((existing) => sameId(existing, id))) return false;
  stored[field] = [...ids, id];
  return true;
}

/** Removes an id (or the single reference); false when it was not there. */
export function removeReference(record: DirectoryRecord, field: string, id: string | undefined): boolean {
  const stored = record as unknown as Record<string, unknown>;
  const current = stored[field];
  if (!Array.isArray(current)) {
    if (!current) return false;
    stored[field] = null;
    return true;
  }
  const kept = current.filter((existing: string) => !sameId(existing, id ?? ''));
  stored[field] = kept;
  return kept.length < current.length;
}
