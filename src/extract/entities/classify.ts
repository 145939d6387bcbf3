/**
 * What a capitalised span names: a person, an organisation or a place, from the span's own words and
 * the words right before it (language cues from the pack). Titles, roles, determiners and
 * demonyms at the front are taken off ("Russian President Vladimir Putin" → the person "Vladimir
 * Putin", of Russia); legal suffixes at the end mark an organisation and leave its canonical name.
 */
import type { LocaleData } from "../../languages";
import type { Span, Token } from "./chunk";
import { demonymOf, placeOf, type PlaceHit, type PlaceKind } from "./places";
import { entityKey } from "../../entities/key";

export type NameType = "person" | "org" | PlaceKind | "unknown";

export interface NameMention {
  start: number;
  end: number;
  /** The name as written, without role words and legal suffix. */
  surface: string;
  tokens: Token[];
  type: NameType;
  /** Country of a person named with a demonym ("le président russe Vladimir Poutine"). */
  nation?: string;
  /** Introduced by a title or role word: certainly a person. */
  role: boolean;
  /** A legal suffix was written ("Boeing Co."): certainly an organisation. */
  legal: boolean;
  /** The place a place name stands for (canonical across languages: « Russie » → Russia). */
  place?: PlaceHit;
  /** A definite description of a name written before ("the store" after "the iTunes Music Store"; descriptions.ts). */
  description?: boolean;
}

export interface ClassifyContext {
  text: string;
  locale: LocaleData;
  /** Folded words the article writes in lower case somewhere: ordinary words, not names. */
  lowerWords: Set<string>;
  /** Folded words the article writes capitalised away from a sentence start. */
  capitalisedInside: Set<string>;
  /** Keys of the word runs of two words or more that end a capitalised span → the words written right before them ("" at the span's start). */
  nameTails: Map<string, Set<string>>;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,6}$/u;

/** Leading determiners, roles, demonyms and ordinary sentence-initial words taken off. */
function stripFront(span: Span, ctx: ClassifyContext): { tokens: Token[]; role: boolean; nation?: string } {
  const cues = ctx.locale.entities;
  let tokens = span.tokens;
  let role = false;
  let nation: string | undefined;
  let first = true;
  // « le ministre de la Défense Sergueï Choïgou »: the portfolio opens the span, the person follows.
  const lead = ctx.text.slice(Math.max(0, span.start - 40), span.start);
  if (tokens.length > 2 && ctx.locale.rolePrefix.test(lead) && cues.portfolioCue?.test(lead)) {
    tokens = tokens.slice(1);
    role = true;
  }
  const inner = innerRole(tokens, cues);
  if (inner > 0) return { tokens: tokens.slice(inner), role: true };
  // "General Motors", "Secretary of State Office": a name with organisation words keeps its role-like words.
  const orgish = tokens.some((t) => cues.orgWords.has(t.norm) || cues.legalSuffixes.has(t.norm));
  while (tokens.length) {
    const t = tokens[0];
    const initial = first && span.initial;
    if ((cues.roleWords.has(t.norm) || (tokens.length > 1 && compoundOf(t, cues.roleWords, ctx))) && !orgish) role = true;
    else if (tokens.length > 1 && demonymOf(t.text, ctx.locale.language)) nation = demonymOf(t.text, ctx.locale.language)!.canonical;
    else if (tokens.length > 2 && !orgish && ACRONYM.test(t.text) && placeOf(t.text, ctx.locale.language)?.type === "country") nation = placeOf(t.text, ctx.locale.language)!.canonical;
    else if (role && tokens.length > 2 && !orgish && ACRONYM.test(t.text)) {
      /* « глава МИД Сергей Лавров »: the organisation of the role before the person */
    }
    else if (tokens.length > 1 && compoundOf(t, cues.placeWords, ctx) && placeOf(joined(tokens.slice(1)), ctx.locale.language)) {
      /* « Grenzbahnhof Chassan »: a capitalised common noun describing the place that follows */
    } else if (initial && !orgish && !ctx.capitalisedInside.has(t.norm) && !placeOf(joined(tokens), ctx.locale.language) && !placeOf(t.text, ctx.locale.language) && placeOf(joined(tokens.slice(1)), ctx.locale.language)) {
      /* « Ayer Corea del Sur »: a sentence-initial word before a place (not "Air France" when the article writes "Air" inside a sentence) */
    } else if (initial && tokens.length > 2 && !placeOf(t.text, ctx.locale.language) && namedElsewhere(tokens.slice(1), t, ctx)) {
      /* « Поезд Ким Чен Ына »: a sentence-initial noun before a name the article writes elsewhere */
    } else if (ctx.locale.stopwords.has(t.norm) || cues.connectors.has(t.norm)) {
      /* determiner or connector */
    } else if (initial && !orgish && isOrdinaryWord(t, ctx, tokens.length > 1) && !placeOf(tokens.map((x) => x.text).join(" "), ctx.locale.language)) {
      /* an ordinary word opening the sentence */
    } else break;
    tokens = tokens.slice(1);
    first = false;
  }
  return { tokens, role, nation };
}

/** The longest person name after a role inside a span, in tokens. */
const MAX_PERSON_TOKENS = 4;

/**
 * "Apple CEO Steve Jobs", "Presiding Judge Martin Mann", "Federal Reserve Chairman Ben Bernanke": a
 * capitalised role word inside the span, then a name of two to four capitalised words that are neither
 * role nor organisation words: the person is that name (the index of its first token; 0 when none).
 */
function innerRole(tokens: Token[], cues: ClassifyContext["locale"]["entities"]): number {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!tokens[i].cap || !cues.roleWords.has(tokens[i].norm)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].cap && cues.roleWords.has(tokens[j].norm)) j++;
    const rest = tokens.slice(j);
    const name = rest.length >= 2 && rest.length <= MAX_PERSON_TOKENS;
    if (name && rest.every((t) => t.cap && !cues.orgWords.has(t.norm) && !cues.legalSuffixes.has(t.norm))) return j;
    return 0;
  }
  return 0;
}

const joined = (tokens: Token[]) => tokens.map((x) => x.text).join(" ");

/**
 * In a language that writes nouns capitalised, a compound whose head is a cue word ("Kremlchef",
 * "Grenzbahnhof"); elsewhere only the cue word itself.
 */
function compoundOf(t: Token, cues: Set<string>, ctx: ClassifyContext): boolean {
  if (cues.has(t.norm)) return true;
  if (!ctx.locale.entities.nounsCapitalised) return false;
  for (let i = 2; i <= t.norm.length - 4; i++) if (cues.has(t.norm.slice(i))) return true;
  return false;
}

/** The words end another span of the article without the word `first` before them (in this or a base form). */
function namedElsewhere(tokens: Token[], first: Token, ctx: ClassifyContext): boolean {
  const name = joined(tokens);
  const keys = [name, ...(ctx.locale.entities.caseForms?.(name) ?? []).map((f) => f.form)].map(entityKey);
  return keys.some((k) => [...(ctx.nameTails.get(k) ?? [])].some((before) => before !== first.norm));
}

/** The word runs of two words or more that end each span (see ClassifyContext.nameTails). */
export function nameTails(spans: Span[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const sp of spans) {
    for (let i = 0; i + 2 <= sp.tokens.length; i++) {
      const key = entityKey(joined(sp.tokens.slice(i)));
      if (!out.has(key)) out.set(key, new Set());
      out.get(key)!.add(i ? sp.tokens[i - 1].norm : "");
    }
  }
  return out;
}

/**
 * The name in its base form when the language inflects names ("Владимиром Путиным" → "Владимир
 * Путин"): a certain ending, or a base form the article also writes.
 */
function baseForm(surface: string, ctx: ClassifyContext): string {
  const forms = ctx.locale.entities.caseForms?.(surface) ?? [];
  const attested = forms.find((f) => new RegExp(`(?<![\\p{L}])${escapeRegExp(f.form)}(?![\\p{L}])`, "u").test(ctx.text));
  return attested?.form ?? forms.find((f) => f.certain)?.form ?? surface;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A dateline or heading in capitals ("MOSCOU", "ХАСАН"): a place when its title-case form is one. */
function placeInCapitals(surface: string, lang: string): PlaceHit | undefined {
  if (surface.length < 5 || /\p{Ll}/u.test(surface)) return undefined;
  const title = surface.split(/(\s+|-)/u).map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join("");
  return placeOf(title, lang);
}

/**
 * A sentence-initial word that is no name: the article also writes it in lower case, or — alone and
 * never capitalised elsewhere — it reads as a sentence adverb ("However,") or a plural ("Analysts").
 */
function isOrdinaryWord(t: Token, ctx: ClassifyContext, inLongerName: boolean): boolean {
  if (ACRONYM.test(t.text)) return false;
  if (ctx.lowerWords.has(t.norm)) return true;
  // Inside a longer name only a word the article also writes in lower case is taken off.
  if (inLongerName || ctx.capitalisedInside.has(t.norm)) return false;
  return /^\s*,/u.test(ctx.text.slice(t.end)) || /\p{Ll}s$/u.test(t.text);
}

function typeOf(tokens: Token[], surface: string, before: string, ctx: ClassifyContext, legal: boolean, role: boolean): NameType {
  const cues = ctx.locale.entities;
  const place = placeOf(surface, ctx.locale.language) ?? placeInCapitals(surface, ctx.locale.language);
  if (place && !legal) return place.type;
  if (legal || cues.orgPrefix.test(before) || tokens.some((t) => cues.orgWords.has(t.norm))) return "org";
  if (tokens.length > 1 && tokens.some((t) => cues.placeWords.has(t.norm))) return "place";
  // A name holding a country with other words is an organisation named after it ("Air France", "Bank of Korea");
  // a city inside a name says nothing ("Vladimir Poutine", "Mary Barra").
  if (tokens.length > 1 && tokens.some((t) => placeOf(t.text, ctx.locale.language)?.type === "country")) return "org";
  if (role || ctx.locale.rolePrefix.test(before)) return "person";
  if (tokens.length === 1) return ACRONYM.test(surface) ? "org" : "unknown";
  const words = tokens.filter((t) => t.cap);
  if (words.length >= 2 && words.length <= 4 && words.every((t) => /^\p{Lu}[\p{Ll}'’-]/u.test(t.text) || /^\p{Lu}\.?$/u.test(t.text))) return "person";
  return "org";
}

/** The name mention of a span, or null when nothing of it is a name. */
export function classifySpan(span: Span, ctx: ClassifyContext): NameMention | null {
  const front = stripFront(span, ctx);
  let tokens = front.tokens;
  let legal = false;
  while (tokens.length > 1 && ctx.locale.entities.legalSuffixes.has(tokens[tokens.length - 1].norm)) {
    legal = true;
    tokens = tokens.slice(0, -1);
  }
  const last = () => tokens[tokens.length - 1];
  while (tokens.length && (ctx.locale.entities.connectors.has(last().norm) || (!last().cap && !/^\d/u.test(last().text)))) tokens = tokens.slice(0, -1);
  if (!tokens.length || tokens.length > 6) return null;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const surface = ctx.text.slice(start, end);
  if (surface.length < 2 || /^\d+$/.test(surface)) return null;
  const before = ctx.text.slice(Math.max(0, start - 40), start);
  if (tokens.length === 1 && isCommonNoun(tokens[0], before, ctx)) return null;
  // "the Russian border station": a demonym alone is a place adjective (entities/index.ts), not a name.
  if (tokens.length === 1 && demonymOf(surface, ctx.locale.language)) return null;
  // « le ministre de la Défense », "Minister of Finance": a portfolio, part of the role.
  if (tokens.length === 1 && ctx.locale.rolePrefix.test(before) && ctx.locale.entities.portfolioCue?.test(before)) return null;
  const type = typeOf(tokens, surface, before, ctx, legal, front.role);
  const isPlace = type === "country" || type === "city" || type === "region" || type === "place";
  const place = isPlace ? placeOf(surface, ctx.locale.language) ?? placeInCapitals(surface, ctx.locale.language) : undefined;
  const name = isPlace ? surface : baseForm(surface, ctx);
  return { start, end, surface: name, tokens, type, nation: front.nation ?? nationBefore(before, ctx.locale.language), role: front.role, legal, place };
}

/**
 * German "mit dem Zug", "mit seinem gepanzerten Zug": in a language that capitalises nouns, one word
 * after a function word, or after a function word and lower-case adjectives, is a noun.
 */
function isCommonNoun(t: Token, before: string, ctx: ClassifyContext): boolean {
  if (!ctx.locale.entities.nounsCapitalised || ACRONYM.test(t.text) || placeOf(t.text, ctx.locale.language)) return false;
  const words = before.split(/[^\p{L}]+/u).filter(Boolean).slice(-3).reverse();
  for (const w of words) {
    if (ctx.locale.stopwords.has(w.toLowerCase())) return true;
    if (!/^\p{Ll}/u.test(w)) return false;
  }
  return false;
}

/** A demonym among the few words before a name (« le président russe Vladimir Poutine »). */
function nationBefore(before: string, lang: string): string | undefined {
  const words = before.split(/[^\p{L}-]+/u).filter(Boolean).slice(-3);
  for (const w of words.reverse()) {
    const d = demonymOf(w, lang);
    if (d) return d.canonical;
  }
  return undefined;
}
