/** Dutch locale data: triggers, status cues, page furniture, clause breaks, entity cues, stop words. */
import { altWords } from "../../temporal/common/vocabulary";
import type { LocaleData } from "../extract-types";
import { bylineLine } from "../furniture-lines";
import { NL_TRIGGERS } from "./triggers";
import { NL_DATES } from "./dates";
import { NL_VOCABULARY as V } from "./temporal/vocabulary";

/** Month names of a site's date header ("16 augustus 2023"): the tagger's, abbreviations left out. */
const MONTHS = altWords(V.months);

export const NL: LocaleData = {
  language: "nl",
  triggers: NL_TRIGGERS,
  dates: NL_DATES,
  status: {
    denied: /(?<![\p{L}])(?:ontken\p{L}*|weerleg\p{L}*|afgewezen|niet|nooit|geen)(?![\p{L}])/iu,
    planned: /(?<![\p{L}])(?:zal|zullen|zou|zouden|gaat|gaan|gepland|verwacht|voorzien|van plan|komende|volgende|binnenkort|moet|moeten|kan|kunnen)(?![\p{L}])/iu,
    reported: /(?<![\p{L}])(?:volgens|aldus|naar verluidt|zou|zouden|vermoedelijk|meldt|melden)(?![\p{L}])/iu,
  },
  furniture: [
    /^\s*(?:bijgewerkt|gepubliceerd|gewijzigd|laatst bijgewerkt)\b/iu,
    new RegExp(`^\\s*(?:\\p{L}+,?\\s+)?\\d{1,2}\\s+(?:${MONTHS})\\s+\\d{4}(?:\\s*[-–,]\\s*\\d{1,2}[:.]\\d{2})?\\s*$`, "iu"),
    bylineLine("[Dd]oor|DOOR"),
    /^\s*(?:advertentie|lees ook|lees meer|volg ons|delen|reacties?|abonneer|nieuwsbrief|video|foto|bron:)/iu,
    /\b(?:je reactie|uw reactie|je naam|je e-mail|cookies?)\b/iu,
  ],
  stampCue: /(?:bijgewerkt|gepubliceerd|gewijzigd)\s*(?:op|:)?\s*$/iu,
  clauseBreak: /[;:()«»"“”]|,\s*(?:waar|die|dat|wie|toen|als|maar|terwijl|na|voor|volgens|om)(?![\p{L}])|\s(?:maar|terwijl|hoewel|nadat|voordat)\s|\s(?:en|maar|of)\s+(?=dat\s|hij\s|zij\s|ze\s)/iu,
  durationLike: /^(?:in|gedurende|sinds|al|voor)?\s*(?:(?:meer|minder) dan\s+)?(?:\d+|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|honderd|enkele|een paar)\s+(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|uren|minuten|eeuwen|decennia)$/iu,
  sinceCue: /(?:sinds|tot|vanaf)\s*(?:de|het)?\s*$/iu,
  startCue: /sinds|vanaf/iu,
  endVerb: /(?<![\p{L}])(?:eindig\p{L}*|geëindigd|afgesloten|sloot\p{L}*)(?![\p{L}])/iu,
  startVerb: /(?<![\p{L}])(?:begin\p{L}*|begon\p{L}*|gestart|start\p{L}*)(?![\p{L}])/iu,
  yearNamingCue: /(?<![\p{L}])(?!(?:in|van|sinds|tot|voor|na|rond|eind|begin|half|en|of|de|het|een|zijn|haar|dit|deze|tussen|zomer|winter|herfst|lente|najaar|voorjaar|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s)\p{Ll}{3,}\s+$/u,
  notEventDateCue: /(?<![\p{L}])(?:vergeleken met|in vergelijking met|ten opzichte van|en niet(?: op| in)?|in plaats van)\s*(?:de|het)?\s*$/iu,
  orderCue: /(?<![\p{L}])(?:voor|na|tot|vóór)\s+(?:de|het)?\s*$/iu,
  limitNounAfter: /^\s*(?:als\s+)?(?:deadline|uiterste\s+datum|termijn)(?![\p{L}])/iu,
  rolePrefix: /(?:president|premier|minister-president|minister(?: van [\p{L}\s]{0,30})?|bondskanselier|kanselier|leider|koning|koningin|paus|generaal|woordvoerder|woordvoerster|burgemeester|secretaris-generaal|de heer|mevrouw|dhr\.|mevr\.|krant|persbureau|agentschap)\s*,?\s*$/u,
  placePrefix: /(?:stad|hoofdstad|regio|provincie|republiek|dorp|haven|eiland|land|station|gemeente)(?: [\p{Ll}-]+)?\s*$/u,
  genericVerb: [
    "(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)\\s+(?:\\p{L}+\\s+){0,5}?(?:ge\\p{Ll}{2,}(?:d|t|en)|(?:be|ver|ont|her)\\p{Ll}{2,}(?:d|t|en))",
    "(?:zal|zullen|zou|zouden|gaat|gaan|moet|moeten|kan|kunnen|wil|willen)\\s+(?:\\p{L}+\\s+){0,5}?\\p{Ll}{3,}en",
    "\\p{Ll}{3,}(?:eerde|eerden)",
  ].join("|"),
  notTriggers: /(?<![\p{L}])(?:in vergelijking met|ten opzichte van|naar aanleiding van|in het kader van|onder andere)(?![\p{L}])/giu,
  auxiliaries: /^(?:(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden|wordt|worden|zal|zullen|zou|zouden|gaat|gaan|moet|moeten|kan|kunnen|wil|willen|niet|ook|al)\s+)+/iu,
  stopwords: new Set(
    "de het een en of maar in op aan van voor met door bij naar uit om over onder tussen tot sinds na als dan dat die dit deze wie wat waar hoe wanneer hij zij ze het wij we jij je u ik men zich zijn haar hun is zijn was waren heeft hebben had werd worden niet geen ook al nog wel zeer meer".split(" "),
  ),
  headline: {
    departureFor: { cue: /(?:richting|naar|op weg naar)\s*$/iu, verb: "vertrekt naar" },
    complementOpener: /^(\s+(?:van de|van het|van|met)\s*)/iu,
    phraseStop: new Set("in op aan voor met door bij naar uit om over na als die dat en of maar niet is zijn heeft hebben was werd tegen zonder waar".split(" ")),
  },
  attributionCue: /(?<![\p{L}])(?:volgens|aldus|naar verluidt|meldt|citeert)\s+(?:de\s+|het\s+)?(?:(?:persbureau|nieuwsagentschap|krant|dagblad|omroep)\s+)?/giu,
  locativeRelative: /^[\s,]*waar(?![\p{L}])/iu,
  entities: {
    connectors: new Set(["van", "der", "den", "de", "het", "ter", "ten", "&"]),
    roleWords: new Set("president premier minister kanselier bondskanselier koning koningin paus generaal kolonel kapitein admiraal maarschalk prins prinses sjeik emir keizer senator kamerlid burgemeester gouverneur rechter heer mevrouw dhr mevr dr prof sint directeur directrice voorzitter secretaris woordvoerder woordvoerster leider chef vice".split(" ")),
    orgWords: new Set("groep agentschap ministerie bank partij raad commissie comite universiteit federatie maatschappij vereniging kamer senaat regering leger rechtbank hof instituut stichting bureau dienst autoriteit vakbond unie bond politie parlement krant omroep airlines motors group nv bv".split(" ")),
    legalSuffixes: new Set(["nv", "bv", "vof", "inc", "corp", "ltd", "ag", "gmbh", "sa", "plc", "llc"]),
    placeWords: new Set("straat weg plein brug station luchthaven vliegveld eiland berg meer rivier dal baai golf zee oceaan haven paleis wijk park kosmodroom".split(" ")),
    orgPrefix: /(?<![\p{L}])(?:de|het)\s+(?:groep|fabrikant|autofabrikant|partij|krant|persbureau|bedrijf|firma|maatschappij|bank|vakbond|omroep|concern)\s*$/iu,
    personAnaphor: {
      one: /(?<![\p{L}])(?:hij|zij|de leider|de president|de premier|de dictator|de minister|de politicus)(?![\p{L}])/iu,
      two: /(?<![\p{L}])(?:de twee (?:mannen|leiders|presidenten|staatshoofden)|beide leiders)(?![\p{L}])/iu,
    },
    portfolioCue: /(?<![\p{L}])(?:van|voor)\s*$/u,
    orgAnaphor: /(?<![\p{L}])(?:de groep|de fabrikant|het bedrijf|de firma|de maatschappij|de bank|het concern)(?![\p{L}])/iu,
  },
};
