/**
 * Reader for the SemEval-2015 Task 4 TimeLine corpus format (eval/corpora/semeval2015-timeline-trial):
 * timeml/*.tml articles (DCT, EXTRAINFO title, <s id> sentences of space-separated tokens) and
 * timelines/*.txt gold entity timelines (ORDER<TAB>DATE<TAB>DOCID-SENTENCE-word…).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { normalizeGoldDate } from "./dates";

export interface CorpusSentence {
  /** The <s id> (1-based; 0 is the title). */
  id: number;
  tokens: string[];
}

export interface CorpusArticle {
  docId: string;
  file: string;
  title: string;
  /** Document creation time (YYYY-MM-DD). */
  dct: string;
  sentences: CorpusSentence[];
}

export interface GoldMention {
  docId: string;
  sentence: number;
  word: string;
}

export interface GoldLine {
  order: number;
  /** Normalised to YYYY-MM-DD, YYYY-MM-XX, YYYY-XX-XX or XXXX-XX-XX. */
  date: string;
  /** As written in the file ("1968", "2003-09", "XXX-XX-XX"). */
  rawDate: string;
  mentions: GoldMention[];
}

export interface GoldTimeline {
  entity: string;
  file: string;
  lines: GoldLine[];
}

const unescapeXml = (s: string) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

const stripTags = (s: string) => s.replace(/<[^>]+>/g, "");

function one(xml: string, re: RegExp, what: string, file: string): string {
  const m = re.exec(xml);
  if (!m) throw new Error(`${file}: no ${what}`);
  return m[1];
}

export function parseTimeml(xml: string, file: string): CorpusArticle {
  const docId = one(xml, /<DOCID>([^<]*)<\/DOCID>/, "DOCID", file).trim();
  const dct = one(xml, /<DCT>[\s\S]*?value="([^"]+)"[\s\S]*?<\/DCT>/, "DCT", file).slice(0, 10);
  const title = unescapeXml(stripTags(one(xml, /<EXTRAINFO>([\s\S]*?)<\/EXTRAINFO>/, "EXTRAINFO", file))).trim();
  const text = one(xml, /<TEXT>([\s\S]*?)<\/TEXT>/, "TEXT", file);
  const sentences: CorpusSentence[] = [];
  for (const m of text.matchAll(/<s id="(\d+)">([\s\S]*?)<\/s>/g)) {
    const tokens = unescapeXml(stripTags(m[2])).split(/\s+/).filter(Boolean);
    sentences.push({ id: Number(m[1]), tokens });
  }
  return { docId, file, title, dct, sentences };
}

export function readArticles(corpusDir: string): CorpusArticle[] {
  const dir = path.join(corpusDir, "timeml");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tml"))
    .sort()
    .map((f) => parseTimeml(readFileSync(path.join(dir, f), "utf8"), f));
}

export function parseMention(s: string): GoldMention {
  const m = /^(\d+)-(\d+)-(.+)$/.exec(s.trim());
  if (!m) throw new Error(`bad timeline mention "${s}"`);
  return { docId: m[1], sentence: Number(m[2]), word: m[3] };
}

export function parseTimeline(content: string, file: string): GoldTimeline {
  const [entity, ...rest] = content.split(/\r?\n/);
  const lines: GoldLine[] = [];
  for (const row of rest) {
    if (!row.trim()) continue;
    const [order, rawDate, ...mentions] = row.split("\t");
    lines.push({ order: Number(order), rawDate, date: normalizeGoldDate(rawDate), mentions: mentions.filter((x) => x.trim()).map(parseMention) });
  }
  return { entity: entity.trim(), file, lines };
}

export function readTimelines(corpusDir: string): GoldTimeline[] {
  const dir = path.join(corpusDir, "timelines");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => parseTimeline(readFileSync(path.join(dir, f), "utf8"), f));
}
