/** TimeML duration values (P4Y, PT30.4S, PXD…) from a number and a unit code. */

/** How a corpus convention writes the values that TimeML guidelines leave open. */
export interface DurationConventions {
  /** "next-unit": 2 1/2 years → P2Y6M (TimeML); "decimal": P2.5Y (It-TimeML, KRAUTS). */
  halves: "next-unit" | "decimal";
  /** "years": 2 decades → P20Y, 2 centuries → P200Y; "own-unit": P2DE, P2CE. */
  decadesAndCenturies: "years" | "own-unit";
  /** "quarters": P1Q; "months": P3M. */
  quarters: "quarters" | "months";
}

/** The TimeML guidelines' conventions (TempEval/TimeBank gold). */
export const TIMEML_DURATIONS: DurationConventions = { halves: "next-unit", decadesAndCenturies: "years", quarters: "quarters" };

const HALF: Record<string, (w: number) => string> = { Y: (w) => `P${w}Y6M`, H: (w) => `PT${w}H30M`, MIN: (w) => `PT${w}M30S`, D: (w) => `P${w}DT12H` };

export function durationValue(n: number | "X", unit: string, conventions: DurationConventions = TIMEML_DURATIONS): string {
  const num = n === "X" ? "X" : String(+n.toFixed(3));
  const mult = (k: number) => (n === "X" ? "X" : String(+(n * k).toFixed(3)));
  // Halves written with the next unit down: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
  if (conventions.halves === "next-unit" && n !== "X" && n % 1 === 0.5 && HALF[unit]) {
    return HALF[unit](Math.floor(n)).replace(/^P0Y|^PT0H|^PT0M|^P0D/, (m) => (m.startsWith("PT") ? "PT" : "P"));
  }
  const years = conventions.decadesAndCenturies === "years";
  switch (unit) {
    case "H":
      return `PT${num}H`;
    case "MIN":
      return `PT${num}M`;
    case "S":
      return `PT${num}S`;
    case "Q":
      return conventions.quarters === "quarters" ? `P${num}Q` : `P${mult(3)}M`;
    case "DE":
      return years ? `P${mult(10)}Y` : `P${num}DE`;
    case "CE":
      return years ? `P${mult(100)}Y` : `P${num}CE`;
    case "HY":
      return `P${mult(6)}M`;
    default:
      return `P${num}${unit}`;
  }
}

/** TimeML mod of a quantifying prefix, per locale dictionary. */
export const modOf = (dict: Record<string, string>, s: string | undefined): string | undefined =>
  s ? dict[s.toLowerCase().replace(/\s+/g, " ").trim()] : undefined;
