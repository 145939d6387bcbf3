/**
 * German tense cues. Perfekt and Plusquamperfekt (haben/sein + Partizip II: "hat … verlassen", "ist …
 * angekommen", "war … gereist"), Präteritum (weak "-te/-ten": "meldete", "sagten"; the common strong
 * forms "kam", "ging", "traf", "verließ"), the passive past ("wurde … festgenommen") and "seit" look
 * back; Futur ("wird … reisen", "werden"), "soll/sollen", "will/wollen", "plant", "geplant",
 * "voraussichtlich", "bevorstehend", "nächste/kommende" look forward. The reporting present of news
 * ("teilt mit", "berichtet", "meldet") reports past facts; "ist/sind" alone have no direction.
 * German puts the finite verb second and the participle last: the nearest cue in the clause decides.
 */
import { sentenceCase as ci, tenseCueRegex, type TenseCues } from "../../../temporal/common/tense";
import { EN_ABBREVIATIONS } from "../../en/temporal/tense";
import { FR_ABBREVIATIONS } from "../../fr/temporal/tense";

const AUX_PAST = "hatte|hatten|hattest|war|waren|warst|wurde|wurden|wurdest|worden|gewesen|gehabt";
/** Perfekt: the auxiliary alone is ambiguous ("hat ein Haus"); the participle ("ge…t", "ge…en", "ver…t") marks it. */
const PARTICIPLE = "(?:ge\\p{L}{2,}(?:t|en)|(?:ab|an|auf|aus|bei|ein|fest|frei|mit|nach|statt|teil|vor|weg|zu|zurück|los|hin|her|um|über|unter|wieder|fort)ge\\p{L}{2,}(?:t|en)|(?:ver|be|er|ent|zer|emp|miss|über|unter)\\p{L}{2,}(?:t|en))";
const PRAET_STRONG =
  "kam|kamen|ging|gingen|fand|fanden|gab|gaben|sah|sahen|stand|standen|fuhr|fuhren|verließ|verließen|traf|trafen|begann|begannen|sprach|sprachen|starb|starben|fiel|fielen|flog|flogen|zog|zogen|hielt|hielten|lag|lagen|saß|saßen|nahm|nahmen|brachte|brachten|rief|riefen|blieb|blieben|schrieb|schrieben|gewann|gewannen|verlor|verloren|erhielt|erhielten|stieg|stiegen|lief|liefen|trat|traten|wies|wiesen|bot|boten|erschien|erschienen|geschah|entschied|entschieden|unterzeichnete|unterschrieb|reiste|reisten|sagte|sagten|erklärte|erklärten|meldete|meldeten|berichtete|berichteten|teilte|teilten";
/** Weak Präteritum: a verb stem + "-te"/"-ten" after a subject; nouns/adjectives in -te are excluded by the stop list. */
const PRAET_WEAK = "\\p{Ll}{2,}(?:ierten|eten|(?<!s)te)";
const PRAET_STOP = "beste|besten|erste|ersten|letzte|letzten|leute|häute|weite|weiten|seite|seiten|mitte|bitte|rechte|rechten|mächte|nächte|sechste|siebte|achte|zehnte|neunte|fünfte|vierte|dritte|zweite|zweiten|dritten|vierten|fünften|meisten|meiste|größte|größten|gute|guten|konnte|konnten|sollte|sollten|wollte|wollten|musste|mussten|durfte|durften|mochte|rate|raten|staaten|daten|taten|tat|fluten|minuten|kosten|arbeiten|zeiten|hauptstädte|städte|stunden|sitten|gäste|kräfte|geschäfte|konflikte|produkte|objekte|projekte|exporte|importe|weiten|breite|breiten|kanten|enten|renten|rente|studenten|patienten|agenten|präsidenten|kontinenten|elemente|dokumente|momente|momenten|monumente|prozente|prozenten|abgeordneten|angestellten|beamten|bekannten|verwandten|gesandten|deutschen|heute|lichte|leichte|schlechte|echte|gerechte|konzerte|werte|werten|orte|orten|worte|worten|karte|karten|garten|warte|sorte|sorten|hefte|stärkste|stärksten|wichtigste|wichtigsten|jüngste|jüngsten|nächste|nächsten|höchste|höchsten|neueste|neuesten|älteste|ältesten|größte|halbe|haupte|mute|gesamte|gesamten|weitere|weiteren|unteren|oberen|inneren|äußeren|späte|späten|frühe|gelte|sanfte|hinten|unten|oben|westen|osten|posten|kosten|festen|reste|resten|feste|texte|texten|kontexte|aspekte|effekte";
const FUTURE =
  "wird|werden|wirst|werde|soll|sollen|sollte|sollten|will|wollen|plant|planen|geplant|vorgesehen|voraussichtlich|bevorstehende[nmrs]?|nächste[nmrs]?|kommende[nmrs]?|morgen|übermorgen|künftig|demnächst|bald|beabsichtigt|angekündigt|anstehende[nmrs]?|bis\\s+zum|bis\\s+Ende|ab\\s+(?:dem|kommende[nmrs]?)";
const REPORT = "teilt|teilen|berichtet|berichten|meldet|melden|sagt|sagen|erklärt|erklären|betont|betonen|bestätigt|bestätigen|heißt|hieß|zufolge|laut";

/** Case-insensitive first letter of each alternative ("wird|soll" → "[wW]ird|[sS]oll"): the cue regex is
 * case-sensitive so that lower-case verbs in "-te" are told from capitalised nouns ("meldete", "Rente"). */

export const DE_TENSE: TenseCues = {
  // The English and French abbreviations the common code held before the packs had their own.
  abbreviations: `${EN_ABBREVIATIONS}|${FR_ABBREVIATIONS}`,
  cues: tenseCueRegex({
    future: ci(FUTURE),
    past: `${ci(AUX_PAST)}|${ci("seit|seitdem|gestern|vorgestern|vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|damals|jüngst|kürzlich")}|${ci(PRAET_STRONG)}|(?:${ci("hat|haben|hast|habe|ist|sind|bin|bist")})\\s+(?:\\p{L}+\\s+){0,6}?(?!(?:geplant|vorgesehen|angesetzt|angekündigt|erwartet|terminiert)(?![\\p{L}]))${PARTICIPLE}|(?!(?:geplant|vorgesehen|angesetzt|angekündigt|erwartet)(?![\\p{L}]))${PARTICIPLE}\\s+(?:hat|haben|ist|sind|worden)|(?!(?:${PRAET_STOP})(?![\\p{L}]))${PRAET_WEAK}`,
    report: ci(REPORT),
    present: `${ci("ist|sind|bin|bist|gibt|läuft|beginnt|endet|findet")}`,
    caseSensitive: true,
  }),
  fallback: 0,
  clauseBreak: /[,;:(«»"„“]|(?:^|\s)(?:und|aber|dass|daß|weil|wenn|als|ob|nachdem|bevor|während|sondern|denn|wo|wie)(?=\s|$)/i,
};
