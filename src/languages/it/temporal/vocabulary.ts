/** Italian calendar words for the table-driven parsers (common/parsers/vocabulary). */
import type { Vocabulary } from "../../../temporal/common/vocabulary";
import type { Phrase } from "../../../temporal/common/parsers/vocabulary/PhraseParser";
import { phraseTable } from "../../../temporal/common/parsers/vocabulary/phrase-table";

export const IT_VOCABULARY: Vocabulary = {
  weekdays: { domenica: 0, lunedì: 1, lunedi: 1, martedì: 2, martedi: 2, mercoledì: 3, mercoledi: 3, giovedì: 4, giovedi: 4, venerdì: 5, venerdi: 5, sabato: 6 },
  months: {
    gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, novembre: 11, dicembre: 12,
    "gen.": 1, "feb.": 2, "apr.": 4, "giu.": 6, "lug.": 7, "ago.": 8, "sett.": 9, "ott.": 10, "nov.": 11, "dic.": 12,
  },
  numbers: {
    un: 1, uno: 1, una: 1, "un'": 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
    tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19, venti: 20, venticinque: 25, trenta: 30,
    quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90, cento: 100, mille: 1000,
  },
  units: {
    anno: "Y", anni: "Y", mese: "M", mesi: "M", settimana: "W", settimane: "W", giorno: "D", giorni: "D", ora: "H", ore: "H", minuto: "MIN", minuti: "MIN",
    secondo: "S", secondi: "S", decennio: "DE", decenni: "DE", secolo: "CE", secoli: "CE", notte: "D", notti: "D",
  },
  partsOfDay: { mattina: "MO", mattino: "MO", mattinata: "MO", mezzogiorno: "MI", pomeriggio: "AF", sera: "EV", serata: "EV", notte: "NI", nottata: "NI" },
  qualifiersBefore: { prossimo: 1, prossima: 1, scorso: -1, scorsa: -1, ultimo: -1, ultima: -1, questo: 0, questa: 0 },
  qualifiersAfter: { scorso: -1, scorsa: -1, prossimo: 1, prossima: 1, passato: -1, passata: -1, precedente: -1, successivo: 1, successiva: 1 },
  mods: { inizio: "START", "all'inizio": "START", "primi": "START", metà: "MID", "a metà": "MID", fine: "END", "alla fine": "END", "a fine": "END" },
  seasons: { primavera: "SP", estate: "SU", autunno: "FA", inverno: "WI" },
};

export const IT_PHRASES: Phrase[] = phraseTable({
  days: [
    { offset: -2, word: "l['’]altro\\s*ieri|altroieri" },
    { offset: 2, word: "dopodomani" },
    { offset: -1, word: "ieri", pods: { MO: "ieri\\s+(?:mattina|mattino)", AF: "ieri\\s+pomeriggio", EV: "ieri\\s+sera", NI: "ieri\\s+notte" } },
    { offset: 0, word: "oggi", pods: { AF: "oggi\\s+pomeriggio", MO: "stamattina|stamani|questa\\s+mattina", EV: "stasera|questa\\s+sera", NI: "stanotte|questa\\s+notte" } },
    // "il domani dell'Europa": after an article, "domani" is the future, not tomorrow.
    { offset: 1, word: "(?<!(?<![\\p{L}])(?:il|del|al|nel|dal|un)\\s)domani", pods: { MO: "domani\\s+(?:mattina|mattino)", EV: "domani\\s+sera" } },
  ],
  week: { past: "la\\s+settimana\\s+(?:scorsa|passata)|la\\s+scorsa\\s+settimana", next: "la\\s+settimana\\s+prossima|la\\s+prossima\\s+settimana", this: "questa\\s+settimana" },
  weekend: { past: "(?:lo\\s+scorso|il\\s+passato)\\s+(?:fine\\s+settimana|weekend)|il\\s+(?:fine\\s+settimana|weekend)\\s+scorso", next: "il\\s+prossimo\\s+(?:fine\\s+settimana|weekend)|il\\s+(?:fine\\s+settimana|weekend)\\s+prossimo", this: "(?:il|questo)\\s+(?:fine\\s+settimana|weekend)" },
  month: { past: "il\\s+mese\\s+(?:scorso|passato)|lo\\s+scorso\\s+mese", next: "il\\s+(?:prossimo\\s+mese|mese\\s+prossimo)", this: "questo\\s+mese" },
  year: { past: "l['’]anno\\s+(?:scorso|passato)|lo\\s+scorso\\s+anno", next: "l['’]anno\\s+prossimo|il\\s+prossimo\\s+anno", this: "quest['’]anno|l['’]anno\\s+in\\s+corso" },
  monthEnd: "(?:a\\s+|entro\\s+)?fine\\s+mese",
  monthStart: "(?:a\\s+|entro\\s+)?inizio\\s+mese",
  focusPods: { MO: "in\\s+mattinata|(?:di|la)\\s+mattina", AF: "nel\\s+pomeriggio", EV: "in\\s+serata|(?:di|la)\\s+sera", NI: "in\\s+nottata|nella\\s+notte|di\\s+notte" },
  focusDays: { before: "la\\s+vigilia|il\\s+giorno\\s+prima", after: "l['’]indomani|il\\s+giorno\\s+(?:dopo|seguente|successivo)", same: "lo\\s+stesso\\s+giorno|quel\\s+giorno" },
  refs: { present: "attualmente|adesso|oggigiorno|al\\s+momento|in\\s+questo\\s+momento|per\\s+ora", past: "recentemente|di\\s+recente|in\\s+passato|un\\s+tempo|precedentemente", future: "(?<=(?<![\\p{L}])(?:il|del|al|nel|dal)\\s)domani|prossimamente|in\\s+futuro|nei\\s+prossimi\\s+(?:giorni|mesi|anni)" },
});

export const IT_FIXED_HOLIDAYS: Record<string, [number, number]> = {
  natale: [12, 25], "vigilia di natale": [12, 24], "santo stefano": [12, 26], capodanno: [1, 1], epifania: [1, 6], ferragosto: [8, 15], ognissanti: [11, 1], "festa della liberazione": [4, 25], "festa della repubblica": [6, 2],
};
export const IT_EASTER_HOLIDAYS: Record<string, number> = { pasqua: 0, pasquetta: 1, "venerdì santo": -2, "giovedì santo": -3, "domenica delle palme": -7 };
