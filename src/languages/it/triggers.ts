/** Italian event triggers (inflected forms) by kind. Same conventions as ../fr/triggers.ts. */
import type { TriggerEntry } from "../extract-types";

/** A regular -are verb stem with its common forms: ARE("arriv") → arriva, arrivò, arrivato, arriverà… */
const ARE = (stem: string) => `${stem}(?:a|ano|ò|arono|ato|ata|ati|ate|erà|eranno|erebbe|ava|avano|are|ando)`;
const ERE = (stem: string) => `${stem}(?:e|ono|é|ette|erono|uto|uta|ito|ita|erà|eranno|eva|evano|ere|endo)`;

export const IT_TRIGGERS: TriggerEntry[] = [
  // travel
  { kind: "travel", sense: "departure", pos: "verb", pattern: `(?:${ARE("lasci")}|${ERE("part")}|partì|partiti|partita|partito|partirà)`, verb: "lascia", noun: "Partenza", placePrep: "" },
  { kind: "travel", sense: "departure", pos: "noun", pattern: "partenza", verb: "lascia", noun: "Partenza", placePrep: "da" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: `(?:${ARE("arriv")}|arrivati|arrivata|${ARE("atterr")}|giunto|giunta|giunse)`, verb: "arriva a", noun: "Arrivo", placePrep: "a" },
  { kind: "travel", sense: "arrival", pos: "noun", pattern: "arriv[oi]", verb: "arriva a", noun: "Arrivo", placePrep: "a" },
  { kind: "travel", sense: "visit", pos: "verb", pattern: `(?:${ARE("visit")}|${ARE("viaggi")}|si\\s+è\\s+recato|si\\s+recherà|si\\s+reca)`, verb: "visita", noun: "Visita", placePrep: "" },
  { kind: "travel", sense: "visit", pos: "noun", pattern: "(?:visit[ae]|viaggi?o?|tour)", verb: "visita", noun: "Visita", placePrep: "a" },
  { kind: "travel", sense: "return", pos: "verb", pattern: `(?:${ARE("torn")}|${ARE("rientr")})`, verb: "torna a", noun: "Ritorno", placePrep: "a" },
  // meeting
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:${ARE("incontr")}|${ERE("ricev")}|si\\s+(?:è|sono)\\s+riunit[oiae]|si\\s+riunir(?:à|anno))`, verb: "incontra", noun: "Incontro", placePrep: "a" },
  { kind: "meeting", sense: "summit", pos: "noun", pattern: "vertic[ei]", verb: "tiene un vertice con", noun: "Vertice", placePrep: "a" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "(?:incontr[oi]|riunion[ei]|colloqui[oi]?|negoziat[oi]|trattative|conferenz[ae]|forum|congress[oi]|assemble[ae])", verb: "incontra", noun: "Incontro", placePrep: "a" },
  // statement
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:detto|disse|dice|dicono|${ARE("dichiar")}|${ARE("afferm")}|${ARE("annunci")}|${ARE("conferm")}|${ARE("riferi")}|riferito|${ARE("spieg")}|${ARE("accus")}|${ARE("denunci")}|${ARE("sottoline")}|${ARE("pubblic")})`, verb: "dice", noun: "Dichiarazione" },
  { kind: "statement", sense: "statement", pos: "noun", pattern: "(?:dichiarazion[ei]|comunicat[oi]|annunci[oi]?|discors[oi]|rapport[oi]|conferenza stampa)", verb: "dice", noun: "Dichiarazione", placePrep: "in", priority: 1 },
  { kind: "statement", sense: "denial", pos: "verb", pattern: `(?:${ARE("neg")}|${ARE("smentit")}|smentito|smentisce|${ARE("respin")}|respinto)`, verb: "smentisce", noun: "Smentita", placePrep: "in" },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:accord[oi]|trattat[oi]|patt[oi]|contratt[oi]|intesa|intese)", verb: "firma un accordo", noun: "Accordo", placePrep: "a" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: `(?:${ARE("firm")}|${ARE("sottoscri")}|sottoscritto|${ARE("ratific")})`, verb: "firma", noun: "Firma", placePrep: "a" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:test|prov[ae]|lanci?o?|esercitazion[ei]|manovre|parat[ae])", verb: "testa", noun: "Test", placePrep: "in" },
  { kind: "military", sense: "test", pos: "verb", pattern: `(?:${ARE("lanci")}|${ARE("spar")}|${ARE("schier")})`, verb: "lancia", noun: "Lancio", placePrep: "in" },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: `(?:${ARE("attacc")}|${ARE("bombard")}|${ERE("invad")}|invaso|ucciso|uccisi|ferito|feriti)`, verb: "attacca", noun: "Attacco", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:attacc[oh]i?|attentat[oi]|invasion[ei]|offensiv[ae]|bombardament[oi]|scontr[oi]|combattimenti|guerr[ae]|conflitt[oi]|crisi)", verb: "attacca", noun: "Attacco", placePrep: "in" },
  // election
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:ha giurato|giurerà|si è insediato|salito al potere|preso il potere)", verb: "prende il potere", noun: "Insediamento", priority: 3 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:elett[oaie]|riconfermat[oaie]|nominat[oaie]|${ARE("vot")}|(?:si\\s+(?:è|sono)\\s+)?dimess[oaie]|si\\s+(?:dimette|dimettono|dimetterà)|rassegnat[oaie]\\s+le\\s+dimissioni)`, verb: "è eletto", noun: "Elezione" },
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:elezion[ei]|referendum|primarie|votazion[ei]|ballottaggio)", verb: "è eletto", noun: "Elezione" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "dimission[ei]", verb: "si dimette", noun: "Dimissioni" },
  // economic
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:Forum economico orientale|forum economico)", verb: "si tiene", noun: "Forum economico", placePrep: "a", priority: 3 },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:sanzioni|esportazioni|importazioni|investiment[oi]|licenziamenti)", verb: "annuncia", noun: "Economia" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: `(?:${ERE("investit")}|investito)`, verb: "investe", noun: "Economia" },
  { kind: "economic", sense: "bankruptcy", pos: "verb", pattern: "(?:(?:ha|hanno|avrebbe)\\s+)?(?:dichiarato|dichiara|dichiarò|chiesto|chiede|chiese)\\s+(?:il\\s+)?fallimento|(?:è|sono)\\s+fallit[oaie]|fallì|fallirono", verb: "dichiara fallimento", noun: "Fallimento", priority: 2 },
  { kind: "economic", sense: "bankruptcy", pos: "noun", pattern: "(?:fallimento|fallimenti|bancarotta|insolvenza|crac)", verb: "dichiara fallimento", noun: "Fallimento", priority: 1 },
  { kind: "economic", sense: "acquisition", pos: "verb", pattern: `(?:(?:ha|hanno|avrebbe|aveva)\\s+)?(?:${ARE("acquist")}|${ARE("compr")}|acquisit[oaie]|acquisisce|acquisiscono|acquisirà|acquisì|rilevat[oaie]|rileva|rilevano|rileverà|${ARE("incorpor")}|fus[oaie]\\s+con)`, verb: "acquisisce", noun: "Acquisizione" },
  { kind: "economic", sense: "acquisition", pos: "noun", pattern: "(?:acquisizion[ei]|acquist[oi]|fusion[ei]|incorporazion[ei]|OPA)", verb: "acquisisce", noun: "Acquisizione" },
  { kind: "economic", sense: "sale", pos: "verb", pattern: `(?:(?:ha|hanno)\\s+)?(?:vendut[oaie]|vende|vendono|venderà|vendette|ceduto|ceduta|cede)`, verb: "vende", noun: "Vendite" },
  { kind: "economic", sense: "sale", pos: "noun", pattern: "(?:vendit[ae]|cession[ei])", verb: "vende", noun: "Vendite" },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:terremot[oi]|sism[ai]|alluvion[ei]|inondazion[ei]|incendi[oi]?|uragan[oi]|tempest[ae]|esplosion[ei]|incident[ei]|disastr[oi]|epidemi[ae]|pandemi[ae]|eruzion[ei]|frana|frane)", verb: "colpisce", noun: "Catastrofe", placePrep: "in" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: `(?:${ARE("esplo")}|esploso|crollato|crollata|${ARE("allag")}|distrutto|distrutta|precipitato)`, verb: "colpisce", noun: "Catastrofe", placePrep: "in" },
  // legal
  { kind: "legal", sense: "legal", pos: "verb", pattern: `(?:${ARE("arrest")}|arrestat[oiae]|condannat[oiae]|accusat[oiae]|indagat[oiae]|assolt[oiae]|rilasciat[oiae]|fermat[oiae])`, verb: "è accusato", noun: "Processo", placePrep: "a" },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:process[oi]|verdett[oi]|sentenz[ae]|denunc[ie]a?|indagin[ei]|arrest[oi]|condann[ae])", verb: "è processato", noun: "Processo", placePrep: "a" },
  // other
  { kind: "other", sense: "occurrence", pos: "verb", pattern: "(?:si è svolt[oa]|si svolgerà|si svolge|si è tenut[oa]|si terrà|si tiene|è iniziat[oa]|inizierà|è terminat[oa]|terminerà|inaugurat[oa]|è mort[oa]|morto|nato|nata)", verb: "si svolge", noun: "Evento", placePrep: "a" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:cerimoni[ae]|festival|celebrazion[ei]|funeral[ei]|mostr[ae]|concert[oi]|partit[ae]|campionat[oi]|inaugurazion[ei])", verb: "si svolge", noun: "Evento", placePrep: "a" },
];
