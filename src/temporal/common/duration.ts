/** TimeML duration values (P4Y, PT30.4S, PXD…) from a number and a unit code. */
export function durationValue(n: number | "X", unit: string): string {
  const num = n === "X" ? "X" : String(+n.toFixed(3));
  const mult = (k: number) => (n === "X" ? "X" : String(+(n * k).toFixed(3)));
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
