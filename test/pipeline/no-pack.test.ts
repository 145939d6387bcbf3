/**
 * Issue 9: a language without a pack is never silent. Its article is stored and processed (status
 * done), carries a `no_language_pack` warning on GET /api/articles/:id and on POST /api/extract, and
 * yields no incident — no other language's triggers run on it — while a numeric date stamp on its
 * first lines still gives its publication date.
 */
import { describe, expect, it } from "vitest";
import { ingest, post, uniqueUrl, waitForArticle } from "../helpers";

const warningFor = (code: string) => `no_language_pack: no language pack for ${code}: only numeric dates are read; no incidents`;

/** An English sentence that the English triggers read as a dated meeting. */
const ENGLISH = "Kim Jong-un met Vladimir Putin at the Vostochny cosmodrome on 13 September 2023, officials said.";

const ARTICLES = {
  ko: "입력 2023-09-12 10:30\n김정은 북한 국무위원장이 러시아에 도착했다. 그는 블라디미르 푸틴 대통령과 만났다. 러시아 대통령궁이 발표했다.",
  ja: "12/09/2023 18:05\n金正恩総書記はロシアに到着した。プーチン大統領と会談した。ロシア大統領府が発表した。",
  ar: "2023-09-12\nوصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا والتقى الرئيس فلاديمير بوتين في قاعدة فوستوتشني الفضائية.",
};

async function extract(body: Record<string, unknown>) {
  const res = await post("/api/extract", body);
  expect(res.status).toBe(200);
  return (await res.json()) as any;
}

describe("a language without a pack", () => {
  it("POST /api/extract: a warning and no incident, even for a sentence the English triggers would read", async () => {
    const control = await extract({ url: uniqueUrl("en"), text: ENGLISH, language: "en", publishedAt: "2023-09-14T08:00:00Z" });
    expect(control.incidents.length).toBeGreaterThan(0);
    expect(control.warnings.filter((w: string) => w.startsWith("no_language_pack"))).toEqual([]);

    const r = await extract({ url: uniqueUrl("ko"), text: `${ARTICLES.ko.split("\n")[1]} ${ENGLISH}`, language: "ko-KR", publishedAt: "2023-09-14T08:00:00Z" });
    expect(r.language).toBe("ko");
    expect(r.incidents).toEqual([]);
    expect(r.warnings).toContain(warningFor("ko"));
    expect(r.text).toContain("김정은");
  });

  it("POST /api/extract: a detected language without a pack gets the warning too", async () => {
    const r = await extract({ url: uniqueUrl("ko"), text: ARTICLES.ko.split("\n")[1] });
    expect(r.language).toBe("ko");
    expect(r.warnings).toContain(warningFor("ko"));
    expect(r.incidents).toEqual([]);
  });

  it("POST /api/extract: the publication date from a numeric stamp line, else the time received", async () => {
    const stamped = await extract({ url: uniqueUrl("ko"), text: ARTICLES.ko, language: "ko" });
    expect(stamped.publishedAtSource).toBe("text");
    expect(stamped.publishedAt.slice(0, 10)).toBe("2023-09-12");
    const bare = await extract({ url: uniqueUrl("ko"), text: ARTICLES.ko.split("\n")[1], language: "ko" });
    expect(bare.publishedAtSource).toBe("received");
  });

  it("ingest → queue → consumer → GET /api/articles/:id: done, the warning stored, no incident", async () => {
    const ids = await Promise.all(
      Object.entries(ARTICLES).map(async ([language, text]) => ({ language, id: (await ingest({ url: uniqueUrl(language), text, language })).id })),
    );
    const english = await ingest({ url: uniqueUrl("en"), text: ENGLISH, language: "en", publishedAt: "2023-09-14T08:00:00Z" });
    for (const { language, id } of ids) {
      const art = await waitForArticle(id);
      expect(art.status, language).toBe("done");
      expect(art.language).toBe(language);
      expect(art.warnings).toEqual([warningFor(language)]);
      expect(art.incidents).toEqual([]);
      expect(art.publishedAtSource, language).toBe("text");
      expect(art.publishedAt.slice(0, 10), language).toBe("2023-09-12");
    }
    const en = await waitForArticle(english.id);
    expect(en.status).toBe("done");
    expect(en.warnings).toEqual([]);
    expect(en.incidents.length).toBeGreaterThan(0);
  });
});
