/** Italian calendar words for the table-driven parsers (common/parsers/vocabulary). */
import type { Vocabulary } from "../../../temporal/common/vocabulary";
import type { Phrase } from "../../../temporal/common/parsers/vocabulary/PhraseParser";

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

export const IT_PHRASES: Phrase[] = [
  { pattern: "l['’]altro\\s*ieri|altroieri", unit: "day", offset: -2 },
  { pattern: "dopodomani", unit: "day", offset: 2 },
  { pattern: "ieri\\s+(?:mattina|mattino)", unit: "day", offset: -1, pod: "MO" },
  { pattern: "ieri\\s+pomeriggio", unit: "day", offset: -1, pod: "AF" },
  { pattern: "ieri\\s+sera", unit: "day", offset: -1, pod: "EV" },
  { pattern: "ieri\\s+notte", unit: "day", offset: -1, pod: "NI" },
  { pattern: "ieri", unit: "day", offset: -1 },
  { pattern: "oggi\\s+pomeriggio", unit: "day", offset: 0, pod: "AF" },
  { pattern: "oggi", unit: "day", offset: 0 },
  { pattern: "stamattina|stamani|questa\\s+mattina", unit: "day", offset: 0, pod: "MO" },
  { pattern: "stasera|questa\\s+sera", unit: "day", offset: 0, pod: "EV" },
  { pattern: "stanotte|questa\\s+notte", unit: "day", offset: 0, pod: "NI" },
  { pattern: "domani\\s+(?:mattina|mattino)", unit: "day", offset: 1, pod: "MO" },
  { pattern: "domani\\s+sera", unit: "day", offset: 1, pod: "EV" },
  { pattern: "domani", unit: "day", offset: 1 },
  { pattern: "la\\s+settimana\\s+(?:scorsa|passata)|la\\s+scorsa\\s+settimana", unit: "week", offset: -1 },
  { pattern: "la\\s+settimana\\s+prossima|la\\s+prossima\\s+settimana", unit: "week", offset: 1 },
  { pattern: "questa\\s+settimana", unit: "week", offset: 0 },
  { pattern: "(?:lo\\s+scorso|il\\s+passato)\\s+(?:fine\\s+settimana|weekend)|il\\s+(?:fine\\s+settimana|weekend)\\s+scorso", unit: "weekend", offset: -1 },
  { pattern: "il\\s+prossimo\\s+(?:fine\\s+settimana|weekend)|il\\s+(?:fine\\s+settimana|weekend)\\s+prossimo", unit: "weekend", offset: 1 },
  { pattern: "(?:il|questo)\\s+(?:fine\\s+settimana|weekend)", unit: "weekend", offset: 0 },
  { pattern: "il\\s+mese\\s+(?:scorso|passato)|lo\\s+scorso\\s+mese", unit: "month", offset: -1 },
  { pattern: "il\\s+(?:prossimo\\s+mese|mese\\s+prossimo)", unit: "month", offset: 1 },
  { pattern: "questo\\s+mese", unit: "month", offset: 0 },
  { pattern: "l['’]anno\\s+(?:scorso|passato)|lo\\s+scorso\\s+anno", unit: "year", offset: -1 },
  { pattern: "l['’]anno\\s+prossimo|il\\s+prossimo\\s+anno", unit: "year", offset: 1 },
  { pattern: "quest['’]anno|l['’]anno\\s+in\\s+corso", unit: "year", offset: 0 },
  { pattern: "(?:a\\s+|entro\\s+)?fine\\s+mese", unit: "month", offset: 0, mod: "END" },
  { pattern: "(?:a\\s+|entro\\s+)?inizio\\s+mese", unit: "month", offset: 0, mod: "START" },
  { pattern: "in\\s+mattinata|(?:di|la)\\s+mattina", unit: "focus-pod", pod: "MO" },
  { pattern: "nel\\s+pomeriggio", unit: "focus-pod", pod: "AF" },
  { pattern: "in\\s+serata|(?:di|la)\\s+sera", unit: "focus-pod", pod: "EV" },
  { pattern: "in\\s+nottata|nella\\s+notte|di\\s+notte", unit: "focus-pod", pod: "NI" },
  { pattern: "la\\s+vigilia|il\\s+giorno\\s+prima", unit: "focus-day", offset: -1 },
  { pattern: "l['’]indomani|il\\s+giorno\\s+(?:dopo|seguente|successivo)", unit: "focus-day", offset: 1 },
  { pattern: "lo\\s+stesso\\s+giorno|quel\\s+giorno", unit: "focus-day", offset: 0 },
  { pattern: "attualmente|adesso|oggigiorno|al\\s+momento|in\\s+questo\\s+momento|per\\s+ora", unit: "ref", value: "PRESENT_REF" },
  { pattern: "recentemente|di\\s+recente|in\\s+passato|un\\s+tempo|precedentemente", unit: "ref", value: "PAST_REF" },
  { pattern: "prossimamente|in\\s+futuro|nei\\s+prossimi\\s+(?:giorni|mesi|anni)", unit: "ref", value: "FUTURE_REF" },
];

export const IT_FIXED_HOLIDAYS: Record<string, [number, number]> = {
  natale: [12, 25], "vigilia di natale": [12, 24], "santo stefano": [12, 26], capodanno: [1, 1], epifania: [1, 6], ferragosto: [8, 15], ognissanti: [11, 1], "festa della liberazione": [4, 25], "festa della repubblica": [6, 2],
};
export const IT_EASTER_HOLIDAYS: Record<string, number> = { pasqua: 0, pasquetta: 1, "venerdì santo": -2, "giovedì santo": -3, "domenica delle palme": -7 };
