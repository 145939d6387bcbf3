/**
 * A synthetic archive with a realistic density, for the benchmarks: incidents spread over three years
 * (2021-01-01 … 2023-12-31), 1–3 mentions each from different articles (4 mentions per article),
 * 80% of mentions dated to a day and 20% to a week, month or year; actors and places drawn from Zipf
 * distributions (s = 1) whose vocabularies grow with the archive (Heaps' law, ≈ 25·√n names), the
 * head being well-known people and the gazetteer's cities (so that real probe articles find them).
 * Like an archive the merge itself built, it holds no two incidents that the merge would fuse: quotes
 * and titles are worded apart (words drawn from a large vocabulary, not one template), and an incident
 * that would repeat another's kind, first actor and place over nesting dates (a day inside a month or a
 * year), or another's kind and place on the same day, takes a town of its own.
 * Deterministic (seeded). Rows are produced in chunks for the store's bulk loader.
 */
import type { BulkArticle, BulkIncident, BulkMention } from "../../src/store/bulk";
import { addDays } from "../../src/store/dates";

export const FIRST_DAY = "2021-01-01";
export const DAYS = 3 * 365;
const KINDS = ["travel", "meeting", "statement", "agreement", "military", "conflict", "economic", "disaster", "legal"] as const;

/** The head of the people distribution: names the extractor finds as people in probe articles. */
export const PEOPLE = ["Joe Biden", "Vladimir Putin", "Xi Jinping", "Emmanuel Macron", "Olaf Scholz", "Kim Jong-un", "Volodymyr Zelensky", "Rishi Sunak", "Narendra Modi", "Recep Tayyip Erdogan", "Giorgia Meloni", "Fumio Kishida"];
/** Cities the extractor resolves (src/places), the list the old hand gazetteer had, so the figures stay comparable. */
export const CITIES = ["Pyongyang", "Moscow", "Vladivostok", "Khasan", "Seoul", "Kyiv", "Artyom", "London", "Rome", "Madrid", "Warsaw", "Minsk", "Ankara", "Tehran", "Baghdad", "Jerusalem", "Ramallah", "Beirut", "Cairo", "Riyadh", "New Delhi", "Islamabad", "Kabul", "Taipei", "Hanoi", "Ulaanbaatar", "Ottawa", "Mexico City", "Brasília", "Canberra", "Brussels", "Bern", "Rabat", "Algiers", "Ouagadougou", "Bamako", "Dakar", "Paris", "Berlin", "Beijing", "Tokyo"];

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

function spanOf(day: string, r: number) {
  if (r < 0.8) return { value: day, start: day, end: day, granularity: "day" };
  if (r < 0.88) return { value: `${day}/P7D`, start: day, end: addDays(day, 6), granularity: "week" };
  if (r < 0.96) {
    const m = day.slice(0, 7);
    return { value: m, start: `${m}-01`, end: addDays(`${m}-28`, 0), granularity: "month" };
  }
  const y = day.slice(0, 4);
  return { value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year" };
}

export interface Chunk {
  articles: BulkArticle[];
  mentions: BulkMention[];
  incidents: BulkIncident[];
}

/** Incidents [from, to) of an archive of `total` incidents (the vocabulary depends on the total). */
export function* synthesize(total: number, from: number, to: number, chunk = 20_000): Generator<Chunk> {
  const vocab = Math.max(200, Math.round(25 * Math.sqrt(total)));
  const rnd = rng(0x5eed + from);
  const actor = zipf((i) => (i < PEOPLE.length ? PEOPLE[i] : `Person ${i}`), vocab, rnd);
  const place = zipf((i) => (i < CITIES.length ? CITIES[i] : `Town ${i}`), vocab, rnd);
  const at = "2024-01-01T00:00:00.000Z";
  let mentionNo = from * 3;
  const words = (n: number) => Array.from({ length: n }, () => `w${Math.floor(rnd() * 50_000).toString(36)}`).join(" ");
  // Stories already held: `kind|actor|place|year` → a coarse (non-day) incident holds it; `kind|place|day`.
  const stories = new Map<string, boolean>();
  const fused = (kind: string, actor: string, where: string, span: { start: string; granularity: string }) => {
    const story = `${kind}|${actor}|${where}|${span.start.slice(0, 4)}`;
    const coarse = span.granularity !== "day";
    const sameDay = `${kind}|${where}|${coarse ? "coarse" : span.start}`;
    if (stories.get(story) || (coarse && stories.has(story)) || (!coarse && stories.has(sameDay))) return true;
    stories.set(story, coarse || (stories.get(story) ?? false));
    if (!coarse) stories.set(sameDay, true);
    return false;
  };
  for (let start = from; start < to; start += chunk) {
    const out: Chunk = { articles: [], mentions: [], incidents: [] };
    for (let i = start; i < Math.min(to, start + chunk); i++) {
      const day = addDays(FIRST_DAY, Math.floor(rnd() * DAYS));
      const span = spanOf(day, rnd());
      const kind = KINDS[Math.floor(rnd() * KINDS.length)];
      const actors = [...new Set([actor(), ...(rnd() < 0.4 ? [actor()] : [])])];
      const drawn = place();
      const places = [fused(kind, actors[0], drawn, span) ? `Town ${vocab + i}` : drawn];
      const id = `inc_syn${i}`;
      const title = `${actors[0]} ${words(3)} ${places[0]}`;
      const core = words(6); // the incident's own wording, shared by its reports
      const size = rnd() < 0.5 ? 1 : rnd() < 0.6 ? 2 : 3;
      const published = `${addDays(span.end, 1)}T12:00:00Z`;
      for (let k = 0; k < size; k++) {
        const j = mentionNo++;
        const articleId = `art_syn${Math.floor(j / 4)}`;
        if (j % 4 === 0) {
          out.articles.push({ id: articleId, url: `https://synthetic.invalid/${articleId}`, title: `Synthetic ${articleId}`, source: "Synthetic", text: "(synthetic)", language: "en", publishedAt: published, receivedAt: at });
        }
        out.mentions.push({
          record: {
            id: `m_syn${j}`, articleId, language: "en", kind, status: "happened", title, quote: `${actors[0]} ${core} ${places[0]} ${words(2)}.`,
            trigger: kind, date: { ...span, text: span.value }, actors, places, publishedAt: published,
          },
          incidentId: id, sentenceIndex: j % 4, contentHash: `h${j}`, storedAt: at,
        });
      }
      out.incidents.push({ id, title, kind, date: { ...span, text: span.value }, actors, places, languages: ["en"], memberHash: `mh${i}`, sourceCount: size, firstSeenAt: at, updatedAt: `${addDays(FIRST_DAY, Math.floor(rnd() * DAYS))}T${String(i % 24).padStart(2, "0")}:00:00.000Z` });
    }
    yield out;
  }
}
