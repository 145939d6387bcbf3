/**
 * In-article coreference of names: "General Motors" … "GM", "Barack Obama" … "Obama" … "Mr. Obama",
 * « Vladimir Poutine » … « Poutine », "Boeing Co." … "Boeing": every mention of one actor gets one
 * cluster and one canonical name (the fullest form the article writes).
 */
import { entityKey, initials } from "../../entities/key";
import type { NameMention, NameType } from "./classify";

export interface EntityCluster {
  id: number;
  /** The fullest name the article writes (most words, then most frequent, then first). */
  canonical: string;
  type: NameType;
  key: string;
  nation?: string;
  count: number;
  first: number;
}

export interface ResolvedMention extends NameMention {
  cluster: EntityCluster;
}

/** The words of a name: capitalised ones and model designations ("iPhone 4" has two, so it is no short form of "iPhone OS"). */
const words = (m: NameMention) => m.tokens.filter((t) => t.cap || /^\d/u.test(t.text));
/** The words of the name in its base form (the surface, which a pack may have put in the nominative). */
const baseWords = (m: NameMention) => m.surface.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));

function typeVote(ms: NameMention[]): NameType {
  if (ms.some((m) => m.legal)) return "org";
  if (ms.some((m) => m.role)) return "person";
  const counts = new Map<NameType, number>();
  for (const m of ms) if (m.type !== "unknown") counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : "unknown";
}

/** Does the single-word mention `m` name the cluster whose full mentions are `full`? */
function shortFormOf(m: NameMention, full: NameMention[], type: NameType, connectors: Set<string>): boolean {
  const w = words(m);
  if (w.length !== 1) return false;
  const k = entityKey(w[0].text);
  const long = full[0];
  const lw = words(long);
  if (lw.length < 2) return false;
  const bw = baseWords(long);
  if (type === "person") return [bw[bw.length - 1], bw[0], lw[lw.length - 1].text, lw[0].text].some((x) => x !== undefined && entityKey(x) === k);
  if (/^\p{Lu}[\p{Lu}&]{1,6}$/u.test(w[0].text)) {
    const content = long.tokens.filter((t) => !connectors.has(t.norm)).map((t) => t.text).join(" ");
    if (initials(content) === w[0].norm.replace(/&/g, "")) return true;
  }
  return type !== "city" && type !== "country" && type !== "region" && entityKey(lw[0].text) === k;
}

function canonicalOf(ms: NameMention[]): string {
  const counts = new Map<string, { n: number; words: number; first: number }>();
  for (const m of ms) {
    const c = counts.get(m.surface) ?? { n: 0, words: words(m).length, first: m.start };
    c.n++;
    counts.set(m.surface, c);
  }
  return [...counts.entries()].sort((a, b) => b[1].words - a[1].words || b[1].n - a[1].n || a[1].first - b[1].first)[0][0];
}

/**
 * The long groups (multi-word names) a single-word mention may be the short form of, found by key
 * instead of trying every group (which was quadratic in the article's names): a short form's key is
 * the key of the group's first or last word (as written or its base form), or an acronym of its words
 * (shortFormOf decides).
 */
function shortFormIndex(longGroups: [string, NameMention[]][], connectors: Set<string>) {
  const byWord = new Map<string, Set<number>>();
  const add = (k: string, i: number) => byWord.set(k, (byWord.get(k) ?? new Set()).add(i));
  const types = longGroups.map(([, ms]) => typeVote(ms));
  for (const [i, [, ms]] of longGroups.entries()) {
    const lw = words(ms[0]);
    const bw = baseWords(ms[0]);
    for (const x of [bw[0], bw[bw.length - 1], lw[0].text, lw[lw.length - 1].text]) if (x !== undefined) add(entityKey(x), i);
    add(`#${initials(ms[0].tokens.filter((t) => !connectors.has(t.norm)).map((t) => t.text).join(" "))}`, i);
  }
  return (m: NameMention) => {
    const w = words(m)[0];
    const candidates = new Set([...(byWord.get(entityKey(w.text)) ?? []), ...(byWord.get(`#${w.norm.replace(/&/g, "")}`) ?? [])]);
    return [...candidates].filter((i) => shortFormOf(m, longGroups[i][1], types[i], connectors)).map((i) => longGroups[i]);
  };
}

/** Groups the mentions into clusters (two passes: full names, then short forms and acronyms). */
export function corefer(mentions: NameMention[], connectors: Set<string>): ResolvedMention[] {
  const groups = new Map<string, NameMention[]>();
  const push = (k: string, m: NameMention) => {
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  };
  const full = mentions.filter((m) => words(m).length > 1 || m.type !== "unknown");
  const isFull = new Set(full);
  for (const m of full) push(entityKey(m.surface), m);
  const longGroups = [...groups.entries()].filter(([, ms]) => words(ms[0]).length > 1);
  const shortFormsOf = shortFormIndex(longGroups, connectors);
  const assigned = new Map<NameMention, string>();
  for (const m of mentions) {
    if (words(m).length !== 1) continue;
    const hits = shortFormsOf(m);
    if (!hits.length) continue;
    hits.sort((a, b) => b[1].length - a[1].length || a[1][0].start - b[1][0].start);
    assigned.set(m, hits[0][0]);
  }
  // Short forms leave their own group (one filter per group), then join the long one.
  const leaving = new Set([...assigned.keys()].filter((m) => isFull.has(m)));
  for (const k of new Set([...leaving].map((m) => entityKey(m.surface)))) groups.set(k, groups.get(k)!.filter((x) => !leaving.has(x)));
  for (const [m, k] of assigned) push(k, m);
  for (const m of mentions) {
    if (assigned.has(m) || isFull.has(m)) continue;
    push(entityKey(m.surface), m);
  }
  return buildClusters(groups);
}

function buildClusters(groups: Map<string, NameMention[]>): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let id = 0;
  const firstOf = (ms: NameMention[]) => ms.reduce((min, m) => Math.min(min, m.start), Infinity);
  const ordered = [...groups.entries()].filter(([, ms]) => ms.length).map(([key, ms]) => ({ key, ms, first: firstOf(ms) }));
  ordered.sort((a, b) => a.first - b.first);
  for (const { key, ms, first } of ordered) {
    const canonical = ms.find((m) => m.place)?.place?.canonical ?? canonicalOf(ms);
    const cluster: EntityCluster = {
      id: id++,
      canonical,
      type: typeVote(ms),
      key,
      nation: ms.find((m) => m.nation)?.nation,
      count: ms.length,
      first,
    };
    for (const m of ms) out.push({ ...m, cluster });
  }
  return out.sort((a, b) => a.start - b.start);
}
