/** English vocabulary shared by the English parsers. */
export const EN_WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
export const EN_WEEKDAY_PATTERN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

export const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
export const EN_MONTH_PATTERN = "january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|mar\\.|apr\\.|aug\\.|sept\\.|sep\\.|oct\\.|nov\\.|dec\\.";
export const monthNumber = (s: string): number => EN_MONTHS[s.toLowerCase().replace(/\.$/, "")] ?? 0;

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, half: 0.5,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT_WORDS = "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|eleven|twelve|one|two|three|four|five|six|seven|eight|nine|ten";
const TEN_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
export const EN_NUMBER_WORDS = `(?:(?:${TEN_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a\\s+hundred|one\\s+hundred|${UNIT_WORDS})`;
/** "30.4", "1,000", "two": thousands separators belong to the number ("1,000-day" is not "000-day"). */
export const EN_NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?|${EN_NUMBER_WORDS})`;

export function parseEnNumber(s: string): number {
  const t = s.toLowerCase().trim();
  if (/^\d/.test(t)) return parseFloat(t.replace(/,/g, ""));
  if (/hundred/.test(t)) return 100;
  if (t in UNITS) return UNITS[t];
  if (t in TENS) return TENS[t];
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(t);
  if (m && m[1] in TENS && m[2] in UNITS) return TENS[m[1]] + UNITS[m[2]];
  return NaN;
}

export const EN_ORDINALS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 };

export const EN_UNITS: Record<string, string> = {
  year: "Y", years: "Y", month: "M", months: "M", week: "W", weeks: "W", day: "D", days: "D", hour: "H", hours: "H",
  minute: "MIN", minutes: "MIN", second: "S", seconds: "S", decade: "DE", decades: "DE", century: "CE", centuries: "CE",
  quarter: "Q", quarters: "Q", weekend: "WE", weekends: "WE", night: "D", nights: "D",
};
export const EN_UNIT_PATTERN = "years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|quarters?|nights?";

export const EN_PARTS_OF_DAY: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", noon: "MI", midday: "MI" };

/** "$5 a year", "700 seats a week", "24 hours a day": a rate after an amount in the same clause. */
export function afterAmount(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(".") ) + 1);
  return /[\d$£¥]|\b(?:million|billion|thousand|hundred|dozen)\b/i.test(clause);
}

/** "a year" as the period of a rate: after an amount ("$5 a year") or after "once" ("once a year"). */
export const isRatePeriod = (text: string, index: number): boolean =>
  afterAmount(text, index) || /(?:^|[^\p{L}])once\s+$/iu.test(text.slice(Math.max(0, index - 6), index));

const SP_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const SP_UNITS = "one|two|three|four|five|six|seven|eight|nine";
const SP_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
/** Spelled-out years of broadcast transcripts after a month or season: "January nineteen ninety-seven". */
export const EN_SPELLED_YEAR = `(?:nineteen|eighteen)[-\\s](?:(?:${SP_TENS})(?:[-\\s](?:${SP_UNITS}))?|${SP_TEENS})`;
export function parseSpelledYear(s: string): number {
  const m = /^(nineteen|eighteen)[-\s]+(.+)$/i.exec(s.trim());
  if (!m) return NaN;
  return (m[1].toLowerCase() === "nineteen" ? 1900 : 1800) + parseEnNumber(m[2].replace(/\s+/, "-"));
}
