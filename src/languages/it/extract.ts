/** Italian locale data: triggers, status cues, page furniture, clause breaks, entity cues, stop words. */
import { altWords } from "../../temporal/common/vocabulary";
import type { LocaleData } from "../extract-types";
import { bylineLine } from "../furniture-lines";
import { IT_TRIGGERS } from "./triggers";
import { IT_DATES } from "./dates";
import { IT_VOCABULARY as V } from "./temporal/vocabulary";

/** Month names of a site's date header ("16 agosto 2023"): the tagger's, abbreviations left out. */
const MONTHS = altWords(V.months);

export const IT: LocaleData = {
  language: "it",
  triggers: IT_TRIGGERS,
  dates: IT_DATES,
  status: {
    denied: /(?<![\p{L}])(?:neg(?:a|ano|ato|ò)|smentit\p{L}*|smentisc\p{L}*|respint\p{L}*|non\s+\p{L}+|mai)(?![\p{L}])/iu,
    planned: /(?<![\p{L}])(?:\p{L}+(?:erà|irà|eranno|iranno|erebbe|irebbe|rà|ranno|rebbe|rebbero)|previst\p{L}*|prevede\p{L}*|intende\p{L}*|prossim\p{L}*|presto|dovr\p{L}+|potr\p{L}+)(?![\p{L}])/iu,
    reported: /(?<![\p{L}])(?:secondo|stando a|riferisce|riferito|avrebbe|avrebbero|sarebbe|sarebbero|presunt\p{L}*|citando)(?![\p{L}])/iu,
  },
  furniture: [
    /^\s*(?:aggiornato|pubblicato|modificato|ultimo aggiornamento)\b/iu,
    new RegExp(`^\\s*(?:\\p{L}+,?\\s+)?\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}(?:\\s*[-–,]\\s*\\d{1,2}[:.]\\d{2})?\\s*$`, "iu"),
    bylineLine("[Dd]i|DI"),
    /^\s*(?:pubblicità|leggi anche|leggi di più|potrebbe interessarti|seguici|condividi|commenti?|iscriviti|newsletter|video|foto|fonte:)/iu,
    /\b(?:il tuo commento|il tuo nome|la tua email|cookies?)\b/iu,
  ],
  stampCue: /(?:aggiornato|pubblicato|modificato)\s*(?:il|:)?\s*$/iu,
  clauseBreak: /[;:()«»"“”]|,\s*(?:dove|che|chi|quando|ma|mentre|dopo|prima|secondo|per)(?![\p{L}])|\s(?:ma|mentre|anche se|dopo che|prima che)\s|\s(?:e|ma|o)\s+(?=che\s|lui\s|lei\s|loro\s)/iu,
  durationLike: /^(?:in|per|durante|da)?\s*(?:(?:più|meno) di\s+)?(?:\d+|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|quindici|venti|trenta|cento|alcuni|alcune|diversi|diverse)\s+(?:anni|mesi|settimane|giorni|ore|minuti|secoli|decenni)$/iu,
  sinceCue: /(?:da|dal|dalla|dall['’]|fino\s+a|fino\s+al)\s*$/iu,
  startCue: /da/iu,
  endVerb: /(?<![\p{L}])(?:termin\p{L}*|conclu\p{L}*|finit\p{L}*|chius\p{L}*)(?![\p{L}])/iu,
  startVerb: /(?<![\p{L}])(?:inizi\p{L}*|cominci\p{L}*|partit\p{L}*|avviat\p{L}*)(?![\p{L}])/iu,
  yearNamingCue: /(?<![\p{L}])(?!(?:in|nel|di|del|dal|dalla|fino|per|prima|dopo|verso|fine|inizio|metà|e|o|il|la|lo|i|gli|le|un|una|suo|sua|questo|questa|tra|fra|estate|inverno|autunno|primavera|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\s)\p{Ll}{3,}\s+$/u,
  notEventDateCue: /(?<![\p{L}])(?:rispetto a(?:l|lla)?|in confronto a(?:l)?|e non(?: il| in)?|invece che|anziché)\s*(?:il|la|lo|i|gli|le)?\s*$/iu,
  orderCue: /(?<![\p{L}])(?:prima del?|dopo il|dopo|entro il|entro)\s*$/iu,
  limitNounAfter: /^\s*(?:come\s+)?(?:scadenza|termine\s+ultimo)(?![\p{L}])/iu,
  rolePrefix: /(?:presidente|premier|primo ministro|ministr[oa](?: d[ei]l?l?['’]?\s?[\p{L}\s]{0,30})?|cancelliere|leader|capo di Stato|re|regina|papa|generale|portavoce|segretario generale|sindaco|signor|signora|sig\.|sig\.ra|quotidiano|agenzia(?: di stampa)?)\s*,?\s*$/u,
  placePrefix: /(?:città|capitale|regione|provincia|repubblica|paese|porto|isola|territorio|stazione|comune)(?: [\p{Ll}-]+)?\s+di\s*$/u,
  genericVerb: [
    "(?:ho|hai|ha|abbiamo|hanno|aveva|avevano|è|sono|era|erano|sarà|saranno)\\s+(?:stat[oaie]\\s+)?\\p{L}{2,}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite|tto|tta|sto|so)",
    "(?:si|s['’])\\s*\\p{L}{3,}",
    "\\p{L}{2,}(?:erà|irà|eranno|iranno|erebbe|irebbe)",
    "(?:deve|devono|può|possono|potrebbe|vuole|vogliono|dovrebbe)\\s+\\p{L}{2,}(?:are|ere|ire)",
    "\\p{L}{3,}(?:ò|arono|irono)",
  ].join("|"),
  notTriggers: /(?<![\p{L}])(?:a partire da(?:l|lla)?|rispetto a|d['’]accordo con|in corso)(?![\p{L}])/giu,
  auxiliaries: /^(?:(?:ho|hai|ha|abbiamo|hanno|aveva|avevano|è|sono|era|erano|sarà|saranno|stato|stata|stati|deve|devono|può|possono|potrebbe|vuole|dovrebbe|non|già|anche)\s+)+/iu,
  stopwords: new Set(
    "il lo la i gli le l un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal dalla dai in nel nella nei con su sul sulla per tra fra e o ma che chi cui dove come quando questo questa questi queste quello quella suo sua suoi sue si ci ne è sono era erano ha hanno non più anche già molto".split(" "),
  ),
  headline: {
    departureFor: { cue: /(?:diretto a|diretta a|in direzione di|verso|per)\s*$/iu, verb: "parte per" },
    complementOpener: /^(\s+(?:della|dello|del|dei|degli|delle|dell['’]|di|d['’]|con)\s*)/iu,
    phraseStop: new Set("in a al alla ai con che chi e per su tra fra dopo prima da dal non ha hanno è sono si senza verso contro ma o dove".split(" ")),
  },
  attributionCue: /(?<![\p{L}])(?:secondo|stando a|citando|citato da|riferisce)\s+(?:il\s+|la\s+|l['’]|i\s+|gli\s+|le\s+)?(?:agenzia\s+(?:di stampa\s+)?(?:\p{Ll}+\s+)?|quotidiano\s+|giornale\s+)?/giu,
  locativeRelative: /^[\s,]*dove(?![\p{L}])/iu,
  entities: {
    connectors: new Set(["di", "del", "della", "dei", "de", "&"]),
    roleWords: new Set("presidente premier primo ministro ministra cancelliere re regina papa generale colonnello capitano ammiraglio maresciallo principe principessa sceicco emiro imperatore senatore senatrice deputato deputata sindaco governatore giudice signor signora sig dr dott don san santo santa direttore direttrice segretario segretaria portavoce leader capo vice".split(" ")),
    orgWords: new Set("gruppo agenzia ministero banca partito consiglio commissione comitato universita federazione compagnia societa assemblea senato camera governo esercito tribunale corte associazione istituto fondazione ufficio autorita sindacato unione lega polizia carabinieri parlamento quotidiano giornale radio televisione airlines motors group bank".split(" ")),
    legalSuffixes: new Set(["spa", "srl", "sas", "inc", "corp", "ltd", "ag", "gmbh", "nv", "plc", "llc"]),
    placeWords: new Set("via viale piazza ponte stazione aeroporto isola monte lago fiume valle baia golfo mare oceano porto palazzo quartiere parco cosmodromo".split(" ")),
    orgPrefix: /(?<![\p{L}])(?:il|del|al|i|gli)\s+(?:gruppo|costruttore|colosso|partito|quotidiano|giornale|sindacato|consorzio)\s*$|(?<![\p{L}])(?:l['’]|dell['’]|all['’])(?:agenzia(?: di stampa)?(?: [\p{Ll}-]+)?|azienda|impresa)\s*$|(?<![\p{L}])(?:la|della|alla)\s+(?:società|compagnia|banca|catena|ditta)\s*$/iu,
    personAnaphor: {
      one: /(?<![\p{L}])(?:lui|lei|il leader|il presidente|la presidente|il dittatore|il capo|il ministro|la ministra|il premier)(?![\p{L}])/iu,
      two: /(?<![\p{L}])(?:i due (?:uomini|leader|capi di Stato|presidenti))(?![\p{L}])/iu,
    },
    portfolioCue: /(?<![\p{L}])(?:della|dello|dell['’]|del|degli|delle|di)\s*$/u,
    orgAnaphor: /(?<![\p{L}])(?:il gruppo|il costruttore|l['’]azienda|la società|la compagnia|la banca|l['’]agenzia)(?![\p{L}])/iu,
  },
};
