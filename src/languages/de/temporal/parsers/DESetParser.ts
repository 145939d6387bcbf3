/**
 * Sets: "täglich", "jährlich(e)", "wöchentlich", "monatlich", "jeden Montag", "jeden Tag", "jedes Jahr",
 * "jeden zweiten Donnerstag", "pro Jahr", "im Jahr", "einmal im Monat", "alle vier Jahre", "je zwei Wochen",
 * "sonntags", "montags", "Jahr für Jahr", "Tag für Tag".
 */
import type { ParsingContext, ParsingResult } from "chrono-node";
import { durationValue } from "../../../../temporal/common/duration";
import { TemporalParser } from "../../../../temporal/common/parsers/TemporalParser";
import { DE_NUMBER_WORDS, DE_WEEKDAY_PATTERN, parseDeNumber, podCode, weekdayNumber } from "../constants";

const UNIT: Record<string, string> = { tag: "D", woche: "W", wochen: "W", monat: "M", monate: "M", jahr: "Y", jahre: "Y", stunde: "H", stunden: "H", tage: "D" };
const ADJ: Record<string, string> = { täglich: "P1D", alltäglich: "P1D", wöchentlich: "P1W", monatlich: "P1M", jährlich: "P1Y", stündlich: "PT1H", vierteljährlich: "P3M", halbjährlich: "P6M", wochentags: "XXXX-WXX-WD" };
const ORD: Record<string, number> = { zweiten: 2, dritten: 3, vierten: 4 };

export class DESetParser extends TemporalParser {
  protected innerPattern(): string {
    return (
      `(?<adj>vierteljährlich|halbjährlich|alltäglich|täglich|wöchentlich|monatlich|jährlich|stündlich)(?:e[nrms]?)?` +
      `|(?<wdset>${DE_WEEKDAY_PATTERN.replace(/\|/g, "s|")}s|wochentags)(?![\\p{L}])` +
      `|jede[nmrs]?\\s+(?:(?<ord>zweiten|dritten|vierten)\\s+)?(?<u>${DE_WEEKDAY_PATTERN}|Tag|Woche|Monat|Jahr|Stunde|Morgen|Abend|Nacht|Wochenende)(?<pod>abend|morgen|nachmittag|vormittag)?(?![\\p{L}])` +
      `|(?:pro|(?:ein|zwei|drei)mal\\s+(?:im|in\\s+der|pro))\\s+(?<per>Tag|Woche|Monat|Jahr|Stunde)(?![\\p{L}])` +
      `|im\\s+(?<im>Jahr|Monat)(?!\\s*(?:\\d|zuvor|darauf|danach|davor|der|des|vor|nach))(?![\\p{L}])` +
      `|(?:alle|je)\\s+(?<n>\\d+|${DE_NUMBER_WORDS})\\s+(?<un>Jahre|Monate|Wochen|Tage|Stunden)(?![\\p{L}])` +
      `|(?<rep>Jahr|Tag|Woche)\\s+(?:für|um)\\s+(?:Jahr|Tag|Woche)(?![\\p{L}])`
    );
  }

  protected innerExtract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const g = match.groups!;
    let value: string | undefined;
    let index = match.index!;
    let text = match[0];
    if (g.adj) value = ADJ[g.adj.toLowerCase()];
    else if (g.wdset) {
      const w = g.wdset.toLowerCase();
      value = w === "wochentags" ? "XXXX-WXX-WD" : `XXXX-WXX-${weekdayNumber(w.replace(/s$/, "")) || 7}`;
    } else if (g.u) {
      const u = g.u.toLowerCase();
      const wd = weekdayNumber(u);
      if (wd >= 0) value = `XXXX-WXX-${wd || 7}${g.pod ? `T${podCode(g.pod)}` : ""}`;
      else if (podCode(u)) value = `XXXX-XX-XXT${podCode(u)}`;
      else if (u === "wochenende") value = "XXXX-WXX-WE";
      else value = durationValue(UNIT[u] === "H" ? 1 : g.ord ? ORD[g.ord.toLowerCase()] : 1, UNIT[u]);
    } else if (g.per ?? g.im) {
      const u = UNIT[(g.per ?? g.im).toLowerCase()];
      value = durationValue(1, u);
      if (g.im) {
        // KRAUTS marks "Jahr" of "im Jahr", not the preposition.
        index += 3;
        text = text.slice(3);
      }
    } else if (g.un) {
      const n = /^\d/.test(g.n) ? +g.n : parseDeNumber(g.n);
      const u = UNIT[g.un.toLowerCase()];
      if (!isFinite(n) || !u) return null;
      value = durationValue(n, u);
    } else if (g.rep) value = durationValue(1, UNIT[g.rep.toLowerCase()]);
    if (!value) return null;
    return this.result(context, index, text, { type: "SET", value, gran: "set" });
  }
}
