/** TimeML duration values (P4Y, PT30.4S, PXD…) from a number and a unit code. */
export function durationValue(n: number | "X", unit: string): string {
  const num = n === "X" ? "X" : String(+n.toFixed(3));
  const mult = (k: number) => (n === "X" ? "X" : String(+(n * k).toFixed(3)));
  // Halves are written with the next unit down: 2 1/2 years → P2Y6M, 5 1/2 hours → PT5H30M.
  if (n !== "X" && n % 1 === 0.5) {
    const w = Math.floor(n);
    const half: Record<string, string> = { Y: `P${w}Y6M`, H: `PT${w}H30M`, MIN: `PT${w}M30S`, D: `P${w}DT12H` };
    if (half[unit]) return half[unit].replace(/^P0Y|^PT0H|^PT0M|^P0D/, (m) => (m.startsWith("PT") ? "PT" : "P"));
  }
  switch (unit) {
    case "H":
      return `PT${num}H`;
    case "MIN":
      return `PT${num}M`;
    case "S":
      return `PT${num}S`;
    case "Q":
      return `P${num}Q`;
    case "DE":
      return `P${mult(10)}Y`;
    case "CE":
      return `P${mult(100)}Y`;
    case "HY":
      return `P${mult(6)}M`;
    default:
      return `P${num}${unit}`;
  }
}

/** TimeML mod of a quantifying prefix, per locale dictionary. */
export const modOf = (dict: Record<string, string>, s: string | undefined): string | undefined =>
  s ? dict[s.toLowerCase().replace(/\s+/g, " ").trim()] : undefined;
