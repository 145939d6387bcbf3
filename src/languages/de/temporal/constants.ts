/** German vocabulary shared by the German parsers (Germany, Austria, South Tyrol, Switzerland). */
export const DE_WEEKDAYS: Record<string, number> = {
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
};
export const DE_WEEKDAY_PATTERN = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag";
export const weekdayNumber = (s: string): number => DE_WEEKDAYS[s.toLowerCase().replace(/s$/, "")] ?? -1;

export const DE_MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, "jan.": 1, februar: 2, feber: 2, "feb.": 2, "febr.": 2, märz: 3, april: 4, "apr.": 4, mai: 5,
  juni: 6, juli: 7, august: 8, "aug.": 8, september: 9, "sept.": 9, "sep.": 9, oktober: 10, "okt.": 10,
  november: 11, "nov.": 11, dezember: 12, "dez.": 12,
};
export const DE_MONTH_PATTERN =
  "januar|jänner|jan\\.|februar|feber|febr?\\.|märz|april|apr\\.|mai|juni|juli|august|aug\\.|september|sept?\\.|oktober|okt\\.|november|nov\\.|dezember|dez\\.";
export const monthNumber = (s: string): number => DE_MONTHS[s.toLowerCase().normalize("NFC")] ?? 0;

const UNITS: Record<string, number> = {
  ein: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5,
  sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, beiden: 2, beide: 2,
};
const TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const UNIT_WORDS = "dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwölf|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|einem|einen|einer|eines|eine|ein";
const TEN_WORDS = "zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig";
/** "eineinhalb", "dreieinhalb": n and a half. */
const HALF_WORDS = "anderthalb|eineinhalb|zweieinhalb|dreieinhalb|viereinhalb|fünfeinhalb|sechseinhalb|siebeneinhalb|achteinhalb|neuneinhalb|zehneinhalb";
export const DE_NUMBER_WORDS = `(?:${HALF_WORDS}|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:${TEN_WORDS})|hundert|tausend|${UNIT_WORDS}|beiden)`;
/** Integer or decimal ("1,5") or number word. */
export const DE_NUMBER = `(?:\\d+(?:,\\d+)?|${DE_NUMBER_WORDS})`;

export function parseDeNumber(s: string): number {
  const t = s.toLowerCase().trim();
  if (/^\d/.test(t)) return parseFloat(t.replace(",", "."));
  if (t === "hundert") return 100;
  if (t === "tausend") return 1000;
  if (t === "anderthalb") return 1.5;
  if (t.endsWith("einhalb")) {
    const w = t.slice(0, -"einhalb".length);
    return (w === "" ? 0 : (UNITS[w] ?? UNITS[`${w}n`] ?? NaN)) + 0.5;
  }
  if (t in UNITS) return UNITS[t];
  if (t in TENS) return TENS[t];
  const m = /^(\p{L}+?)und(\p{L}+)$/u.exec(t);
  if (m && m[2] in TENS) return TENS[m[2]] + (m[1] === "ein" ? 1 : UNITS[m[1]] ?? NaN);
  return NaN;
}

export const DE_ORDINALS: Record<string, number> = {
  ersten: 1, erste: 1, erster: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4,
  fünften: 5, letzten: -1, letzte: -1,
};
export const DE_ORDINAL_PATTERN = "ersten|erste|erster|zweiten|zweite|dritten|dritte|vierten|vierte|[1-4]\\.";
export const ordinalNumber = (s: string): number => (/^\d/.test(s) ? parseInt(s, 10) : DE_ORDINALS[s.toLowerCase()] ?? 0);

/** Part-of-day words → TimeML suffix ("Nachmittag", also as the second half of "Sonntagnachmittag"). */
export const DE_PARTS_OF_DAY: Record<string, string> = {
  morgen: "MO", morgens: "MO", früh: "MO", frühmorgens: "MO", vormittag: "MO", vormittags: "MO", mittag: "MI", mittags: "MI",
  nachmittag: "AF", nachmittags: "AF", abend: "EV", abends: "EV", nacht: "NI", nachts: "NI",
};
export const DE_POD_PATTERN = "vormittag|nachmittag|morgen|mittag|abend|nacht";
export const podCode = (s: string): string | undefined => DE_PARTS_OF_DAY[s.toLowerCase()];

/** Unit words (all cases) → TimeML unit. */
export const DE_UNITS: Record<string, string> = {
  jahr: "Y", jahre: "Y", jahren: "Y", jahres: "Y", jahrs: "Y", monat: "M", monate: "M", monaten: "M", monats: "M",
  woche: "W", wochen: "W", tag: "D", tage: "D", tagen: "D", tages: "D", tags: "D", stunde: "H", stunden: "H",
  minute: "MIN", minuten: "MIN", sekunde: "S", sekunden: "S", jahrzehnt: "DE", jahrzehnte: "DE", jahrzehnten: "DE",
  jahrzehnts: "DE", jahrhundert: "CE", jahrhunderte: "CE", jahrhunderten: "CE", jahrhunderts: "CE", nacht: "D",
  nächte: "D", nächten: "D", quartal: "Q", quartale: "Q", quartalen: "Q", wochenende: "WE", wochenenden: "WE",
  arbeitstage: "D", arbeitstagen: "D", lebensjahr: "Y", lebensjahre: "Y", lebensjahren: "Y",
};
export const DE_UNIT_PATTERN =
  "jahrzehnten|jahrzehnte|jahrzehnts|jahrzehnt|jahrhunderten|jahrhunderte|jahrhunderts|jahrhundert|lebensjahren|lebensjahre|lebensjahr|jahren|jahres|jahrs|jahre|jahr|monaten|monate|monats|monat|wochenenden|wochenende|wochen|woche|arbeitstagen|arbeitstage|tagen|tages|tage|tag|stunden|stunde|minuten|minute|sekunden|sekunde|nächten|nächte|nacht|quartalen|quartale|quartal";
export const unitCode = (s: string): string | undefined => DE_UNITS[s.toLowerCase()];

/** Words before a date meaning "last"/"next" ("vergangenen Sonntag", "am kommenden Montag", "nächste Woche"). */
export const DE_PAST_ADJ = "vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|vorvergangene[nmrs]?|jüngsten";
export const DE_NEXT_ADJ = "nächste[nmrs]?|kommende[nmrs]?|folgende[nmrs]?|darauffolgende[nmrs]?|übernächste[nmrs]?";
export const DE_THIS_ADJ = "diese[nmrs]?|laufende[nmrs]?|heurige[nmrs]?|gleiche[nmrs]?|selbe[nmrs]?|desselben|demselben|dasselbe";
/** Direction of such an adjective: -1, 1, or 0 ("diesen"). */
export const adjDirection = (s: string | undefined): number =>
  !s ? 0 : new RegExp(`^(?:${DE_PAST_ADJ})$`, "i").test(s) ? -1 : new RegExp(`^(?:${DE_NEXT_ADJ})$`, "i").test(s) ? 1 : 0;

/** "Anfang", "Mitte", "Ende" before a month, year, week → TimeML mod. */
export const DE_MOD_PATTERN = "anfang|beginn|mitte|ende|spätestens\\s+ende|ab\\s+mitte";
export const modCode = (s: string | undefined): string | undefined =>
  !s ? undefined : /anfang|beginn/i.test(s) ? "START" : /mitte/i.test(s) ? "MID" : /ende/i.test(s) ? "END" : undefined;
