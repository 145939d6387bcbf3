/** French vocabulary shared by the French parsers. */
export const FR_WEEKDAYS: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
};
export const FR_WEEKDAY_PATTERN = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

export const FR_MONTHS: Record<string, number> = {
  janvier: 1, "janv.": 1, février: 2, fevrier: 2, "févr.": 2, mars: 3, avril: 4, "avr.": 4, mai: 5, juin: 6,
  juillet: 7, "juil.": 7, août: 8, aout: 8, septembre: 9, "sept.": 9, octobre: 10, "oct.": 10, novembre: 11,
  "nov.": 11, décembre: 12, decembre: 12, "déc.": 12,
};
export const FR_MONTH_PATTERN =
  "janvier|janv\\.|f[ée]vrier|f[ée]vr\\.|mars|avril|avr\\.|mai|juin|juillet|juil\\.|ao[uû]t|septembre|sept\\.|octobre|oct\\.|novembre|nov\\.|d[ée]cembre|d[ée]c\\.";

export const monthNumber = (s: string): number => FR_MONTHS[s.toLowerCase().normalize("NFC")] ?? 0;

const UNITS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
};
const TENS: Record<string, number> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, "soixante-dix": 70, "quatre-vingt": 80,
  "quatre-vingts": 80, "quatre-vingt-dix": 90,
};
const UNIT_WORDS = "dix-sept|dix-huit|dix-neuf|quatorze|quinze|treize|douze|seize|onze|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|une|un";
const TEN_WORDS = "quatre-vingt-dix|quatre-vingts?|soixante-dix|soixante|cinquante|quarante|trente|vingt";
export const FR_NUMBER_WORDS = `(?:(?:${TEN_WORDS})(?:[- ](?:et[- ])?(?:${UNIT_WORDS}))?|cent|mille|${UNIT_WORDS})`;
/** Integer or decimal ("30,4") or number word. */
export const FR_NUMBER = `(?:\\d+(?:[,.]\\d+)?|${FR_NUMBER_WORDS})`;

/** Approximate quantities: "une dizaine de jours", "une vingtaine d'années". */
export const FR_APPROX_NUMBERS: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100,
};
export const FR_APPROX_PATTERN = `une\\s+(?:${Object.keys(FR_APPROX_NUMBERS).join("|")})\\s*(?:de\\s+|d['’])`;
export const approxNumber = (s: string): number => FR_APPROX_NUMBERS[s.toLowerCase().match(/\p{L}+aine/u)?.[0] ?? ""] ?? NaN;

export function parseFrNumber(s: string): number {
  const t = s.toLowerCase().trim();
  if (/^\d/.test(t)) return parseFloat(t.replace(",", "."));
  if (t === "cent") return 100;
  if (t === "mille") return 1000;
  if (t in UNITS) return UNITS[t];
  if (t in TENS) return TENS[t];
  for (const [w, v] of Object.entries(TENS).sort((a, b) => b[0].length - a[0].length)) {
    if (t.startsWith(w)) {
      const rest = t.slice(w.length).replace(/^[- ](et[- ])?/, "");
      if (rest in UNITS) return v + UNITS[rest];
    }
  }
  return NaN;
}

export const FR_ORDINALS: Record<string, number> = {
  premier: 1, "1er": 1, première: 1, "1re": 1, deuxième: 2, second: 2, seconde: 2, "2e": 2, troisième: 3, "3e": 3,
  quatrième: 4, "4e": 4,
};

/** Part-of-day words → TimeML suffix. */
export const FR_PARTS_OF_DAY: Record<string, string> = {
  matin: "MO", matinée: "MO", "après-midi": "AF", "apres-midi": "AF", soir: "EV", soirée: "EV", nuit: "NI", midi: "MI",
};
export const FR_POD_PATTERN = "matinée|matin|après-midi|apres-midi|soirée|soir|nuit";
export const podCode = (s: string): string | undefined => FR_PARTS_OF_DAY[s.toLowerCase()];

export const FR_UNITS: Record<string, string> = {
  an: "Y", ans: "Y", année: "Y", années: "Y", mois: "M", semaine: "W", semaines: "W", jour: "D", jours: "D",
  journée: "D", journées: "D", heure: "H", heures: "H", minute: "MIN", minutes: "MIN", seconde: "S", secondes: "S",
  siècle: "CE", siècles: "CE", décennie: "DE", décennies: "DE", nuit: "D", nuits: "D", trimestre: "Q", trimestres: "Q",
  semestre: "HY", semestres: "HY",
};
export const FR_UNIT_PATTERN =
  "ans|an|années|année|mois|semaines|semaine|journées|journée|jours|jour|heures|heure|minutes|minute|secondes|seconde|siècles|siècle|décennies|décennie|nuits|trimestres|trimestre|semestres|semestre";
