import { describe, expect, it } from "vitest";
import { finerDate, isBoundDate, mentionId, planMerge, sameIncident } from "../../src/merge";
import { mergeIncrementally } from "../../src/merge/incremental";
import type { MentionRecord } from "../../src/merge/types";
import type { IncidentDate } from "../../src/extract/types";

const day = (d: string, text = d): IncidentDate => ({ value: d, start: d, end: d, granularity: "day", text });
const month = (m: string, last: string): IncidentDate => ({ value: m, start: `${m}-01`, end: `${m}-${last}`, granularity: "month", text: m });
const year = (y: string): IncidentDate => ({ value: y, start: `${y}-01-01`, end: `${y}-12-31`, granularity: "year", text: y });

let n = 0;
function m(p: Partial<MentionRecord> & Pick<MentionRecord, "articleId" | "date">): MentionRecord {
  const key = `k${n++}`;
  return {
    id: mentionId(p.articleId, key),
    language: "fr",
    kind: "travel",
    status: "happened",
    title: "Kim Jong-un quitte Pyongyang",
    quote: "Kim Jong-un a quitté Pyongyang en train.",
    trigger: "a quitté",
    actors: ["Kim Jong-un"],
    places: ["Pyongyang"],
    publishedAt: "2023-09-12",
    ...p,
  };
}

const depA = m({ articleId: "a000", date: day("2023-09-10", "dimanche après-midi") });
const depB = m({ articleId: "a003", date: day("2023-09-10", "dimanche soir"), quote: "Kim avait quitté Pyongyang dimanche soir.", actors: ["Kim Jong-un", "Chosun Ilbo"] });
const depSep = m({ articleId: "a002", date: month("2023-09", "30"), quote: "Kim a quitté Pyongyang en septembre." });
const dep17 = m({ articleId: "a004", date: day("2023-09-17"), title: "Kim Jong-un quitte Primorié", quote: "Le train de Kim Jong Un est parti ce dimanche de la région de Primorié.", trigger: "parti", places: ["Primorye", "Russia"] });
const arrKhasan = m({ articleId: "a000", date: day("2023-09-12"), kind: "travel", trigger: "est arrivé", title: "Kim Jong-un arrive à Khasan", quote: "Kyodo rapporte que le dirigeant est arrivé dans la ville de Khasan.", places: ["Khasan"] });
const arrKhassan = m({ articleId: "a001", date: day("2023-09-12"), kind: "travel", trigger: "est arrivé", title: "Kim Jong Un arrive en Russie", quote: "Kim Jong-un est arrivé ce mardi en train en Russie.", places: ["Russia"] });
const other = m({ articleId: "a009", date: day("2023-09-10"), kind: "disaster", trigger: "séisme", title: "Séisme au Maroc", quote: "Un séisme a frappé le Maroc.", actors: [], places: ["Morocco"] });

describe("pairwise decisions", () => {
  it("merges the same departure reported by two sources (alias-aware)", () => {
    expect(sameIncident(depA, depB).same).toBe(true);
    expect(sameIncident(arrKhasan, arrKhassan).same).toBe(true);
  });
  it("a day inside a month mention is compatible", () => expect(sameIncident(depA, depSep).same).toBe(true));
  it("different days stay apart", () => {
    const d = sameIncident(depA, dep17);
    expect(d.same).toBe(false);
    expect(d.reason).toMatch(/dates/);
  });
  it("different kinds or unrelated actors stay apart", () => expect(sameIncident(depA, other).same).toBe(false));
  it("a departure and an arrival on the same day stay apart", () => {
    expect(sameIncident(depA, { ...arrKhasan, date: depA.date }).same).toBe(false);
  });
  it("coarse dates need more evidence", () => {
    const a = m({ articleId: "x1", date: year("2019"), kind: "meeting", trigger: "rencontrés", title: "Rencontre", quote: "Les deux hommes s'étaient rencontrés à Vladivostok en 2019.", actors: ["Kim Jong-un", "Vladimir Putin"], places: ["Vladivostok"] });
    const b = m({ articleId: "x2", date: year("2019"), kind: "travel", trigger: "voyage", title: "Voyage", quote: "Le dernier voyage de Kim à l'étranger en 2019 était à Vladivostok pour son premier sommet avec Poutine.", actors: ["Kim Jong-un", "Vladimir Putin"], places: ["Vladivostok"] });
    const c = m({ articleId: "x3", date: year("2019"), kind: "travel", trigger: "visite", title: "Visite", quote: "Une visite de Kim en Chine en 2019.", actors: ["Kim Jong-un"], places: ["China"] });
    expect(sameIncident(a, b).same).toBe(true);
    expect(sameIncident(b, c).same).toBe(false);
  });
});

describe("planMerge", () => {
  const all = [depA, depB, depSep, dep17, arrKhasan, arrKhassan, other];

  it("clusters, keeps the finest date and all sources", () => {
    const plan = planMerge(all);
    const dep = plan.incidents.find((i) => i.mentionIds.includes(depA.id))!;
    expect(dep.mentionIds).toContain(depB.id);
    expect(dep.date.start).toBe("2023-09-10");
    expect(dep.date.end).toBe("2023-09-10");
    expect(dep.id).toMatch(/^inc_/);
    const d17 = plan.incidents.find((i) => i.mentionIds.includes(dep17.id))!;
    expect(d17.id).not.toBe(dep.id);
    const arr = plan.incidents.find((i) => i.mentionIds.includes(arrKhasan.id))!;
    expect(arr.mentionIds).toContain(arrKhassan.id);
  });

  it("a month mention never chains two different days together", () => {
    const plan = planMerge(all);
    const withSep = plan.incidents.find((i) => i.mentionIds.includes(depSep.id))!;
    expect(withSep.mentionIds.includes(depA.id) && withSep.mentionIds.includes(dep17.id)).toBe(false);
  });

  it("is deterministic and order-independent", () => {
    const ref = JSON.stringify(planMerge(all));
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 25; k++) {
      const shuffled = [...all].sort(() => rnd() - 0.5);
      expect(JSON.stringify(planMerge(shuffled))).toBe(ref);
    }
    // Duplicated inputs do not change the plan either.
    expect(JSON.stringify(planMerge([...all, ...all]))).toBe(ref);
  });

  it("keeps conflicting details per source (each mention keeps its own date text)", () => {
    const plan = planMerge([depA, depB]);
    expect(plan.incidents).toHaveLength(1);
    expect([depA.date.text, depB.date.text]).toEqual(["dimanche après-midi", "dimanche soir"]);
  });

  it("mentionId is deterministic and article-scoped", () => {
    expect(mentionId("a", "k")).toBe(mentionId("a", "k"));
    expect(mentionId("a", "k")).not.toBe(mentionId("b", "k"));
    expect(mentionId("a", "k")).toMatch(/^m_[0-9a-f]{14}$/);
  });
});

describe("incremental merging as the store does it", () => {
  /** Articles arrive one by one; candidates = stored mentions overlapping a new span + their incidents' members. */
  function ingest(order: MentionRecord[][]): string {
    const members = mergeIncrementally(order);
    return JSON.stringify([...members.entries()].sort());
  }

  it("gives the same incidents (and ids) for every article order", () => {
    const all = [depA, depB, depSep, dep17, arrKhasan, arrKhassan, other];
    const byArticle = [...new Set(all.map((x) => x.articleId))].sort().map((a) => all.filter((x) => x.articleId === a));
    const perms = <T,>(xs: T[]): T[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
    const outcomes = new Set(perms(byArticle).map(ingest));
    expect(outcomes.size).toBe(1);
    const batch = JSON.stringify(planMerge(all).incidents.map((i) => [i.id, i.mentionIds]).sort());
    expect([...outcomes][0]).toBe(batch);
  });
});

describe("cross-language merging", () => {
  it("merges a French and an English report of the same departure through canonical names", () => {
    const en = m({ articleId: "en1", language: "en", date: day("2023-09-10", "Sunday evening"), trigger: "left", title: "Kim Jong Un leaves Pyongyang", quote: "Kim Jong Un left Pyongyang on Sunday evening aboard his armoured train.", actors: ["Kim Jong Un"], places: ["Pyongyang"] });
    expect(sameIncident(depA, en).same).toBe(true);
    const plan = planMerge([depA, en, dep17]);
    expect(plan.incidents.find((i) => i.mentionIds.includes(en.id))?.mentionIds).toContain(depA.id);
  });
});

describe("bounds", () => {
  const range: IncidentDate = { value: "2023-09-10", start: "2023-09-10", end: "2023-09-13", granularity: "day", text: "entre le 10 et le 13 septembre" };
  it("an event's own date wins over a bound of it, even when stored without the flag (the words say it)", () => {
    const stored = day("2023-09-13", "jusqu’à mercredi");
    expect(isBoundDate(stored)).toBe(true);
    expect(isBoundDate({ ...day("2023-09-13", "mercredi"), bound: "end" })).toBe(true);
    expect(isBoundDate(day("2023-09-13", "mercredi"))).toBe(false);
    expect(finerDate(range, stored)).toBe(range);
    expect(finerDate(stored, range)).toBe(range);
    expect(finerDate(day("2023-09-11"), range).value).toBe("2023-09-11");
  });
  it("reads an end verb before the date in the quote (the flag is not stored)", () => {
    expect(isBoundDate(day("2023-09-13", "mercredi"), "Poutine est à Vladivostok pour un forum économique qui se termine mercredi.")).toBe(true);
    expect(isBoundDate(day("2023-09-13", "mercredi"), "Le forum s'ouvre mercredi.")).toBe(false);
  });
  it("a cluster's date is not a bound when a member has the event's own date", () => {
    const a = m({ articleId: "f002", kind: "economic", trigger: "forum économique", title: "Forum économique à Vladivostok", quote: "Le forum économique oriental se déroule entre le 10 et le 13 septembre à Vladivostok.", actors: [], places: ["Vladivostok"], date: range });
    const b = m({ articleId: "f003", kind: "economic", trigger: "Forum économique", title: "Forum économique de l’Est", quote: "Poutine assiste au Forum économique de l’Est à Vladivostok, qui se déroule jusqu’à mercredi.", actors: ["Vladimir Putin"], places: ["Vladivostok"], date: { ...day("2023-09-13", "jusqu’à mercredi"), bound: "end" } });
    const plan = planMerge([a, b]);
    expect(plan.incidents).toHaveLength(1);
    expect(plan.incidents[0].date).toMatchObject({ start: "2023-09-10", end: "2023-09-13" });
  });
});

describe("incident ids", () => {
  it("come from the earliest published member, so later sources never rename an incident", () => {
    const first = m({ articleId: "early", date: day("2023-09-10", "dimanche après-midi"), publishedAt: "2023-09-11T06:00:00Z" });
    // Find later-published reports whose mention id sorts before the first one's (an id-based anchor would rename).
    const laters: MentionRecord[] = [];
    for (let i = 0; laters.length < 3 && i < 200; i++) {
      const c = m({ articleId: `late${i}`, date: day("2023-09-10", "dimanche soir"), publishedAt: "2023-09-12T09:00:00Z" });
      if (c.id < first.id) laters.push(c);
    }
    expect(laters.length).toBe(3);
    const id = planMerge([first]).incidents[0].id;
    for (let k = 1; k <= laters.length; k++) {
      const plan = planMerge([...laters.slice(0, k), first]);
      expect(plan.incidents.length).toBe(1);
      expect(plan.incidents[0].id).toBe(id);
    }
    // A backfilled article published before the anchor does take over the name.
    const backfill = m({ articleId: "backfill", date: day("2023-09-10"), publishedAt: "2023-09-10T22:00:00Z" });
    expect(planMerge([first, backfill]).incidents[0].id).toBe(`inc_${backfill.id.replace(/^m_/, "")}`);
  });
});
