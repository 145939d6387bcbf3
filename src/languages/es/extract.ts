/** Spanish locale data: triggers, status cues, page furniture, clause breaks, entity cues, stop words. */
import { altWords } from "../../temporal/common/vocabulary";
import type { LocaleData } from "../extract-types";
import { bylineLine } from "../furniture-lines";
import { ES_TRIGGERS } from "./triggers";
import { ES_SPELLINGS } from "./spellings";
import { ES_DATES } from "./dates";
import { ES_VOCABULARY as V } from "./temporal/vocabulary";

/** Month names of a site's date header ("16 de agosto de 2023"): the tagger's, abbreviations left out. */
const MONTHS = altWords(V.months);

export const ES: LocaleData = {
  language: "es",
  triggers: ES_TRIGGERS,
  dates: ES_DATES,
  status: {
    denied: /(?<![\p{L}])(?:neg(?:ó|aron|ado|a|an)|desmint\p{L}*|rechaz\p{L}*|no\s+\p{L}+|nunca|jamás)(?![\p{L}])/iu,
    planned: /(?<![\p{L}])(?:\p{L}+(?:ará|erá|irá|arán|erán|irán|aría|ería|iría|arían|erían|irían)|va\s+a|van\s+a|prev(?:é|én|isto|ista|istos|istas)|planea\p{L}*|próxim\p{L}*|pronto|debe(?:rá|ría)?|podría|podrán)(?![\p{L}])/iu,
    reported: /(?<![\p{L}])(?:según|de acuerdo con|informó|informa|habría|habrían|supuestamente|citando|citado por)(?![\p{L}])/iu,
  },
  furniture: [
    /^\s*(?:actualizado|publicado|modificado|última actualización)\b/iu,
    new RegExp(`^\\s*(?:\\p{L}+,?\\s+)?\\d{1,2}\\s+de\\s+(?:${MONTHS})\\s+de\\s+\\d{4}(?:\\s*[-–,]\\s*\\d{1,2}[:.]\\d{2}(?:\\s*h)?)?\\s*$`, "iu"),
    bylineLine("[Pp]or|POR"),
    /^\s*(?:publicidad|lee también|leer más|te puede interesar|síguenos|compartir|comentarios?|suscríbete|boletín|newsletter|vídeo|video|foto|fuente:)/iu,
    /\b(?:tu comentario|tu nombre|tu correo|cookies?)\b/iu,
  ],
  stampCue: /(?:actualizado|publicado|modificado)\s*(?:el|:)?\s*$/iu,
  clauseBreak: /[;:()«»"“”]|,\s*(?:donde|que|quien|cuando|pero|mientras|tras|antes|según|para)(?![\p{L}])|\s(?:pero|mientras que|aunque|después de que|antes de que)\s|\s(?:y|pero|o)\s+(?=que\s|él\s|ella\s|ellos\s)/iu,
  durationLike: /^(?:en|durante|desde\s+hace|por)?\s*(?:(?:más|menos) de\s+)?(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|cien|varios|varias|algunos|algunas)\s+(?:años|meses|semanas|días|horas|minutos|siglos|décadas)$/iu,
  sinceCue: /(?:desde|hasta)\s*(?:el|la|los|las)?\s*$/iu,
  startCue: /desde/iu,
  endVerb: /(?<![\p{L}])(?:termin\p{L}*|conclu\p{L}*|finaliz\p{L}*|clausur\p{L}*)(?![\p{L}])/iu,
  startVerb: /(?<![\p{L}])(?:comienz\p{L}*|comenz\p{L}*|empez\p{L}*|empiez\p{L}*|inici\p{L}*)(?![\p{L}])/iu,
  yearNamingCue: /(?<![\p{L}])(?!(?:en|de|del|desde|hasta|para|antes|después|hacia|fin|finales|principios|mediados|y|o|el|la|los|las|un|una|su|sus|este|esta|entre|verano|invierno|otoño|primavera|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\s)\p{Ll}{3,}\s+$/u,
  notEventDateCue: /(?<![\p{L}])(?:en comparación con|comparad[oa]s? con|frente a|y no(?: el| en)?|en lugar de)\s*(?:el|la|los|las)?\s*$/iu,
  orderCue: /(?<![\p{L}])(?:antes del?|después del?|tras|hasta)\s+(?:el|la)?\s*$/iu,
  limitNounAfter: /^\s*(?:como\s+)?(?:plazo|fecha\s+límite)(?![\p{L}])/iu,
  rolePrefix: /(?:presidente|presidenta|primer ministro|primera ministra|ministr[oa](?: de [\p{L}\s]{0,30})?|canciller|líder|dirigente|rey|reina|papa|general|portavoz|secretario general|alcalde|alcaldesa|señor|señora|Sr\.|Sra\.|diario|agencia(?: de noticias)?)\s*,?\s*$/u,
  placePrefix: /(?:ciudad|capital|región|provincia|república|pueblo|puerto|isla|país|territorio|estación)(?: [\p{Ll}-]+)?\s+de\s*$/u,
  genericVerb: [
    "(?:he|has|ha|hemos|han|había|habían|habrá|habría)\\s+(?:sido\\s+)?\\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|to|cho)",
    "se\\s+\\p{L}{3,}",
    "\\p{L}{2,}(?:ará|erá|irá|arán|erán|irán|aría|ería|iría)",
    "(?:va|van|debe|deben|puede|pueden|podría|quiere|quieren)\\s+(?:a\\s+)?\\p{L}{2,}(?:ar|er|ir)",
    "\\p{L}{3,}(?:ó|aron|ieron)",
  ].join("|"),
  notTriggers: /(?<![\p{L}])(?:a partir del?|en comparación con|de acuerdo con|sala de fiestas|en curso)(?![\p{L}])/giu,
  auxiliaries: /^(?:(?:he|has|ha|hemos|han|había|habían|habrá|habría|sido|va|van|a|debe|deben|puede|pueden|podría|quiere|quieren|no|ya|también)\s+)+/iu,
  stopwords: new Set(
    "el la los las lo un una unos unas de del al a en por para con sin sobre entre hacia desde hasta y o u e ni pero que quien cual cuyo donde como cuando este esta estos estas ese esa esos esas su sus se le les me te nos es son fue fueron ser estar está están ha han había muy más menos ya también no si".split(" "),
  ),
  headline: {
    departureFor: { cue: /(?:con destino a|rumbo a|hacia|para)\s*(?:el |la |los |las )?$/iu, verb: "parte hacia" },
    complementOpener: /^(\s+(?:de la|del|de los|de las|de|con)\s*)/iu,
    phraseStop: new Set("en a al con que quien y por para sobre tras desde después antes entre no ha han es son se sin hacia contra pero o donde".split(" ")),
  },
  attributionCue: /(?<![\p{L}])(?:según|de acuerdo con|citando|citado por|informó)\s+(?:el\s+|la\s+|los\s+|las\s+)?(?:agencia\s+(?:de noticias\s+)?(?:\p{Ll}+\s+)?|diario\s+|periódico\s+)?/giu,
  locativeRelative: /^[\s,]*donde(?![\p{L}])/iu,
  entities: {
    connectors: new Set(["de", "del", "la", "las", "los", "&"]),
    roleWords: new Set("presidente presidenta primer primera ministro ministra canciller rey reina papa general coronel capitan almirante mariscal principe princesa jeque emir emperador senador senadora diputado diputada alcalde alcaldesa gobernador gobernadora juez jueza senor senora sr sra dr don dona san santa director directora secretario secretaria portavoz lider jefe jefa vice".split(" ")),
    orgWords: new Set("grupo agencia ministerio banco partido consejo comision comite universidad federacion compania sociedad asamblea senado congreso gobierno ejercito tribunal corte asociacion instituto fundacion oficina autoridad sindicato union liga policia parlamento diario periodico radio television airlines motors group bank".split(" ")),
    legalSuffixes: new Set(["sa", "sl", "sau", "inc", "corp", "ltd", "ag", "gmbh", "nv", "plc", "llc"]),
    placeWords: new Set("calle avenida plaza puente estacion aeropuerto isla monte lago rio valle bahia golfo mar oceano puerto palacio barrio parque cosmodromo".split(" ")),
    orgPrefix: /(?<![\p{L}])(?:el|del|al|los|las)\s+(?:grupo|fabricante|gigante|partido|diario|periódico|sindicato|consorcio)\s*$|(?<![\p{L}])(?:la|de la|a la)\s+(?:agencia(?: de noticias)?(?: [\p{Ll}-]+)?|empresa|compañía|sociedad|firma|cadena|aerolínea)\s*$/iu,
    personAnaphor: {
      one: /(?<![\p{L}])(?:él|ella|el líder|la líder|el presidente|la presidenta|el dirigente|el mandatario|la mandataria|el ministro|la ministra)(?![\p{L}])/iu,
      two: /(?<![\p{L}])(?:los dos (?:hombres|líderes|mandatarios|presidentes|dirigentes)|ambos (?:líderes|mandatarios))(?![\p{L}])/iu,
    },
    portfolioCue: /(?<![\p{L}])(?:de la|del|de los|de)\s*$/u,
    orgAnaphor: /(?<![\p{L}])(?:el grupo|el fabricante|la empresa|la compañía|la sociedad|la firma|el banco|la agencia)(?![\p{L}])/iu,
    spellings: ES_SPELLINGS,
  },
};
