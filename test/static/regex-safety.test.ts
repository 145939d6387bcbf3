/**
 * No regular expression of the code base can backtrack catastrophically. Every pattern — the regex
 * literals of src/ and the patterns built at run time (scripts/regex/patterns.ts) — gets recheck's
 * verdict (automaton + fuzz checker): the one recorded in test/static/regex-verdicts.json for that
 * exact source and flags, or, for a pattern without an entry (new or changed), recheck run now. An
 * exponential verdict fails the test; a pattern recheck cannot decide within 5 s is counted and
 * printed as undecided. safe-regex2 (star height) runs first on every pattern as a fast screen; it is
 * no proof of safety (`(a|a)*` passes it), so its verdict is only reported. A few cached verdicts are
 * re-checked live on each run. `npm run check:regex` refreshes the cache and lists the polynomial
 * patterns (they run on bounded windows; `npm run bench:worst` shows the extraction linear).
 */
import safeRegex from "safe-regex2";
import { describe, expect, it } from "vitest";
import { allPatterns, checkedFlags, type Pattern } from "../../scripts/regex/patterns";
import { cacheKey, liveVerdict, liveVerdicts, loadCache, type Verdict } from "../../scripts/regex/verdicts";

/** Cached verdicts re-checked live on each run (a random few: the cache is not taken on trust alone). */
const SPOT_CHECKS = 4;

const describeRegex = (p: Pattern, v: string, attack?: string) =>
  `${p.where} /${p.source.slice(0, 120)}/${p.flags}: ${v}${attack ? ` (attack ${attack})` : ""}`;

describe("no regular expression can backtrack catastrophically", () => {
  it("every regex literal and run-time pattern of src/ has a verdict of recheck that is not exponential", async () => {
    const t0 = performance.now();
    const { literals, dynamic, all } = await allPatterns();
    expect(literals.length).toBeGreaterThan(300);
    expect(dynamic.length).toBeGreaterThan(0);
    const patterns = [...all.values()];
    const screened = patterns.filter((p) => !safeRegex(new RegExp(p.source, checkedFlags(p.flags)))).length;

    const cache = loadCache();
    const verdicts = new Map<Pattern, Verdict>();
    const unsafe: string[] = [];
    const missing: Pattern[] = [];
    for (const p of patterns) {
      const entry = cache.verdicts[cacheKey(p)];
      if (!entry) missing.push(p);
      else verdicts.set(p, entry.verdict);
    }
    for (const c of await liveVerdicts(missing)) {
      verdicts.set(c.pattern, c.verdict);
      if (c.verdict === "exponential") unsafe.push(describeRegex(c.pattern, "exponential", c.attack));
    }
    for (const [p, v] of verdicts) if (v === "exponential" && !missing.includes(p)) unsafe.push(describeRegex(p, "exponential (cached verdict)"));

    const cached = patterns.filter((p) => !missing.includes(p));
    const spots = Array.from({ length: Math.min(SPOT_CHECKS, cached.length) }, () => cached[Math.floor(Math.random() * cached.length)]);
    for (const c of await liveVerdicts(spots)) {
      if (c.verdict === "exponential") unsafe.push(describeRegex(c.pattern, "exponential (live; cached as " + verdicts.get(c.pattern) + ")", c.attack));
    }

    const count = (v: Verdict) => [...verdicts.values()].filter((x) => x === v).length;
    console.log(
      `regex safety: ${all.size} distinct patterns (${literals.length} literals, ${dynamic.length} built at run time); ` +
        `safe-regex2 flags ${screened}; recheck: ${count("safe")} safe, ${count("polynomial")} polynomial, ${count("exponential")} exponential, ` +
        `${count("unknown")} undecided; ${missing.length} checked live (not in the cache${missing.length > 20 ? ": run npm run check:regex" : ""}), ` +
        `${spots.length} cached verdicts re-checked; ${Math.round(performance.now() - t0)} ms`,
    );
    expect(unsafe, unsafe.join("\n")).toEqual([]);
  });

  it("a catastrophic pattern added to the code would have no cached verdict and be found exponential live", async () => {
    const cache = loadCache();
    for (const source of ["(a|a)*$", "^(\\w+\\s?)+$", "(x+x+)+y"]) {
      const p: Pattern = { source, flags: "u", where: "example" };
      expect(cache.verdicts[cacheKey(p)]).toBeUndefined();
      expect((await liveVerdict(p)).verdict, source).toBe("exponential");
    }
    // The key is the exact pattern: another flag or one character more is another pattern.
    expect(cacheKey({ source: "a+", flags: "u" })).not.toBe(cacheKey({ source: "a+", flags: "i" }));
    expect(cacheKey({ source: "a+", flags: "gu" })).toBe(cacheKey({ source: "a+", flags: "u" }));
    expect(cacheKey({ source: "a+", flags: "" })).not.toBe(cacheKey({ source: "a+b", flags: "" }));
  });
});
