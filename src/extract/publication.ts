/**
 * Publication-date inference from the article itself, used when `publishedAt` is not provided.
 * Evidence, strongest first:
 *  1. a page stamp line ("Mis à jour dimanche 17 septembre 2023 – 11h01", "Published March 3, 2024");
 *     then a dateline opening the story ("MADRID, 16 ago (EFE)", "Moskau, 16. August 2023 (dpa)"; no year:
 *     the latest such day not after the received time);
 *  2. a deictic explicit date in the story ("ce lundi 4 septembre", year from a "date 2023-09" stamp);
 *  3. HTML metadata (article:published_time);
 *  4. a bare site date header ("vendredi 29 septembre 2023") unless the story's weekdays contradict it;
 *  5. the story's own weekdays ("ce mardi", "quitté Pyongyang dimanche", "rapporté lundi"): the latest
 *     matching day not after the received time (or after a contradicted header);
 *  6. otherwise the time received.
 */
import { addDays, isoDay, latestWeekdayOnOrBefore, monthNumber, utcDate, weekdayNumber } from "./calendar";
import type { LocaleData } from "../languages";
import type { DateWords } from "../languages/extract-types";

export interface PublicationInference {
  publishedAt: string;
  source: "text" | "received";
  evidence: string;
}

/** The publication-date patterns of one language, built from its pack's date words. */
interface DatePatterns {
  words: DateWords;
  fullDate: RegExp;
  dayMonthG: RegExp;
  deicticG: RegExp | null;
  weekdayG: RegExp;
  partialStamp: RegExp | null;
  notStoryDay: RegExp | null;
  dateline: RegExp;
}

const patternCache = new WeakMap<DateWords, DatePatterns>();

function patterns(words: DateWords): DatePatterns {
  const cached = patternCache.get(words);
  if (cached) return cached;
  const MONTH = `(${words.monthPattern})`;
  const WEEKDAY = `(${words.weekdayPattern})`;
  const ord = words.dayOrdinal ? `(?:${words.dayOrdinal})?` : "";
  const D = `(\\d{1,2})${ord}${words.dayMonthLink ?? "\\s+"}`; // day number and what joins it to the month
  const Y = words.monthYearLink ?? "\\s+";
  const p: DatePatterns = {
    words,
    fullDate: new RegExp(`(?:${WEEKDAY},?\\s+)?${D}${MONTH}${Y}(\\d{4})|${MONTH}\\s+(\\d{1,2})${ord},?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})`, "iu"),
    dayMonthG: new RegExp(`(?<![\\p{L}\\d])(?:${WEEKDAY}\\s+)?${D}${MONTH}(?:${Y}(\\d{4}))?(?![\\p{L}])`, "giu"),
    deicticG: words.deicticDate ? new RegExp(`(?<![\\p{L}])(?:${words.deicticDate})\\s+${WEEKDAY}\\s+${D}${MONTH}(?:${Y}(\\d{4}))?`, "giu") : null,
    weekdayG: new RegExp(`(?<![\\p{L}])(${words.deicticWeekday ? `(?:${words.deicticWeekday})\\s+` : "(?!)"})?${WEEKDAY}(?![\\p{L}])`, "giu"),
    partialStamp: words.partialStampCue ? new RegExp(`(?:^|\\n)\\s*(?:${words.partialStampCue})\\s*:?\\s*(\\d{4})-(\\d{2})(?![-\\d])`, "iu") : null,
    notStoryDay: words.notStoryDay ?? null,
    // "PLACE, [weekday,] day month [year]" or "PLACE, month day[, year]", then the agency or the story.
    dateline: new RegExp(
      `^\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+[\\p{L}'’.-]+){0,3}\\s*,\\s*(?:${WEEKDAY},?\\s+)?(?:${D}${MONTH}|${MONTH}\\s+(\\d{1,2})${ord})(?:,?${Y}(\\d{4}))?` +
        // …then the agency, a dash, or the end of the line or sentence ("(EFE)", "/ТАСС/", " – ", ". El")
        `(?=\\s*[(/\\[–—-]|\\.\\s*[(/\\[–—-]|[.:]?\\s*$|[.:]\\s+\\p{Lu}|,?\\s+(?:\\p{L}+\\s+)?\\d{1,2}[:.h]\\d{2})`,
      "iu",
    ),
  };
  patternCache.set(words, p);
  return p;
}

/** Without date words (a pack that has none), only ISO dates are read. */
const NO_WORDS: DateWords = { months: {}, monthPattern: "(?!)", weekdays: {}, weekdayPattern: "(?!)" };

function parseFull(m: RegExpExecArray, words: DateWords): Date | null {
  if (m[2] && m[3]) {
    const mo = monthNumber(m[3], words);
    return mo ? utcDate(+m[4], mo, +m[2]) : null;
  }
  if (m[5]) {
    const mo = monthNumber(m[5], words);
    return mo ? utcDate(+m[7], mo, +m[6]) : null;
  }
  if (m[8]) return utcDate(+m[8], +m[9], +m[10]);
  return null;
}

function dateOnly(iso: string): Date {
  const d = new Date(iso);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** A dateline opening one of the first lines ("MADRID, 16 ago (EFE)", "WASHINGTON, Sept. 12 (Reuters)"). */
function datelineDate(lines: string[], P: DatePatterns, received: Date): PublicationInference | null {
  for (const line of lines.filter((l) => l.trim()).slice(0, 6)) {
    const m = P.dateline.exec(line);
    // The place opens with a capital (the pattern is case-insensitive for the month names).
    if (!m || !/^\s*\p{Lu}/u.test(line)) continue;
    const mo = monthNumber(m[3] ?? m[4], P.words);
    const day = +(m[2] ?? m[5]);
    if (!mo) continue;
    const years = m[6] ? [+m[6]] : [received.getUTCFullYear(), received.getUTCFullYear() - 1];
    for (const y of years) {
      const d = utcDate(y, mo, day);
      if (d && d <= addDays(received, 1)) return { publishedAt: isoDay(d), source: "text", evidence: m[0].trim() };
    }
  }
  return null;
}

export function inferPublicationDate(
  rawText: string,
  locale: LocaleData,
  receivedAt: string,
  opts: { metaPublishedAt?: string | null; isFurniture: (line: string) => boolean },
): PublicationInference {
  const P = patterns(locale.dates ?? NO_WORDS);
  const W = P.words;
  const lines = rawText.split(/\n/);
  const received = dateOnly(receivedAt);

  // 1. Stamp lines: a short line where a cue ("Mis à jour", "Published") precedes a full date,
  // possibly with a time or weekday in between ("Published 3:45 PM EST, Tue September 12, 2023").
  const cue = new RegExp(`^\\W*(?:${locale.stampCue.source.replace(/\\s\*\$$/, "").replace(/\$$/, "")})`, locale.stampCue.flags);
  for (const line of lines) {
    if (line.trim().length > 120) continue;
    const m = P.fullDate.exec(line);
    const prefix = m ? line.slice(0, m.index) : "";
    if (m && cue.test(prefix) && prefix.length < 60) {
      const d = parseFull(m, W);
      if (d) return { publishedAt: isoDay(d), source: "text", evidence: line.trim() };
    }
  }
  const dateline = datelineDate(lines, P, received);
  if (dateline) return dateline;
  const stamp = P.partialStamp?.exec(rawText);
  const stampYear = stamp ? +stamp[1] : undefined;
  const stampMonth = stamp ? +stamp[2] : undefined;

  const storyLines = lines.filter((l) => l.trim() && !opts.isFurniture(l));
  const story = storyLines.join("\n");

  // 2. Deictic explicit date in the story.
  const DEICTIC_G = P.deicticG;
  if (DEICTIC_G) DEICTIC_G.lastIndex = 0;
  for (let m = DEICTIC_G?.exec(story); DEICTIC_G && m; m = DEICTIC_G.exec(story)) {
    const wd = weekdayNumber(m[1], W);
    const mo = monthNumber(m[3], W);
    if (wd === undefined || !mo) continue;
    const day = +m[2];
    const years = m[4] ? [+m[4]] : stampYear && (!stampMonth || stampMonth === mo) ? [stampYear] : [received.getUTCFullYear(), received.getUTCFullYear() - 1];
    for (const y of years) {
      const d = utcDate(y, mo, day);
      if (d && d.getUTCDay() === wd && d <= addDays(received, 1)) return { publishedAt: isoDay(d), source: "text", evidence: m[0] };
    }
  }

  // 3. Metadata.
  if (opts.metaPublishedAt) {
    const d = new Date(opts.metaPublishedAt);
    if (!isNaN(d.getTime())) return { publishedAt: isoDay(d), source: "text", evidence: "metadata" };
  }

  // Story weekdays (non-future, not bounds).
  const counts = new Map<number, { n: number; deictic: number }>();
  const WEEKDAY_G = P.weekdayG;
  WEEKDAY_G.lastIndex = 0;
  for (let m = WEEKDAY_G.exec(story); m; m = WEEKDAY_G.exec(story)) {
    const wd = weekdayNumber(m[2], W);
    if (wd === undefined) continue;
    const before = story.slice(Math.max(0, m.index - 20), m.index);
    if (!m[1] && P.notStoryDay?.test(before)) continue;
    // Skip weekdays that are part of an explicit date ("lundi 4 septembre" is handled as a date).
    const c = counts.get(wd) ?? { n: 0, deictic: 0 };
    c.n++;
    if (m[1]) c.deictic++;
    counts.set(wd, c);
  }
  let storyDay: number | undefined;
  if (counts.size) {
    const deictic = [...counts.entries()].filter(([, c]) => c.deictic > 0).sort((a, b) => b[1].deictic - a[1].deictic || a[0] - b[0]);
    if (deictic.length) storyDay = deictic[0][0];
    else {
      // The story's day is the one that makes the mentioned weekdays the most recent ones (smallest spread).
      let best = Infinity;
      for (const cand of [...counts.keys()].sort()) {
        const spread = Math.max(...[...counts.keys()].map((w) => (cand - w + 7) % 7));
        if (spread < best) {
          best = spread;
          storyDay = cand;
        }
      }
    }
  }

  // 4. Site date header (a full date alone on a furniture line).
  let upper = received;
  for (const line of lines) {
    if (!opts.isFurniture(line)) continue;
    const m = P.fullDate.exec(line);
    if (!m) continue;
    const d = parseFull(m, W);
    if (!d) continue;
    if (storyDay === undefined || d.getUTCDay() === storyDay) return { publishedAt: isoDay(d), source: "text", evidence: line.trim() };
    if (d < upper) upper = d; // contradicted by the story: only an upper bound
    break;
  }

  // 5. Story weekdays.
  if (storyDay !== undefined) {
    // Lower bound: the latest explicit past date in the story (the weekday news comes after it).
    let lower: Date | null = null;
    const DAY_MONTH_G = P.dayMonthG;
    DAY_MONTH_G.lastIndex = 0;
    for (let m = DAY_MONTH_G.exec(story); m; m = DAY_MONTH_G.exec(story)) {
      const mo = monthNumber(m[3], W);
      if (!mo) continue;
      let d = m[4] ? utcDate(+m[4], mo, +m[2]) : utcDate(upper.getUTCFullYear(), mo, +m[2]);
      if (d && !m[4] && d > upper) d = utcDate(upper.getUTCFullYear() - 1, mo, +m[2]);
      if (d && d <= upper && (!lower || d > lower)) lower = d;
    }
    if (stampYear && stampMonth) {
      const s = utcDate(stampYear, stampMonth, 1);
      if (s && (!lower || s > lower) && s <= upper) lower = addDays(s, -1);
    }
    const spread = Math.max(0, ...[...counts.keys()].map((w) => (storyDay! - w + 7) % 7));
    const d = latestWeekdayOnOrBefore(upper, storyDay);
    if (!lower || addDays(d, -spread) > lower) return { publishedAt: isoDay(d), source: "text", evidence: "story weekdays" };
  }

  // 6. Received.
  return { publishedAt: receivedAt, source: "received", evidence: "received" };
}

