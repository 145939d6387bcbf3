import { analyseEntities } from "./src/extract/entities";
import { segmentSentences } from "./src/extract/sentences";
import { getLocale } from "./src/languages";
import { tag } from "./src/temporal";
const texts: [string,string][] = [["en", "General Motors Corp. filed for bankruptcy protection on Monday. GM's chief executive, Fritz Henderson, said the automaker would emerge leaner. President Barack Obama said Monday the US Treasury would own 60% of the company. Obama praised Mary Barra. Analysts expected the move. Airbus and Boeing's orders fell. The European Commission approved the deal in Brussels."],
["fr", "Le dirigeant nord-coréen Kim Jong-un a quitté Pyongyang dimanche. Selon l'agence Kyodo, il est arrivé mardi à Khassan. Le président russe Vladimir Poutine l'a reçu. Poutine a déclaré que la Russie aiderait la Corée du Nord. Le ministre Sergueï Choïgou était présent. Le groupe Airbus a annoncé un contrat."]];
for (const [lang, text] of texts) {
  const s = segmentSentences(text, lang);
  const dates = tag(text, { referenceDate: "2009-06-02", language: lang });
  const a = analyseEntities(text, s, dates, getLocale(lang));
  for (const m of a.mentions) console.log(lang, JSON.stringify(m.surface), "→", m.cluster.canonical, m.cluster.type, m.cluster.nation ?? "");
  console.log(a.adjectives.map(x=>x.place).join(","));
}
