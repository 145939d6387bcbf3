/**
 * Keyset cursors of the incident listings. A cursor carries its order and a fingerprint of the
 * filters it was issued for, so it is refused with other filters (it would skip or repeat rows).
 */
import type { IncidentFilter } from "../model/query";

export type IncidentOrder = "date" | "updated";

export class BadCursorError extends Error {}

export interface Cursor {
  o: IncidentOrder;
  k: string;
  i: string;
}

const b64url = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const unb64url = (s: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));

/** FNV-1a (32 bits) of the filters that select rows (not limit, not the cursor itself), base 36. */
export function filterFingerprint(q: IncidentFilter): string {
  const s = JSON.stringify([q.from, q.to, q.q, q.kind, q.place, q.actor, q.lang].map((v) => v ?? null));
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

export function encodeCursor(c: Cursor, q: IncidentFilter): string {
  return b64url(JSON.stringify([c.o, c.k, c.i, filterFingerprint(q)]));
}

export function decodeCursor(s: string, order: IncidentOrder, q: IncidentFilter): Cursor {
  let v: unknown;
  try {
    v = JSON.parse(unb64url(s));
  } catch {
    throw new BadCursorError("cursor is not valid for this listing");
  }
  if (!Array.isArray(v) || v.length !== 4 || !v.slice(1).every((x) => typeof x === "string")) {
    throw new BadCursorError("cursor is not valid for this listing");
  }
  if (v[0] !== order) throw new BadCursorError(`cursor was issued for sort=${String(v[0])}, not sort=${order}`);
  if (v[3] !== filterFingerprint(q)) throw new BadCursorError("cursor was issued for other filters: repeat the filters of the page it came from");
  return { o: v[0], k: v[1], i: v[2] };
}
