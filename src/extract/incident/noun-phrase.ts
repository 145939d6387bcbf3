/** The trigger noun with its complement as written: "invasion de l'Ukraine", "pandémie de Covid-19", "sale of its unit". */
import type { LocaleData } from "../../languages";
import type { TriggerMatch } from "../triggers";

export function nounPhrase(text: string, trig: TriggerMatch, dateRel: { start: number; end: number }, locale: LocaleData): string {
  const grammar = locale.headline;
  const limit = trig.end < dateRel.start ? dateRel.start : text.length;
  const rest = text.slice(trig.end, limit);
  const m = grammar?.complementOpener.exec(rest);
  let phrase = trig.text;
  if (m && grammar) {
    const tokens = rest.slice(m[0].length).split(/(\s+)/);
    let taken = "";
    let words = 0;
    for (let i = 0; i < tokens.length; i += 2) {
      const tok = tokens[i];
      const clean = tok.replace(/[,;:.!?()«»"“”]+$/u, "");
      const low = clean.toLowerCase().replace(/^\p{L}['’]/u, "");
      if (!clean || (words > 0 && grammar.phraseStop.has(low))) break;
      if (words >= 3 && /^\p{Ll}/u.test(clean) && !/^\p{L}['’]/u.test(clean)) break;
      taken += (i ? tokens[i - 1] ?? " " : "") + clean;
      words++;
      if (clean !== tok || words >= 5) break;
    }
    if (words) phrase = `${trig.text}${m[0].replace(/\s+$/u, m[0].endsWith(" ") ? " " : "")}${taken.trim()}`;
  }
  return phrase.replace(/\s+/g, " ").trim();
}
