/**
 * Contract of the extraction core (pure TypeScript: no Workers APIs, runs in workerd and Node).
 * Article in → cleaned text, language, publication date, dated incidents out.
 */
export type IncidentKind =
  | "travel"
  | "meeting"
  | "statement"
  | "agreement"
  | "military"
  | "conflict"
  | "election"
  | "economic"
  | "disaster"
  | "legal"
  | "other";

export type IncidentStatus = "happened" | "planned" | "reported" | "denied";

export interface IncidentDate {
  /** TimeML value of the governing temporal expression (2023-09-10, 2023-07, 2023-W37, 2019, 2023-09-10TAF). */
  value: string;
  /** Inclusive ISO day span the value covers (2023-07 → 2023-07-01 … 2023-07-31). */
  start: string;
  end: string;
  granularity: string;
  /** The temporal expression as written ("dimanche après-midi"). Kept per source: conflicting details stay visible. */
  text: string;
  /** Set when the expression is a bound of the event rather than its date: "start" ("depuis mardi"), "end" ("jusqu'à mercredi"). */
  bound?: "start" | "end";
  /** Set when no words of the sentence gave the date (`text` is then empty): the publication day, or the narrative's reference time (the story date of an earlier sentence). Not stored. */
  inferred?: "publication" | "reference";
}

export interface ExtractedIncident {
  /** Stable within the article for the same content: used to build deterministic mention ids. */
  key: string;
  title: string;
  kind: IncidentKind;
  status: IncidentStatus;
  date: IncidentDate;
  /** Canonical names (alias-resolved), e.g. "Kim Jong-un", "Sergei Shoigu". */
  actors: string[];
  /** Canonical names (alias-resolved), e.g. "Khasan", "North Korea". */
  places: string[];
  /** Canonical name of the principal participant (the trigger's subject), or null. */
  principal: string | null;
  /** Language-free predicate class ("arrival", "departure", "bankruptcy", "meeting" …). */
  predicate: string;
  /** Who reported it, when a third party says it ("Kyodo", "KCNA"). */
  attribution: string[];
  /** A window (≤ 400 characters) of the sentence of this article that reports the incident. */
  quote: string;
  /** Trigger word(s) as written ("a quitté", "le départ", "arrived"). */
  trigger: string;
  sentenceIndex: number;
}

export interface ArticleInput {
  url: string;
  title?: string;
  text?: string;
  html?: string;
  publishedAt?: string;
  language?: string;
  source?: string;
}

export interface ExtractOptions {
  /** When the article was received (ISO); fallback reference date. */
  receivedAt: string;
}

export interface ExtractionResult {
  language: string;
  title: string | null;
  /** Clean article body (page furniture removed) that incidents were extracted from. */
  text: string;
  publishedAt: string;
  publishedAtSource: "provided" | "text" | "received";
  incidents: ExtractedIncident[];
  /** What was cut or simplified to keep the article within the limits (src/extract/limits.ts): "code: reason". */
  warnings: string[];
}
