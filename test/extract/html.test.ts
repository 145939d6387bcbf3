import { describe, expect, it } from "vitest";
import { htmlToText } from "../../src/extract/html";
import { extractArticle } from "../../src/extract";

const HTML = `<!doctype html><html><head><title>Site | Kim quitte Pyongyang</title>
<meta property="article:published_time" content="2023-09-11T08:00:00Z"><script>var ads = 1;</script></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<div class="advert">Publicité : achetez maintenant</div><div class="thread-content"><p>Texte de fil conservé.</p></div><aside class="related-links">Voir aussi</aside><div id="ad-slot-2">Promo</div>
<article><h1>Kim Jong-un quitte Pyongyang en train</h1>
<p>Le dirigeant nord-coréen Kim Jong-un a quitté Pyongyang dimanche soir à bord d'un train blindé, ont rapporté lundi les médias sud-coréens.</p>
<p>Il doit rencontrer le président russe Vladimir Poutine à Vladivostok dans les prochains jours, selon le Kremlin, qui n'a pas donné de détails sur le programme de la visite.</p>
<p>La Russie et la Corée du Nord se rapprochent depuis l'invasion de l'Ukraine en février 2022, selon les analystes.</p></article>
<section id="comments"><h3>Laisser un commentaire</h3><form><textarea></textarea></form></section>
<footer>© Site 2023</footer></body></html>`;

describe("HTML input (linkedom + readability inside workerd)", () => {
  it("keeps the title and the body, drops navigation, scripts, ads and comments", () => {
    const h = htmlToText(HTML);
    expect(h.title).toBe("Kim Jong-un quitte Pyongyang en train");
    expect(h.text).toContain("a quitté Pyongyang dimanche soir");
    expect(h.text).not.toMatch(/Accueil|var ads|achetez|Laisser un commentaire|© Site|Voir aussi|Promo/);
    expect(h.metaPublishedAt).toBe("2023-09-11T08:00:00Z");
  });

  it("extracts dated incidents from HTML with the metadata publication date", () => {
    const r = extractArticle({ url: "u", html: HTML }, { receivedAt: "2023-09-20T00:00:00Z" });
    expect(r.language).toBe("fr");
    expect(r.publishedAt.slice(0, 10)).toBe("2023-09-11");
    const dep = r.incidents.find((i) => i.kind === "travel" && i.date.start === "2023-09-10");
    expect(dep?.title).toBe("Kim Jong-un quitte Pyongyang");
    expect(dep?.places).toContain("Pyongyang");
    expect(dep?.actors).toContain("Kim Jong-un");
  });
});
