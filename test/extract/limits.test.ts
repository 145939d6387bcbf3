/**
 * The bounds of `npm run bench:worst` that do not depend on the machine: whatever the input, one
 * article yields at most LIMITS.incidents incidents, quotes of at most one bounded sentence, and a
 * warning for everything the limits cut. (Times and memory are printed by the benchmark, not tested.)
 */
import { describe, expect, it } from "vitest";
import { INPUTS } from "../../eval/worst-inputs";
import { extractArticle } from "../../src/extract";
import { LIMITS, tagBounded, truncateText } from "../../src/extract/limits";
import { tag } from "../../src/temporal";
import { segmentSentences, splitLong } from "../../src/extract/sentences";
import { flattenDeep, htmlToText, stripUnread } from "../../src/extract/html";

const opts = { receivedAt: "2023-09-13T09:00:00Z" };
const codes = (ws: string[]) => ws.map((w) => w.split(":")[0]);

describe("pathological articles stay within the limits", () => {
  for (const [name, make] of Object.entries(INPUTS)) {
    it(`${name} at 1 MB`, { timeout: 120_000 }, () => {
      const input = make(1_000_000);
      const r = extractArticle(input, opts);
      expect(r.text.length).toBeLessThanOrEqual(LIMITS.textChars);
      expect(r.incidents.length).toBeLessThanOrEqual(LIMITS.incidents);
      for (const i of r.incidents) expect(i.quote.length).toBeLessThanOrEqual(LIMITS.sentenceChars);
      for (const w of r.warnings) expect(w).toMatch(/^[a-z_]+: .+/);
      const w = codes(r.warnings);
      if (input.text) expect(w).toContain("text_truncated");
      else expect(w.some((c) => c.startsWith("html_"))).toBe(true);
    });
  }
  it("the same inputs at 10 KB are not cut", () => {
    for (const name of ["dated-sentences", "fr-dated-sentences", "names", "punctuation"]) {
      const r = extractArticle(INPUTS[name](10_000), opts);
      expect(codes(r.warnings), name).not.toContain("text_truncated");
      expect(r.text.length, name).toBeGreaterThan(9_000);
    }
  });
  it("dated sentences: the caps are reached and said", () => {
    const r = extractArticle(INPUTS["dated-sentences"](1_000_000), opts);
    expect(r.incidents.length).toBe(LIMITS.incidents);
    expect(codes(r.warnings)).toEqual(expect.arrayContaining(["text_truncated", "dates_capped", "incidents_capped"]));
  });
  it("dates capped before the incidents are: the names after the last date kept are still read", () => {
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const days = Array.from({ length: LIMITS.dateMentions + 100 }, (_, i) => `${1 + (i % 28)} ${months[Math.floor(i / 28) % 12]} ${2000 + Math.floor(i / 336)}`);
    const lists: string[] = [];
    for (let i = 0; i < days.length; i += 20) lists.push(`Office closures: ${days.slice(i, i + 20).join(", ")}.`);
    const text = `${lists.join("\n")}\nVladimir Putin is in Vladivostok. Putin weighs 70 kilograms.`;
    const r = extractArticle({ url: "https://x.example/a", text, language: "en", publishedAt: "2023-09-14T08:00:00Z" }, opts);
    expect(codes(r.warnings)).toContain("dates_capped");
    expect(codes(r.warnings)).not.toContain("incidents_capped");
    const last = r.incidents.filter((i) => text.indexOf(i.quote) > text.indexOf("Vladimir Putin is"));
    expect(last.length).toBeGreaterThan(0);
    expect(last.flatMap((i) => i.actors)).toContain("Vladimir Putin");
  });
  it("20 000 nested <div>: flattened, its text still read", () => {
    const depth = 20_000;
    const r = extractArticle({ url: "https://x.example/a", html: `${"<div>".repeat(depth)}Kim Jong-un arrived in Moscow on 12 May 2023.${"</div>".repeat(depth)}`, language: "en" }, opts);
    expect(r.text).toBe("Kim Jong-un arrived in Moscow on 12 May 2023.");
    expect(r.incidents.map((i) => i.date.value)).toEqual(["2023-05-12"]);
    expect(codes(r.warnings)).toContain("html_flattened");
  });
});

describe("limit helpers", () => {
  it("splits an over-long sentence at clause boundaries, else spaces, else anywhere", () => {
    const clauses = Array.from({ length: 60 }, (_, i) => `clause number ${i} goes on`).join(", ");
    const ends = splitLong(clauses, 0, clauses.length, 200);
    let from = 0;
    for (const e of ends) {
      expect(e - from).toBeLessThanOrEqual(200);
      if (e < clauses.length) expect(clauses.slice(e - 1, e)).toBe(",");
      from = e;
    }
    expect(ends[ends.length - 1]).toBe(clauses.length);
    const word = "a".repeat(2_500);
    expect(splitLong(word, 0, word.length, 1_000)).toEqual([1_000, 2_000, 2_500]);
  });
  it("sentences of a text without full stops are at most LIMITS.sentenceChars long and cover it", () => {
    const t = Array.from({ length: 500 }, (_, i) => `the minister arrived on ${1 + (i % 28)} May 2023`).join(", ");
    const s = segmentSentences(t, "en");
    expect(s.length).toBeGreaterThan(t.length / LIMITS.sentenceChars);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(LIMITS.sentenceChars);
    expect(s.map((x) => x.text).join(" ").replace(/\s+/g, "")).toBe(t.replace(/\s+/g, ""));
  });
  it("sentence segmentation in pieces keeps abbreviations joined across a piece boundary", () => {
    const t = `${"Kim met Putin on 12 May 2023. ".repeat(200)}M. Poutine est arrivé lundi.`;
    const s = segmentSentences(t, "fr");
    expect(s[s.length - 1].text).toBe("M. Poutine est arrivé lundi.");
  });
  it("text dense in dates is tagged little past the last expression kept, and the cap is said", () => {
    const text = INPUTS["dated-sentences"](100_000).text!;
    let tagged = 0;
    const warnings: string[] = [];
    const found = tagBounded(text, (chunk) => ((tagged += chunk.length), tag(chunk, { referenceDate: "2023-09-13T08:00:00Z", language: "en" })), warnings);
    expect(found).toHaveLength(LIMITS.dateMentions);
    const last = Math.max(...found.map((m) => m.end));
    expect(tagged).toBeLessThan(last * 1.3 + 2_000);
    expect(codes(warnings)).toEqual(["dates_capped"]);
    const whole = tag(text.slice(0, last + 1), { referenceDate: "2023-09-13T08:00:00Z", language: "en" }).slice(0, LIMITS.dateMentions);
    expect(found.map((m) => [m.start, m.value])).toEqual(whole.map((m) => [m.start, m.value]));
  });
  it("truncates at a break, never inside a surrogate pair", () => {
    expect(truncateText("aaaa bbbb", 7)).toBe("aaaa bb");
    expect(truncateText(`${"a".repeat(99)}😀x`, 100)).toBe("a".repeat(99));
  });
  it("stripUnread drops comments and the content of scripts, styles, SVG, noscript and template, nothing else", () => {
    expect(stripUnread("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>")).toBe("<p>a</p> <p>b</p>");
    expect(stripUnread("<!-- <p>no</p> --><p>x</p><STYLE>p{}</style >y<svg><text>no</text></svg>")).toBe(" <p>x</p> y ");
    expect(stripUnread("<scripts>kept</scripts><noscripted>kept</noscripted><template>no</template>z")).toBe("<scripts>kept</scripts><noscripted>kept</noscripted> z");
    // An element left open ends the page, as the parser reads it.
    expect(stripUnread("<p>a</p><script>never closed <p>b</p>")).toBe("<p>a</p> ");
  });
  it("a page over the HTML limit because of its scripts keeps all of its text", () => {
    const script = `<script>${"var a = 1;".repeat(LIMITS.htmlChars / 10)}</script>`;
    const body = "<article><p>Kim Jong-un arrived in Moscow on 12 May 2023.</p></article>";
    const r = htmlToText(`<html><head>${script}</head><body>${body}</body></html>`);
    expect(r.text).toBe("Kim Jong-un arrived in Moscow on 12 May 2023.");
    expect(codes(r.warnings)).not.toContain("html_truncated");
  });
  it("flattenDeep leaves shallow HTML alone and caps the depth of deep HTML", () => {
    expect(flattenDeep("<div><p>x</p><br><img src=y></div>", 5)).toBeNull();
    const deep = `${"<b>".repeat(50)}x`;
    const flat = flattenDeep(deep, 10)!;
    expect(flat.match(/<b>/g)!.length).toBe(10);
    expect(flat).toContain("x");
  });
});
