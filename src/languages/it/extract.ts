/** Italian locale data: triggers, status cues, page furniture, clause breaks, entity cues, stop words. */
import type { LocaleData } from "../extract-types";
import { IT_TRIGGERS } from "./triggers";

const MONTHS = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre";

export const IT: LocaleData = {
  language: "it",
  triggers: IT_TRIGGERS,
  status: {
    denied: /(?<![\p{L}])(?:neg(?:a|ano|ato|ò)|smentit\p{L}*|smentisc\p{L}*|respint\p{L}*|non\s+\p{L}+|mai)(?![\p{L}])/iu,
    planned: /(?<![\p{L}])(?:\p{L}+(?:erà|irà|eranno|iranno|erebbe|irebbe|rà|ranno|rebbe|rebbero)|previst\p{L}*|prevede\p{L}*|intende\p{L}*|prossim\p{L}*|presto|dovr\p{L}+|potr\p{L}+)(?![\p{L}])/iu,
    reported: /(?<![\p{L}])(?:secondo|stando a|riferisce|riferito|avrebbe|avrebbero|sarebbe|sarebbero|presunt\p{L}*|citando)(?![\p{L}])/iu,
  },
  furniture: [
    /^\s*(?:aggiornato|pubblicato|modificato|ultimo aggiornamento)\b/iu,
    new RegExp(`^\\s*(?:\\p{L}+,?\\s+)?\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}(?:\\s*[-–,]\\s*\\d{1,2}[:.]\\d{2})?\\s*$`, "iu"),
    /^\s*(?:[Dd]i|DI)\s*:?\s+\p{Lu}[\p{L}\s.-]{0,60}$/u,
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
};
