/**
 * A synthetic archive with a realistic density, for the benchmarks: incidents spread over 2 to 5 years
 * (2 at 1k incidents, one more per factor of ten, from 2021-01-01), 1–3 mentions each from different
 * articles (4 mentions per article), 80% of mentions dated to a day and 20% to a week, month or year;
 * actors and places drawn from Zipf distributions (s = 1) whose vocabularies grow with the archive
 * (Heaps' law, ≈ 25·√n names). The head is well-known people and the cities of CITIES (so that real
 * probe articles find them); the tail is distinct generated person names and the gazetteer's other
 * cities (src/places), so every place is a precise place, as in real news. Each mention has its
 * principal participant (the first actor), as the extractor gives it.
 *
 * Like an archive the merge itself built, it holds no two incidents that the merge would fuse
 * (src/merge/decide.ts): two incidents of one kind family on nesting dates (a day inside a week, month
 * or year) that share an actor by any alias key (full name, last name, initials — first or second
 * actor alike) are never at the same city; different cities are a hard conflict. An incident that
 * would break this draws another city. Quotes and titles are worded apart (words drawn from a large
 * vocabulary, not one template). Deterministic (seeded). Rows are produced in chunks for the store's
 * bulk loader.
 */
import { aliasKeys } from "../../src/merge/aliases";
import { kindFamily } from "../../src/merge/blocking";
import { incidentId } from "../../src/merge/index";
import { canonical, isFinePlace } from "../../src/merge/places";
import citiesData from "../../src/places/data/cities.json";
import type { BulkArticle, BulkIncident, BulkMention } from "../../src/store/bulk";
import { addDays } from "../../src/store/dates";

export const FIRST_DAY = "2021-01-01";
/** Years of dates an archive of `total` incidents covers: 2 at 1k, one more per factor of ten, at most 5. */
export const yearsOf = (total: number) => Math.max(2, Math.min(5, 2 + Math.round(Math.log10(Math.max(1, total) / 1000))));
const KINDS = ["travel", "meeting", "statement", "agreement", "military", "conflict", "economic", "disaster", "legal"] as const;

/** The head of the people distribution: names the extractor finds as people in probe articles. */
export const PEOPLE = ["Joe Biden", "Vladimir Putin", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Kim Jong-un", "Volodymyr Zelensky", "Rishi Sunak", "Narendra Modi", "Recep Tayyip Erdogan", "Giorgia Meloni", "Fumio Kishida"];
/** Cities the extractor resolves (src/places), the list the old hand gazetteer had, so the figures stay comparable. */
export const CITIES = ["Pyongyang", "Moscow", "Vladivostok", "Khasan", "Seoul", "Kyiv", "Artyom", "London", "Rome", "Madrid", "Warsaw", "Minsk", "Ankara", "Tehran", "Baghdad", "Jerusalem", "Ramallah", "Beirut", "Cairo", "Riyadh", "New Delhi", "Islamabad", "Kabul", "Taipei", "Hanoi", "Ulaanbaatar", "Ottawa", "Mexico City", "Brasília", "Canberra", "Brussels", "Bern", "Rabat", "Algiers", "Ouagadougou", "Bamako", "Dakar", "Paris", "Berlin", "Beijing", "Tokyo"];

const FIRST_NAMES = ["Anna", "Pavel", "Maria", "Tomas", "Elena", "Jonas", "Sofia", "Marek", "Ines", "Karim", "Lucia", "Omar", "Nadia", "Viktor", "Clara", "Samir", "Irena", "Hugo", "Leila", "Anton", "Marta", "Felix", "Yara", "Bruno", "Dana", "Igor", "Rosa", "Emil", "Zofia", "Hassan", "Greta", "Luka", "Amira", "Oskar", "Vera", "Tariq", "Helga", "Nikos", "Ada", "Rafael"];
const SYLLABLES = ["ka", "lo", "ve", "ri", "mon", "da", "tes", "bor", "na", "gu", "sel", "fa", "tri", "vo", "len", "pa", "dor", "si", "ham", "ze", "kol", "mi", "ras", "tu"];

/** The i-th person of the Zipf ranks past PEOPLE (distinct full names and surnames: "Pavel Lovedor"). */
export function personName(i: number): string {
  const first = FIRST_NAMES[i % FIRST_NAMES.length];
  let n = Math.floor(i / FIRST_NAMES.length);
  let last = "";
  for (let k = 0; k < 3; k++) {
    last += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  if (n > 0) last += SYLLABLES[n % SYLLABLES.length];
  return `${first} ${last[0].toUpperCase()}${last.slice(1)}`;
}

let cityList: string[] | undefined;
/** CITIES, then the gazetteer's cities by population that resolve to themselves as a precise place. */
function cities(): string[] {
  if (cityList) return cityList;
  const seen = new Set(CITIES);
  const out = [...CITIES];
  for (const row of citiesData as unknown as [number, string, ...unknown[]][]) {
    const name = row[1];
    if (seen.has(name) || /[",]/.test(name)) continue;
    seen.add(name);
    if (canonical(name) === name && isFinePlace(name)) out.push(name);
  }
  return (cityList = out);
}

/** Seeded PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf (s = 1) sampler over names[0..n): rank r has weight 1/(r+1). */
function zipf(names: (i: number) => string, n: number, rnd: () => number) {
  const cum = new Float64Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) cum[i] = s += 1 / (i + 1);
  return () => {
    const x = rnd() * s;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return names(lo);
  };
}

interface Span {
  value: string;
  start: string;
  end: string;
  granularity: string;
}

function spanOf(day: string, r: number): Span {
  if (r < 0.8) return { value: day, start: day, end: day, granularity: "day" };
  if (r < 0.88) return { value: `${day}/P7D`, start: day, end: addDays(day, 6), granularity: "week" };
  if (r < 0.96) {
    const m = day.slice(0, 7);
    const next = m.endsWith("-12") ? `${Number(m.slice(0, 4)) + 1}-01-01` : `${m.slice(0, 5)}${String(Number(m.slice(5)) + 1).padStart(2, "0")}-01`;
    return { value: m, start: `${m}-01`, end: addDays(next, -1), granularity: "month" };
  }
  const y = day.slice(0, 4);
  return { value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" };
}

/**
 * Which cities hold a span, per (kind family, actor alias key, span token): a span conflicts with a held
 * one when one lies inside the other. Tokens: `d:`day, `w:`week start, `m:`month, `y:`year for the span
 * itself, `im:`/`iy:` for "something finer lies inside this month / year".
 */
class HeldSpans {
  private cities = new Map<string, Set<string>>();

  /** The sets of cities where a span nesting with `s` is held under one of `keys`. */
  blocked(family: string, keys: string[], s: Span): Set<string>[] {
    const { first, month, year, inMonth, inYear } = parts(s);
    const tokens =
      s.granularity === "day" ? [`d:${first}`, `m:${month}`, `y:${year}`, ...Array.from({ length: 7 }, (_, d) => `w:${first - d}`)]
      : s.granularity === "week" ? [`w:${first}`, ...(inMonth ? [`m:${month}`] : []), ...(inYear ? [`y:${year}`] : []), ...Array.from({ length: 7 }, (_, d) => `d:${first + d}`)]
      : s.granularity === "month" ? [`im:${month}`, `m:${month}`, `y:${year}`]
      : [`iy:${year}`, `y:${year}`];
    const out: Set<string>[] = [];
    for (const k of keys) for (const t of tokens) {
      const held = this.cities.get(`${family}|${k}|${t}`);
      if (held) out.push(held);
    }
    return out;
  }

  hold(family: string, keys: string[], s: Span, city: string) {
    const { first, month, year, inMonth, inYear } = parts(s);
    const tokens = [s.granularity === "day" ? `d:${first}` : s.granularity === "week" ? `w:${first}` : s.granularity === "month" ? `m:${month}` : `y:${year}`];
    if ((s.granularity === "day" || s.granularity === "week") && inMonth) tokens.push(`im:${month}`);
    if (s.granularity !== "year" && inYear) tokens.push(`iy:${year}`);
    for (const k of keys) for (const t of tokens) {
      const key = `${family}|${k}|${t}`;
      const held = this.cities.get(key);
      if (held) held.add(city);
      else this.cities.set(key, new Set([city]));
    }
  }
}

/** A span's start as a day number, its month and year, and whether it lies within one month / year. */
function parts(s: Span) {
  const month = s.start.slice(0, 7);
  const year = s.start.slice(0, 4);
  return { first: Date.parse(`${s.start}T00:00:00Z`) / 86_400_000, month, year, inMonth: s.end.slice(0, 7) === month, inYear: s.end.slice(0, 4) === year };
}

export interface Chunk {
  articles: BulkArticle[];
  mentions: BulkMention[];
  incidents: BulkIncident[];
}

/**
 * A city where no incident of the family sharing an actor key holds a nesting span: 8 Zipf draws, then
 * up to `walk` cities of the gazetteer from `from` on; null if none.
 */
function freeCity(held: HeldSpans, family: string, keys: string[], span: Span, draw: () => string, tail: string[], from: number, walk: number): string | null {
  const blocked = held.blocked(family, keys, span);
  const free = (c: string) => blocked.every((b) => !b.has(c));
  for (let tries = 0; tries < 8; tries++) {
    const c = draw();
    if (free(c)) return c;
  }
  for (let i = 0; i < Math.min(walk, tail.length); i++) {
    const c = tail[(from + i) % tail.length];
    if (free(c)) return c;
  }
  return null;
}

/** Incidents [from, to) of an archive of `total` incidents (the vocabulary and date range depend on the total). */
export function* synthesize(total: number, from: number, to: number, chunk = 20_000): Generator<Chunk> {
  const vocab = Math.max(200, Math.round(25 * Math.sqrt(total)));
  const days = yearsOf(total) * 365;
  const places = cities();
  const placeVocab = Math.min(vocab, places.length);
  const rnd = rng(0x5eed + from);
  const actor = zipf((i) => (i < PEOPLE.length ? PEOPLE[i] : personName(i)), vocab, rnd);
  const place = zipf((i) => places[i], placeVocab, rnd);
  const keysOf = new Map<string, string[]>();
  const actorKeys = (a: string) => keysOf.get(a) ?? (keysOf.set(a, aliasKeys(a)), keysOf.get(a)!);
  const at = "2024-01-01T00:00:00.000Z";
  let mentionNo = from * 3;
  const words = (n: number) => Array.from({ length: n }, () => `w${Math.floor(rnd() * 50_000).toString(36)}`).join(" ");
  const held = new HeldSpans();
  for (let start = from; start < to; start += chunk) {
    const out: Chunk = { articles: [], mentions: [], incidents: [] };
    for (let i = start; i < Math.min(to, start + chunk); i++) {
      const day = addDays(FIRST_DAY, Math.floor(rnd() * days));
      const kind = KINDS[Math.floor(rnd() * KINDS.length)];
      const actors = [...new Set([actor(), ...(rnd() < 0.4 ? [actor()] : [])])];
      const family = kindFamily(kind);
      const keys = [...new Set(actors.flatMap(actorKeys))];
      // A coarse date about a much-reported person nests with most of its year: a day then (as most dates are).
      let span = spanOf(day, rnd());
      let city = freeCity(held, family, keys, span, place, places, (i * 7919) % places.length, 200);
      if (!city) {
        span = spanOf(day, 0);
        city = freeCity(held, family, keys, span, place, places, (i * 7919) % places.length, places.length);
        if (!city) throw new Error(`synthetic archive: no free city for incident ${i}`);
      }
      held.hold(family, keys, span, city);
      const where = [city];
      const size = rnd() < 0.5 ? 1 : rnd() < 0.6 ? 2 : 3;
      const memberIds = Array.from({ length: size }, (_, k) => `m_syn${mentionNo + k}`);
      // Its id as the merge gives it (src/merge/index.ts incidentId: the earliest published member, then the smallest id).
      const id = incidentId(memberIds.map((m) => ({ id: m, publishedAt: "" })));
      const title = `${actors[0]} ${words(3)} ${city}`;
      const core = words(6); // the incident's own wording, shared by its reports
      const published = `${addDays(span.end, 1)}T12:00:00Z`;
      for (let k = 0; k < size; k++) {
        const j = mentionNo++;
        const articleId = `art_syn${Math.floor(j / 4)}`;
        if (j % 4 === 0) {
          out.articles.push({ id: articleId, url: `https://synthetic.invalid/${articleId}`, title: `Synthetic ${articleId}`, source: "Synthetic", text: "(synthetic)", language: "en", publishedAt: published, receivedAt: at });
        }
        out.mentions.push({
          record: {
            id: `m_syn${j}`, articleId, language: "en", kind, status: "happened", title, quote: `${actors[0]} ${core} ${city} ${words(2)}.`,
            trigger: kind, date: { ...span, text: span.value }, actors, places: where, publishedAt: published, principal: actors[0],
          },
          incidentId: id, sentenceIndex: j % 4, contentHash: `h${j}`, storedAt: at,
        });
      }
      out.incidents.push({ id, title, kind, date: { ...span, text: span.value }, actors, places: where, languages: ["en"], memberHash: `mh${i}`, sourceCount: size, firstSeenAt: at, updatedAt: `${addDays(FIRST_DAY, Math.floor(rnd() * days))}T${String(i % 24).padStart(2, "0")}:00:00.000Z` });
    }
    yield out;
  }
}
