// User and group names for uids/gids (what FileInfo's User and Group show on Unix), read once from /etc.

import * as fs from 'fs';

function readIdMap(file: string): Map<number, string> {
  const map = new Map<number, string>();
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return map;
  }
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    if (fields.length > 2 && !map.has(Number(fields[2]))) map.set(Number(fields[2]), fields[0]);
  }
  return map;
}

let users: Map<number, string> | undefined;
let groups: Map<number, string> | undefined;

export function userName(uid: number): string {
  users ??= readIdMap('/etc/passwd');
  return users.get(uid) ?? String(uid);
}

export function groupName(gid: number): string {
  groups ??= readIdMap('/etc/group');
  return groups.get(gid) ?? String(gid);
}
