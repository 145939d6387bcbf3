/** The pure helpers of eval:timeline: gold dates, date forms, text rebuilding, corpus parsing, gold pairs. */
import { describe, expect, it } from "vitest";
import { compatibleForms, hasGoldPrefix, normalizeGoldDate, spanGoldForm } from "../../eval/timeline/dates";
import { detokenize, rebuildText } from "../../eval/timeline/text";
import { parseTimeline, parseTimeml } from "../../eval/timeline/corpus";
import { datedGoldMentions, goldPairs } from "../../eval/timeline/gold";
import { contentWords } from "../../eval/timeline/headlines";

describe("eval:timeline dates", () => {
  it("normalises the gold spellings", () => {
    expect(normalizeGoldDate("1968")).toBe("1968-XX-XX");
    expect(normalizeGoldDate("2003-09")).toBe("2003-09-XX");
    expect(normalizeGoldDate("2008-06-09")).toBe("2008-06-09");
    expect(normalizeGoldDate("XXX-XX-XX")).toBe("XXXX-XX-XX");
  });
  it("converts spans to the finest form that holds them", () => {
    expect(spanGoldForm("2008-01-09", "2008-01-09")).toBe("2008-01-09");
    expect(spanGoldForm("2008-01-01", "2008-01-31")).toBe("2008-01-XX");
    expect(spanGoldForm("2006-03-27", "2006-04-02")).toBe("2006-03-XX"); // a week across months: its middle day's month
    expect(spanGoldForm("2008-04-01", "2008-06-30")).toBe("2008-XX-XX");
    expect(spanGoldForm("2007-06-01", "2008-05-31")).toBe("XXXX-XX-XX");
  });
  it("recall needs the gold's known prefix at its granularity or finer; precision only no contradiction", () => {
    expect(hasGoldPrefix("2008-01-17", "2008-01-XX")).toBe(true);
    expect(hasGoldPrefix("2008-XX-XX", "2008-01-XX")).toBe(false);
    expect(hasGoldPrefix("2008-02-01", "2008-01-XX")).toBe(false);
    expect(compatibleForms("2008-XX-XX", "2008-01-17")).toBe(true);
    expect(compatibleForms("2007-XX-XX", "2008-01-17")).toBe(false);
  });
});

describe("eval:timeline corpus", () => {
  it("rebuilds English spacing and knows each sentence's span", () => {
    expect(detokenize(`Apple 's store , " the best " ( £ 0.79 ) .`.split(" "))).toBe(`Apple's store, "the best" (£0.79).`);
    const a = parseTimeml(
      `<TimeML><DOCID>7</DOCID><DCT><TIMEX3 tid="t0" value="2008-01-09">x</TIMEX3></DCT><EXTRAINFO>A title</EXTRAINFO><TEXT><s id="1">Jobs <EVENT eid="e1">said</EVENT> so .</s><s id="2">AT&amp;T agreed .</s></TEXT></TimeML>`,
      "t.tml",
    );
    expect(a).toMatchObject({ docId: "7", dct: "2008-01-09", title: "A title" });
    const r = rebuildText(a);
    expect(r.spans.map((s) => r.text.slice(s.start, s.end))).toEqual(["Jobs said so.", "AT&T agreed."]);
  });
  it("reads gold lines, dated mentions once each, and cross-article pairs of one line", () => {
    const tl = parseTimeline("iPod\n0\tXXXX-XX-XX\t1-2-sold\n1\t2005\t1-3-made\t2-4-made\t2-5-co-made\n", "ipod.txt");
    expect(tl.lines[1]).toMatchObject({ date: "2005-XX-XX", mentions: [{ docId: "1", sentence: 3 }, { docId: "2", sentence: 4 }, { docId: "2", sentence: 5, word: "co-made" }] });
    expect(datedGoldMentions([tl, { ...tl, entity: "Apple" }])).toHaveLength(3);
    expect([...goldPairs([tl])].sort()).toEqual(["1:3|2:4", "1:3|2:5"]);
  });
  it("counts content words without the language pack's stop words", () => {
    expect(contentWords("Been", "en")).toEqual([]);
    expect(contentWords("GM files for bankruptcy", "en")).toEqual(["GM", "files", "bankruptcy"]);
  });
});
