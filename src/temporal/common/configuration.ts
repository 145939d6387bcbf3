/**
 * Builds a tagger configuration from one of chrono's casual locale configurations: keeps the chrono
 * parsers listed in `keep` (by class name), puts the tagger's parsers first, replaces chrono's
 * overlap removal by LongestMatchRefiner, guards chrono's merging refiners, drops ForwardDate and
 * UnlikelyFormatFilter (they would move past dates forward / drop bare years), and appends the
 * locale's refiners (filters, tense resolution). `pre` refiners run before chrono's merging ones
 * (filters that must drop a piece before it is merged into a neighbour).
 */
import type { Parser, Refiner } from "chrono-node";
import { GuardedRefiner } from "./refiners/GuardedRefiner";
import { LongestMatchRefiner } from "./refiners/LongestMatchRefiner";
import { WindowedRefiner } from "./refiners/WindowedRefiner";

/** chrono refiners that look at each result's surroundings with an end-anchored regex over all the text before it. */
const WINDOWED = new Set(["ENEndOfPeriodRefiner"]);

interface Configuration {
  parsers: Parser[];
  refiners: Refiner[];
}

// Bundlers may suffix class names (Foo → Foo2): compare without the suffix.
const nameOf = (o: object): string => o.constructor.name.replace(/\d+$/, "");

export function buildConfiguration(base: Configuration, keep: string[], parsers: Parser[], refiners: Refiner[], drop: string[] = [], pre: Refiner[] = []): Configuration {
  const kept = base.parsers.filter((p) => keep.includes(nameOf(p)));
  const chronoRefiners: Refiner[] = [...pre];
  for (const r of base.refiners) {
    const n = nameOf(r);
    if (n === "ForwardDateRefiner" || n === "UnlikelyFormatFilter" || drop.includes(n)) continue;
    if (n === "OverlapRemovalRefiner") chronoRefiners.push(new LongestMatchRefiner());
    // Ranges are merged between day dates only ("September 10 to 13"); "1991 to 1997", "Friday to
    // December" stay two expressions, as TimeML annotates them.
    else if (/MergeDateRangeRefiner$/.test(n)) chronoRefiners.push(new GuardedRefiner(r, (x) => !x.start.isCertain("day")));
    else if (WINDOWED.has(n)) chronoRefiners.push(new GuardedRefiner(new WindowedRefiner(r)));
    else chronoRefiners.push(new GuardedRefiner(r));
  }
  return { parsers: [...parsers, ...kept], refiners: [...chronoRefiners, new LongestMatchRefiner(), ...refiners] };
}
