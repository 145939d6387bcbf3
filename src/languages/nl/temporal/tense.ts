/**
 * Dutch tense cues: voltooid tegenwoordige tijd ("is vertrokken", "heeft … ontmoet": hebben/zijn +
 * voltooid deelwoord), the simple past (weak: "meldde", "reisden", "arriveerde"; strong
 * "vertrok", "kwam", "ging", "zei") and the passive past ("werd … gearresteerd") look back; "zal/zullen"
 * + infinitive, "gaat … ontmoeten", "gepland", "komende/volgende" look forward; "is/zijn" alone have no
 * direction. The cue regex is case-sensitive for the weak past (lower-case verbs).
 */
import { sentenceCase as ci, tenseCueRegex, type TenseCues } from "../../../temporal/common/tense";
import { EN_ABBREVIATIONS } from "../../en/temporal/tense";
import { FR_ABBREVIATIONS } from "../../fr/temporal/tense";

const PARTICIPLE = "(?:ge\\p{Ll}{2,}(?:d|t|en)|(?:aan|af|op|uit|in|mee|terug|door|over|weg|toe|vast|bij)ge\\p{Ll}{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\\p{Ll}{2,}(?:d|t|en))";
const AUX_PAST = "had|hadden|was|waren|werd|werden|geweest|geworden";
const STRONG = "vertrok|vertrokken|kwam|kwamen|ging|gingen|zei|zeiden|sprak|spraken|vond|vonden|gaf|gaven|nam|namen|bleef|bleven|liep|liepen|stond|stonden|zat|zaten|lag|lagen|kreeg|kregen|begon|begonnen|ontmoette|ontmoetten|reisde|reisden|vloog|vlogen|stierf|stierven|won|wonnen|verloor|verloren|schreef|schreven|trof|troffen|hield|hielden|bracht|brachten|dacht|dachten";
/** Weak pasts in "-eerde(n)" ("arriveerde", "presenteerden") are unambiguous; other "-de/-te" words are often adjectives. */
const WEAK = "\\p{Ll}{3,}(?:eerde|eerden)|meldde|meldden|maakte|maakten|werkte|werkten|opende|openden|landde|reisde|reisden|bezocht|bezochten|kondigde|verklaarde|bevestigde|noemde|vroeg|vroegen|antwoordde|besloot|besloten|stemde|stemden|tekende|ondertekende|kocht|kochten|verkocht|overleed|verdween|verscheen|sloot|sloten|leidde|leefde|woonde|speelde|speelden|praatte|zette|stelde|stelden|legde|wilde|wilden|moest|moesten|kon|konden|mocht";
const FUTURE = "zal|zullen|zult|zou|zouden|gaat|gaan|gepland|verwacht|voorzien|komende|volgende|morgen|overmorgen|binnenkort|aanstaande";
const REPORT = "meldt|melden|zegt|zeggen|aldus|volgens|laat\\s+weten|verklaart|bevestigt";


export const NL_TENSE: TenseCues = {
  // The English and French abbreviations the common code held before the packs had their own.
  abbreviations: `${EN_ABBREVIATIONS}|${FR_ABBREVIATIONS}`,
  cues: tenseCueRegex({
    future: ci(FUTURE),
    past: `${ci(AUX_PAST)}|${ci("sinds|gisteren|eergisteren|afgelopen|vorige|vorig|verleden|toen")}|${ci(STRONG)}|(?:${ci("heeft|hebben|hebt|heb|is|zijn|ben|bent")})\\s+(?:\\p{L}+\\s+){0,6}?(?!(?:gepland|voorzien|verwacht|aangekondigd)(?![\\p{L}]))${PARTICIPLE}|${WEAK}`,
    report: ci(REPORT),
    present: `${ci("is|zijn|ben|bent")}`,
    caseSensitive: true,
  }),
  fallback: 0,
  clauseBreak: /[,;:(«»"“”]|(?:^|\s)(?:en|maar|dat|die|wie|wanneer|als|terwijl|omdat|waar|hoewel)(?=\s|$)/i,
};
