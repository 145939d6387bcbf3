/** German locale data: triggers, status cues, page furniture, clause breaks, entity cues, stop words. */
import { altWords } from "../../temporal/common/vocabulary";
import type { LocaleData } from "../extract-types";
import { bylineLine } from "../furniture-lines";
import { DE_TRIGGERS } from "./triggers";
import { DE_SPELLINGS } from "./spellings";
import { DE_DATES } from "./dates";
import { DE_MONTHS, DE_WEEKDAYS } from "./temporal/constants";

/** Month and weekday names of a site's date header ("Montag, 16. August 2023"): the tagger's, abbreviations left out. */
const MONTHS = altWords(DE_MONTHS);
const WEEKDAYS = altWords(DE_WEEKDAYS);

export const DE: LocaleData = {
  language: "de",
  triggers: DE_TRIGGERS,
  dates: DE_DATES,
  status: {
    denied: /(?<![\p{L}])(?:dementier\p{L}*|bestreit\p{L}*|bestritt\p{L}*|zurückgewiesen|wies\p{L}* (?:\p{L}+ ){0,3}zurück|nicht|nie|niemals|kein\p{L}*)(?![\p{L}])/iu,
    planned: /(?<![\p{L}])(?:wird|werden|soll|sollen|sollte|sollten|will|wollen|plant|planen|geplant|vorgesehen|voraussichtlich|bevorstehend\p{L}*|angekündigt|kommende\p{L}*|nächste\p{L}*|bald|demnächst|könnte|könnten|dürfte|dürften|würde|würden)(?![\p{L}])/iu,
    reported: /(?<![\p{L}])(?:laut|zufolge|nach Angaben|berichtet\p{L}*|meldet\p{L}*|soll(?:en)? (?:\p{L}+ ){0,4}haben|angeblich|sei|seien|habe|haben soll|hätte|hätten)(?![\p{L}])/iu,
  },
  furniture: [
    /^\s*(?:aktualisiert|veröffentlicht|zuletzt geändert|geändert|stand)\b/iu,
    new RegExp(`^\\s*(?:(?:${WEEKDAYS}),?\\s+)?\\d{1,2}\\.\\s*(?:${MONTHS})\\s+\\d{4}(?:\\s*[-–,]\\s*\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?\\s*$`, "iu"),
    bylineLine("[Vv]on|VON"),
    /^\s*(?:anzeige|werbung|weiterlesen|mehr zum thema|lesen sie auch|auch interessant|folgen sie uns|teilen|kommentare?|kommentar schreiben|newsletter|abonnieren|jetzt abonnieren|video|foto|bild:|quelle:)/iu,
    /\b(?:ihr kommentar|ihr name|ihre e-mail|cookies?|datenschutz)\b/iu,
  ],
  stampCue: /(?:aktualisiert|veröffentlicht|zuletzt geändert|stand)\s*(?:am|:)?\s*$/iu,
  clauseBreak: /[;:()«»"„“]|,\s*(?:wo|wobei|der|die|das|welche\p{L}*|als|wenn|während|nachdem|bevor|aber|doch|sondern|um|laut|so)(?![\p{L}])|\s(?:aber|während|nachdem|bevor|sondern|jedoch)\s|\s(?:und|aber|oder)\s+(?=dass\s|er\s|sie\s|es\s|man\s)/iu,
  durationLike: /^(?:seit|für|während|binnen|innerhalb|in)?\s*(?:(?:mehr|weniger) als\s+)?(?:rund\s+|etwa\s+|fast\s+)?(?:\d+|ein|eine|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|hundert|einige[nr]?|mehrere[nr]?|wenige[nr]?)\s+(?:Jahre|Jahren|Jahr|Monate|Monaten|Monat|Wochen|Woche|Tage|Tagen|Tag|Stunden|Stunde|Minuten|Jahrhunderte|Jahrzehnte|Jahrzehnten)$/iu,
  sinceCue: /(?:seit|seitdem|bis|bis zum|bis zur|bis Ende)\s*(?:dem|der|den)?\s*$/iu,
  startCue: /seit/iu,
  endVerb: /(?<![\p{L}])(?:endet\p{L}*|beendet\p{L}*|abgeschlossen|schloss\p{L}*|geht (?:\p{L}+ ){0,3}zu Ende)(?![\p{L}])/iu,
  startVerb: /(?<![\p{L}])(?:beginn\p{L}*|begann\p{L}*|begonnen|startet\p{L}*|gestartet)(?![\p{L}])/iu,
  // German names years before the noun ("die Saison 2014/15", "der Haushalt 2015"): a noun right before the year names it.
  yearNamingCue: /(?<![\p{L}])(?!(?:Jahr|Jahre|Jahres|Jahren|Anfang|Mitte|Ende|Beginn|Sommer|Winter|Herbst|Frühjahr|Frühling|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\s)(?:Saison|Haushalt|Budget|Bilanz|Jahrgang|Modell|Programm|Plan|Ausgabe|Wahl|Weltmeisterschaft|WM|EM|Olympia|Expo|Agenda|Strategie|Vision)\s+$/u,
  notEventDateCue: /(?<![\p{L}])(?:im Vergleich zu(?:m)?|verglichen mit|gegenüber|und nicht(?: am| im)?|statt|anstatt)\s*(?:dem|der|den|des)?\s*$/iu,
  orderCue: /(?<![\p{L}])(?:vor|nach|bis zu|seit|ab)\s+(?:dem|der|den)?\s*$/iu,
  limitNounAfter: /^\s*(?:als\s+)?(?:Frist|Stichtag|Deadline|Termin)(?![\p{L}])/iu,
  rolePrefix: /(?:Präsident|Präsidentin|Staatspräsident(?:in)?|Bundespräsident(?:in)?|Kanzler|Kanzlerin|Bundeskanzler(?:in)?|Ministerpräsident(?:in)?|Regierungschef(?:in)?|Premierminister(?:in)?|Minister(?:in)?|Außenminister(?:in)?|Verteidigungsminister(?:in)?|Machthaber|Staatschef(?:in)?|Diktator|König(?:in)?|Papst|General|Sprecher(?:in)?|Regierungssprecher(?:in)?|Bürgermeister(?:in)?|Landeshauptmann|Landesrat|Landesrätin|Herr|Frau|Dr\.|Prof\.|Zeitung|Nachrichtenagentur|Agentur)\s*,?\s*$/u,
  placePrefix: /(?:Stadt|Hauptstadt|Region|Provinz|Republik|Dorf|Gemeinde|Hafen|Insel|Land|Bahnhof|Bezirk|Kosmodrom|Gebiet|Bundesland|Kanton)\s*$/u,
  genericVerb: [
    // Perfekt / passive: "hat … verlassen", "ist … eingetroffen", "wurde … festgenommen" (the participle)
    "(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|worden)\\s+(?:\\p{L}+\\s+){0,6}?(?:ge\\p{Ll}{2,}(?:t|en)|\\p{Ll}{2,}ge\\p{Ll}{2,}(?:t|en)|(?:ver|be|er|ent|zer)\\p{Ll}{2,}(?:t|en))",
    // future / modal + infinitive: "wird … reisen", "soll … stattfinden"
    "(?:wird|werden|soll|sollen|will|wollen|muss|müssen|kann|können|dürfte|könnte|würde)\\s+(?:\\p{L}+\\s+){0,6}?\\p{Ll}{3,}en",
    // weak Präteritum: "meldete", "reiste"
    "\\p{Ll}{3,}(?:ierte|ete|te)",
  ].join("|"),
  notTriggers: /(?<![\p{L}])(?:im Vergleich|zum Beispiel|im Laufe|im Rahmen|in Bezug auf|im Hinblick auf|unter anderem|zur Verfügung|zu Ende)(?![\p{L}])/giu,
  auxiliaries: /^(?:(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|wurde|wurden|worden|soll|sollen|will|wollen|muss|müssen|kann|können|dürfte|könnte|würde|nicht|auch|bereits|schon|noch)\s+)+/iu,
  stopwords: new Set(
    "der die das den dem des ein eine einen einem einer eines und oder aber doch sondern in im ins an am auf aus bei mit nach von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne um bis seit als wie wenn dass daß ob weil da so auch nur noch schon nicht kein keine er sie es wir ihr ich du man sich sein seine ihre ihr ist sind war waren hat haben hatte hatten wird werden wurde wurden worden sei sehr mehr dies diese dieser dieses jener jene welche welcher".split(" "),
  ),
  headline: {
    departureFor: { cue: /(?:in Richtung|Richtung|nach|zum|zur)\s*$/iu, verb: "reist ab nach" },
    complementOpener: /^(\s+(?:des|der|von|vom|mit)\s*)/iu,
    phraseStop: new Set("in im am an auf aus bei mit nach von vom zu zum zur für über unter vor seit und oder aber dass der die das den dem ist sind hat haben wurde wurden war waren".split(" ")),
  },
  attributionCue: /(?<![\p{L}])(?:laut|nach Angaben (?:de[rs]|von)|wie|zufolge|unter Berufung auf)\s+(?:de[rmnrs]?\s+|die\s+)?(?:(?:Nachrichtenagentur|Agentur|Zeitung|Tageszeitung|Sender)\s+)?/giu,
  locativeRelative: /^[\s,]*wo(?![\p{L}])/iu,
  entities: {
    nounsCapitalised: true,
    connectors: new Set(["von", "van", "der", "den", "de", "zu", "&"]),
    roleWords: new Set("prasident prasidentin staatsprasident bundesprasident kanzler kanzlerin bundeskanzler bundeskanzlerin ministerprasident regierungschef premierminister premierministerin minister ministerin aussenminister verteidigungsminister konig konigin papst general oberst kapitan admiral marschall prinz prinzessin scheich emir kaiser senator abgeordneter abgeordnete burgermeister burgermeisterin gouverneur richter richterin herr frau dr prof sankt direktor direktorin chef chefin vorsitzender vorsitzende sprecher sprecherin landeshauptmann landesrat landesratin machthaber staatschef diktator".split(" ")),
    orgWords: new Set("gruppe agentur ministerium bank partei rat kommission ausschuss universitat verband gesellschaft versammlung bundestag landtag regierung armee gericht verein institut stiftung amt behorde gewerkschaft union liga buro polizei parlament zeitung sender konzern werke ag gmbh airlines motors group".split(" ")),
    legalSuffixes: new Set(["ag", "gmbh", "kg", "se", "inc", "corp", "ltd", "sa", "nv", "plc", "llc", "ev"]),
    placeWords: new Set("strasse platz brucke bahnhof flughafen insel berg see fluss tal bucht golf meer hafen palast viertel park kosmodrom".split(" ")),
    orgPrefix: /(?<![\p{L}])(?:der|die|das|des|dem)\s+(?:Konzern|Hersteller|Autobauer|Partei|Zeitung|Tageszeitung|Agentur|Nachrichtenagentur|Firma|Gesellschaft|Bank|Gewerkschaft|Verein|Sender)s?\s*$/iu,
    personAnaphor: {
      one: /(?<![\p{L}])(?:er|sie|der Präsident|die Präsidentin|der Machthaber|der Staatschef|der Kanzler|die Kanzlerin|der Minister|die Ministerin|der Politiker|die Politikerin)(?![\p{L}])/u,
      two: /(?<![\p{L}])(?:die beiden (?:Männer|Frauen|Politiker|Staatschefs|Präsidenten))(?![\p{L}])/u,
    },
    portfolioCue: /(?<![\p{L}])(?:für|des|der)\s*$/u,
    orgAnaphor: /(?<![\p{L}])(?:der Konzern|der Hersteller|das Unternehmen|die Firma|die Gesellschaft|die Bank|die Agentur)(?![\p{L}])/u,
    spellings: DE_SPELLINGS,
  },
};
