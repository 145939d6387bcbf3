/**
 * Merge entry point (pure decisions; src/store applies them).
 * planMerge(candidates ∪ new mentions) → incidents with deterministic ids, independent of input order.
 */
import type { MentionRecord, MergePlan, PlannedIncident } from "./types";
import { clusterMentions } from "./cluster";
import { finerDate, isBoundDate } from "./similarity";
import { spanDays } from "../temporal/common/calendar";
import { cyrb53 } from "./hash";

export type { MentionRecord, MergePlan, PlannedIncident } from "./types";
export { sameIncident } from "./decide";
export { datesCompatible, finerDate, isBoundDate } from "./similarity";

/** Deterministic mention id from the article id and the incident key. */
export function mentionId(articleId: string, key: string): string {
  return `m_${cyrb53(`${articleId}\u0000${key}`)}`;
}

/**
 * Incident id from its anchor member: the earliest published mention, ties broken by mention id.
 * A function of the member set (so independent of ingestion order), and stable as news arrives:
 * a source published after the anchor never renames the incident; only a backfilled, earlier
 * article does (the store then keeps an alias from the old id).
 */
export function incidentId(members: Pick<MentionRecord, "id" | "publishedAt">[]): string {
  const key = (m: Pick<MentionRecord, "publishedAt">) => {
    const t = Date.parse(m.publishedAt);
    return Number.isNaN(t) ? m.publishedAt : new Date(t).toISOString();
  };
  let anchor = members[0];
  for (const m of members) {
    const a = key(anchor);
    const b = key(m);
    if (b < a || (b === a && m.id < anchor.id)) anchor = m;
  }
  return `inc_${anchor.id.replace(/^m_/, "")}`;
}

function representative(cluster: MentionRecord[]): MentionRecord {
  // The member with the finest date; ties → happened over planned, then earliest published, then id.
  const statusRank = { happened: 0, reported: 1, planned: 2, denied: 3 } as const;
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...cluster].sort(
    (a, b) =>
      Number(isBoundDate(a.date, a.quote, a.language)) - Number(isBoundDate(b.date, b.quote, b.language)) ||
      spanDays(a.date.start, a.date.end) - spanDays(b.date.start, b.date.end) ||
      b.date.value.length - a.date.value.length ||
      statusRank[a.status] - statusRank[b.status] ||
      cmp(a.publishedAt, b.publishedAt) ||
      cmp(a.id, b.id),
  )[0];
}

function kindOf(cluster: MentionRecord[], rep: MentionRecord): MentionRecord["kind"] {
  // Majority kind; ties → the representative's.
  const counts = new Map<string, number>();
  for (const m of cluster) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] === rep.kind ? -1 : b[0] === rep.kind ? 1 : a[0] < b[0] ? -1 : 1))[0];
  return best[0] as MentionRecord["kind"];
}

/** A cluster's incident: headline, kind, finest date, all actors and places, id from its anchor member. */
export function describeIncident(c: MentionRecord[]): PlannedIncident {
  // Headline from the finest member of the cluster's majority kind.
  const kind = kindOf(c, representative(c));
  const rep = representative(c.filter((m) => m.kind === kind));
  let best = c[0];
  for (const m of c) if (finerDate(best.date, m.date, best, m) !== best.date) best = m;
  const date = best.date;
  const mentionIds = c.map((m) => m.id).sort();
  return {
    id: incidentId(c),
    mentionIds,
    title: rep.title,
    kind,
    date,
    actors: [...new Set(c.flatMap((m) => m.actors))].sort(),
    places: [...new Set(c.flatMap((m) => m.places))].sort(),
  };
}

export function planMerge(mentions: MentionRecord[]): MergePlan {
  const incidents: PlannedIncident[] = clusterMentions(mentions).map(describeIncident);
  incidents.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1));
  return { incidents };
}
