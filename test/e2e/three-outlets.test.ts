import { describe, expect, it } from "vitest";
import { getJson, ingest, uniqueUrl, waitForArticle } from "../helpers";

const ARTICLES = [
  {
    source: "Wire One",
    language: "en",
    publishedAt: "2009-06-01T16:00:00Z",
    text: "General Motors filed for bankruptcy protection on Monday in New York. The automaker will close plants, its chief executive said.",
  },
  {
    source: "Wire Two",
    language: "en",
    publishedAt: "2009-06-02T07:00:00Z",
    text: "GM, the largest US automaker, filed for Chapter 11 bankruptcy on June 1, 2009, Reuters reported.",
  },
  {
    source: "Presse Trois",
    language: "fr",
    publishedAt: "2009-06-02T09:00:00Z",
    text: "Selon l'AFP, le constructeur General Motors s'est placé sous la protection de la loi sur les faillites le lundi 1er juin 2009.",
  },
];

describe("one event told by three outlets, end to end through the queue", () => {
  it("is one incident with three sources and a real headline", async () => {
    for (const a of ARTICLES) {
      const { id } = await ingest({ ...a, url: uniqueUrl("gm"), title: `${a.source} on GM` });
      expect((await waitForArticle(id)).status).toBe("done");
    }
    const page = await getJson<{ incidents: any[] }>("/api/incidents?from=2009-06-01&to=2009-06-01&actor=General%20Motors");
    expect(page.incidents).toHaveLength(1);
    const inc = page.incidents[0];
    expect(inc.sources.map((s: any) => s.source).sort()).toEqual(["Presse Trois", "Wire One", "Wire Two"]);
    expect(inc.kind).toBe("economic");
    expect(inc.title.split(/\s+/).length).toBeGreaterThanOrEqual(3);
    expect(inc.title).toMatch(/^(?:General Motors|GM)\b/);
    // The acronym finds it too (alias-aware filter).
    const byAcronym = await getJson<{ incidents: any[] }>("/api/incidents?from=2009-06-01&to=2009-06-01&actor=GM");
    expect(byAcronym.incidents.map((i) => i.id)).toEqual([inc.id]);
  });
});
