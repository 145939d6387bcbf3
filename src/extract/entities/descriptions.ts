/**
 * In-article coreference of definite descriptions to a name: "the iTunes Music Store … the store has
 * sold", "Bank of America … the bank said", « la Banque de France … la banque » — a determiner and a
 * lower-case word that is the head of a name written shortly before (its last word, or its first word
 * when that is one of the language's organisation or place words) refer to that name's entity. People
 * are left to the pronoun and role-noun rules (participants), and a description with no such name in
 * reach refers to nothing.
 */
import type { EntityCues } from "../../languages";
import type { Token } from "./chunk";
import type { ResolvedMention } from "./coref";

/** How many sentences back a description reaches for its name. */
export const DESCRIPTION_REACH = 3;

/** Shortest head word (folded) a description may be: "the US", "the co" refer to nothing. */
const MIN_HEAD = 4;

interface Antecedent {
  mention: ResolvedMention;
  sentence: number;
}

/** The head words of a name mention: its last word, and its first when that names a kind of organisation or place. */
function headsOf(m: ResolvedMention, cues: EntityCues): string[] {
  const words = m.tokens.filter((t) => t.cap);
  if (words.length < 2) return [];
  const first = words[0].norm;
  const last = words[words.length - 1].norm;
  const heads = [last];
  if (cues.orgWords.has(first) || cues.placeWords.has(first)) heads.push(first);
  return heads.filter((h) => h.length >= MIN_HEAD && /^\p{L}+$/u.test(h));
}

export interface DescriptionContext {
  text: string;
  tokens: Token[];
  cues: EntityCues;
  stopwords: Set<string>;
  /** Sentence index of an offset. */
  sentenceOf: (offset: number) => number;
}

/** Only spaces between two tokens. */
const adjacent = (text: string, a: Token, b: Token) => /^[ \t]+$/u.test(text.slice(a.end, b.start));

/**
 * The description mentions of a text: each a ResolvedMention of the name's cluster, covering the head
 * word ("store" in "the store"). `names` are the article's name mentions sorted by start.
 */
export function resolveDescriptions(names: ResolvedMention[], ctx: DescriptionContext): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const recent = new Map<string, Antecedent>();
  let ni = 0;
  for (let i = 1; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i];
    for (; ni < names.length && names[ni].end <= t.start; ni++) {
      const m = names[ni];
      if (m.cluster.type === "person") continue;
      for (const h of headsOf(m, ctx.cues)) recent.set(h, { mention: m, sentence: ctx.sentenceOf(m.start) });
    }
    if (ni < names.length && names[ni].start <= t.start) continue; // inside a name
    if (t.cap || !ctx.stopwords.has(ctx.tokens[i - 1].norm) || !adjacent(ctx.text, ctx.tokens[i - 1], t)) continue;
    const a = recent.get(t.norm);
    if (!a || ctx.sentenceOf(t.start) - a.sentence > DESCRIPTION_REACH) continue;
    out.push({ ...a.mention, start: t.start, end: t.end, tokens: [t], role: false, legal: false, description: true });
  }
  return out;
}
