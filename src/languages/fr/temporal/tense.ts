/**
 * French tense cues (passé composé, plus-que-parfait, imparfait, passé simple, "depuis"; futur,
 * conditionnel, aller/devoir + inf.). The present of être ("sont incertains pour … samedi") is a cue
 * without a direction: its clause takes the nearest date.
 */
import { compile } from "../../../temporal/common/regex";
import type { TenseCues } from "../../../temporal/common/tense";

const AUX = "ai|as|a|avons|avez|ont|avait|avaient|avais|eut|eurent|s'est|se sont|s'était|s'étaient";
// Passive present ("est prévue", "est fixée") has no direction of its own; être + participle of a motion verb is a past.
const ETRE = "(?:suis|es|est|sommes|êtes|sont|était|étaient|fut|furent)\\s+(?:arrivée?s?|partie?s?|morte?s?|née?s?|venue?s?|allée?s?|entrée?s?|sortie?s?|tombée?s?|restée?s?|revenue?s?|décédée?s?|devenue?s?|rentrée?s?|retournée?s?|survenue?s?|intervenue?s?)";
const ADV = "(?:(?:déjà|été|pas|plus|jamais|bien|aussi|encore|notamment|également|ensuite|finalement|enfin|alors|tout|même|ainsi|d'ailleurs|longtemps|récemment|toujours)\\s+)*";
const PARTICIPLE = "\\p{L}+(?:é|ée|és|ées|i|ie|is|ies|it|u|ue|us|ues|ert|erte|ort|orte|int|ainte|eint|einte|uit|uite)";
const IMPARFAIT_STOP = "mais|jamais|désormais|français|anglais|japonais|palais|fait|parfait|souhait|lait|trait|portrait|attrait|extrait|sait|plaît|naît|vrai|était";
const IMPARFAIT = `(?!(?:${IMPARFAIT_STOP})(?![\\p{L}]))\\p{L}{2,}(?:ait|aient)`;
const CONDITIONNEL = "\\p{L}*(?:erait|eraient|irait|iraient|drait|draient|vrait|vraient|urait|uraient|rrait|rraient|ferait|serait|seraient|aurait|auraient)";
// First and second persons too ("nous partirons", "vous viendrez"), which news quote.
const FUTUR = "\\p{L}*(?:era|eront|erai|erons|erez|ira|iront|irai|irons|irez|dra|dront|drai|drons|drez|vra|vront|vrons|vrez|ura|uront|urai|urons|urez|rra|rront|rrai|rrons|rrez)|sera|seront|aura|auront|fera|feront|ira|iront";
const FUTUR_STOP = "environs|marrons|vrai|navrai|opéra|caméra|ère|riviera|sahara|extra|cobra|tiara|nakhodka|vera|era|mira|ultra|chimera|flora|angora|zébra|hydra";

/** Irregular passé simple (3rd person) that the endings above miss. */
const PASSE_SIMPLE = "fut|furent|eut|eurent|fit|firent|prit|prirent|vint|vinrent|mit|mirent|naquit|mourut|devint|devinrent|reprit|obtint|tint";
/** Reporting verbs of news, present tense: they report past facts ("Kim arrive mardi, indique l'agence"). */
const REPORTING = "indique|indiquent|annonce|annoncent|rapporte|rapportent|affirme|affirment|assure|assurent|précise|précisent|confirme|confirment|déclare|déclarent|souligne|soulignent|raconte|racontent|relate|relatent";

/** Abbreviations whose period does not end a sentence (« janv. », « Mme », « av. J.-C. », "Dr"). */
export const FR_ABBREVIATIONS = "janv|févr|avr|juil|déc|Mme|Mlle|Me|Mgr|Dr|St|Ste|Jr|Co|Inc|Ltd|No|vs|av|env";

export const FR_TENSE: TenseCues = {
  cues: compile(
    `(?<![\\p{L}'])(?:(?<future>(?:${CONDITIONNEL})|(?!(?:${FUTUR_STOP})(?![\\p{L}]))(?:${FUTUR})|(?:va|vont|allons|doit|doivent|devront|pourra|pourront)\\s+\\p{L}+(?:er|ir|re|oir)|prochain|prochaine|demain|prévu|prévue|prévus|prévues|d['’]ici|jusqu['’](?:au|à)|à\\s+partir\\s+du)` +
      `|(?<past>depuis|(?:${AUX})\\s+${ADV}(?!prévue?s?(?![\\p{L}]))${PARTICIPLE}|${ETRE}|${IMPARFAIT}|\\p{L}+(?:èrent|irent)|hier|dernier|dernière|passé|${PASSE_SIMPLE}|${REPORTING})|(?<present>est|sont|sommes|êtes|suis))(?![\\p{L}])`,
    "giu",
  ),
  fallback: 0,
  clauseBreak: /[,;:(«»"]|(?:^|\s)(?:et|mais|que|qu['’]|qui|lorsque|quand|puis|car)(?=\s|$)/i,
  abbreviations: FR_ABBREVIATIONS,
};
