/** Dutch calendar words for the table-driven parsers (common/parsers/vocabulary). */
import type { Vocabulary } from "../../../temporal/common/vocabulary";
import type { Phrase } from "../../../temporal/common/parsers/vocabulary/PhraseParser";
import { phraseTable } from "../../../temporal/common/parsers/vocabulary/phrase-table";

export const NL_VOCABULARY: Vocabulary = {
  weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
  months: {
    januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
    "jan.": 1, "feb.": 2, "apr.": 4, "aug.": 8, "sep.": 9, "sept.": 9, "okt.": 10, "nov.": 11, "dec.": 12,
  },
  numbers: {
    een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14,
    vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, vijfentwintig: 25, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
    duizend: 1000, anderhalf: 1.5, anderhalve: 1.5,
  },
  units: {
    jaar: "Y", jaren: "Y", maand: "M", maanden: "M", week: "W", weken: "W", dag: "D", dagen: "D", uur: "H", uren: "H", minuut: "MIN", minuten: "MIN",
    seconde: "S", seconden: "S", decennium: "DE", decennia: "DE", eeuw: "CE", eeuwen: "CE", nacht: "D", nachten: "D",
  },
  partsOfDay: { ochtend: "MO", morgen: "MO", voormiddag: "MO", middag: "AF", namiddag: "AF", avond: "EV", nacht: "NI" },
  qualifiersBefore: { volgende: 1, komende: 1, aanstaande: 1, vorige: -1, afgelopen: -1, laatste: -1, deze: 0 },
  qualifiersAfter: { jongstleden: -1, "jl.": -1, aanstaande: 1, "a.s.": 1 },
  mods: { begin: "START", "het begin van": "START", half: "MID", medio: "MID", midden: "MID", eind: "END", einde: "END", "het eind van": "END", "eind van": "END" },
  seasons: { lente: "SP", voorjaar: "SP", zomer: "SU", herfst: "FA", najaar: "FA", winter: "WI" },
};

export const NL_PHRASES: Phrase[] = phraseTable({
  days: [
    { offset: -2, word: "eergisteren" },
    { offset: 2, word: "overmorgen" },
    { offset: -1, word: "gisteren", pods: { MO: "gisterochtend|gistermorgen", AF: "gistermiddag", EV: "gisteravond", NI: "gisternacht" } },
    { offset: 0, word: "vandaag", pods: { MO: "vanochtend|vanmorgen|deze\\s+ochtend", AF: "vanmiddag", EV: "vanavond", NI: "vannacht" } },
    // "morgen" is also the morning ("'s morgens", "de morgen", "zondagmorgen"): alone, without article.
    { offset: 1, word: "(?<!(?<![\\p{L}])(?:de|die|deze|elke|iedere|goede|goeie|'s)\\s)(?<!['’]s\\s)morgen(?!s)", pods: { MO: "morgenochtend|morgenvroeg", AF: "morgenmiddag", EV: "morgenavond" } },
  ],
  week: { past: "(?:de\\s+)?(?:vorige|afgelopen|verleden)\\s+week", next: "(?:de\\s+)?(?:volgende|komende)\\s+week", this: "deze\\s+week" },
  weekend: { past: "(?:het\\s+)?(?:afgelopen|vorige|vorig)\\s+weekend", next: "(?:het\\s+)?(?:komende|komend|volgend|volgende)\\s+weekend", this: "(?:dit|het)\\s+weekend" },
  month: { past: "(?:vorige|afgelopen)\\s+maand", next: "(?:volgende|komende)\\s+maand", this: "deze\\s+maand" },
  year: { past: "(?:vorig|verleden|afgelopen)\\s+jaar", next: "(?:volgend|komend)\\s+jaar", this: "dit\\s+jaar" },
  monthEnd: "(?:eind|einde)\\s+(?:van\\s+)?deze\\s+maand",
  focusPods: { MO: "['’]s\\s+(?:ochtends|morgens)", AF: "['’]s\\s+middags", EV: "['’]s\\s+avonds", NI: "['’]s\\s+nachts" },
  focusDays: { before: "de\\s+dag\\s+(?:ervoor|daarvoor)|een\\s+dag\\s+eerder", after: "de\\s+(?:volgende|dag\\s+erna|dag\\s+daarna)\\s*(?:dag)?|een\\s+dag\\s+later", same: "(?:die|dezelfde)\\s+dag" },
  refs: { present: "momenteel|tegenwoordig|op\\s+dit\\s+moment|nu(?!\\s+eenmaal)|thans|heden", past: "onlangs|recentelijk|vroeger|in\\s+het\\s+verleden|destijds|eerder\\s+al", future: "binnenkort|in\\s+de\\s+toekomst|straks|(?:in\\s+)?de\\s+komende\\s+(?:dagen|weken|maanden|jaren)" },
});

export const NL_FIXED_HOLIDAYS: Record<string, [number, number]> = {
  kerstmis: [12, 25], kerst: [12, 25], kerstavond: [12, 24], "eerste kerstdag": [12, 25], "tweede kerstdag": [12, 26], oudejaarsavond: [12, 31], oudjaar: [12, 31],
  nieuwjaarsdag: [1, 1], nieuwjaar: [1, 1], koningsdag: [4, 27], bevrijdingsdag: [5, 5], sinterklaas: [12, 5], allerheiligen: [11, 1],
};
export const NL_EASTER_HOLIDAYS: Record<string, number> = { pasen: 0, paaszondag: 0, paasmaandag: 1, "tweede paasdag": 1, "goede vrijdag": -2, hemelvaartsdag: 39, hemelvaart: 39, pinksteren: 49, "tweede pinksterdag": 50 };
