/**
 * German event triggers (inflected forms, separable verbs' particles left out: "reiste … ab" is matched on
 * "reiste"/"abgereist") by kind. Same conventions as ../fr/triggers.ts.
 */
import type { TriggerEntry } from "../extract-types";

/** A weak verb stem with its present, past and participle endings: V("meld") → meldet, meldete, gemeldet. */
const V = (stem: string, extra = "") => `(?:(?:ge)?${stem}(?:e|en|t|et|te|ten|ete|eten|st)?${extra ? "|" + extra : ""})`;

/**
 * A separable verb's finite form whose particle closes the clause ("reiste am Sonntag aus Pjöngjang ab",
 * "kam … an"): matched on the verb alone (the words between may hold the date), the particle looked ahead.
 */
const SEP = (forms: string, particle: string) =>
  `(?:${forms})(?=(?:\\s+[\\p{L}\\d.-]+){0,8}?\\s+(?:${particle})(?:[.,;:!?)]|\\s+(?:und|oder|aber|sowie)\\s|\\s*$))`;

export const DE_TRIGGERS: TriggerEntry[] = [
  // travel
  { kind: "travel", sense: "departure", pos: "verb", pattern: "(?:verlässt|verließ|verließen|verlassen|verlasse|abgereist|reiste\\p{L}* ab|aufgebrochen|brach\\p{L}* auf|abgeflogen|flog\\p{L}* ab)", verb: "verlässt", noun: "Abreise", placePrep: "" },
  { kind: "travel", sense: "departure", pos: "noun", pattern: "(?:Abreise|Abfahrt|Abflug|Aufbruch)", verb: "verlässt", noun: "Abreise", placePrep: "aus" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: "(?:angekommen|eingetroffen|kam\\p{L}* an|traf\\p{L}* (?:\\p{L}+ )?ein|trifft (?:\\p{L}+ )?ein|kommt (?:\\p{L}+ )?an|landete|landeten|gelandet|erreichte|erreichten|erreicht)", verb: "trifft ein", noun: "Ankunft", placePrep: "in" },
  { kind: "travel", sense: "arrival", pos: "noun", pattern: "(?:Ankunft|Landung|Einreise)", verb: "trifft ein", noun: "Ankunft", placePrep: "in" },
  { kind: "travel", sense: "visit", pos: "verb", pattern: `(?:${V("besuch")}|${V("reis")}|gereist|${V("bereis")}|flog nach|fliegt nach|fuhr nach|fährt nach)`, verb: "besucht", noun: "Besuch", placePrep: "" },
  { kind: "travel", sense: "visit", pos: "noun", pattern: "(?:Besuch(?:s|e)?|Reise|Reisen|Staatsbesuch(?:s)?|Visite|Fahrt|Tournee)", verb: "besucht", noun: "Besuch", placePrep: "in" },
  { kind: "travel", sense: "return", pos: "verb", pattern: "(?:zurückgekehrt|kehrte\\p{L}* (?:\\p{L}+ )?zurück|kehrt (?:\\p{L}+ )?zurück|zurückgekommen)", verb: "kehrt zurück", noun: "Rückkehr", placePrep: "nach" },
  { kind: "travel", sense: "return", pos: "noun", pattern: "Rückkehr", verb: "kehrt zurück", noun: "Rückkehr", placePrep: "nach" },
  // separable verbs with their particle at the clause's end
  { kind: "travel", sense: "departure", pos: "verb", pattern: `(?:${SEP("reiste|reisten|reist", "ab")}|${SEP("brach|brachen|bricht", "auf")}|${SEP("flog|flogen|fliegt|fuhr|fuhren|fährt", "ab")})`, verb: "verlässt", noun: "Abreise", placePrep: "", priority: 1 },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: `(?:${SEP("kam|kamen|kommt", "an")}|${SEP("reiste|reisten|reist", "ein")})`, verb: "trifft ein", noun: "Ankunft", placePrep: "in", priority: 1 },
  { kind: "travel", sense: "return", pos: "verb", pattern: SEP("kehrte|kehrten|kehrt", "zurück"), verb: "kehrt zurück", noun: "Rückkehr", placePrep: "nach", priority: 1 },
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: SEP("kam|kamen|kommt|kommen|traf|trafen|trifft|treffen", "zusammen"), verb: "trifft", noun: "Treffen", placePrep: "in", priority: 2 },
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:${SEP("teilte|teilten|teilt", "mit")}|${SEP("gab|gaben|gibt", "bekannt")}|bekanntgegeben|bekannt gegeben)`, verb: "sagt", noun: "Erklärung", priority: 1 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:${SEP("trat|traten|tritt", "zurück")}|zurücktreten|zurückzutreten)`, verb: "tritt zurück", noun: "Rücktritt", priority: 1 },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: SEP("stürzte|stürzten|stürzt", "ab|ein"), verb: "trifft", noun: "Katastrophe", placePrep: "in", priority: 1 },
  // meeting
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: "(?:traf|trafen|getroffen|trifft|treffen|empfing|empfangen|empfängt|kamen (?:\\p{L}+ )?zusammen|zusammengekommen|tagte|tagten|getagt)", verb: "trifft", noun: "Treffen", placePrep: "in" },
  { kind: "meeting", sense: "summit", pos: "noun", pattern: "(?:Gipfel(?:treffen)?|Gipfels)", verb: "trifft sich zum Gipfel mit", noun: "Gipfel", placePrep: "in" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "(?:Treffen(?:s)?|Gespräche?n?|Verhandlungen?|Konferenz(?:en)?|Tagung(?:en)?|Sitzung(?:en)?|Forum(?:s)?|Kongress(?:es)?|Versammlung(?:en)?)", verb: "trifft", noun: "Treffen", placePrep: "in" },
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:${V("verhandel", "verhandelt|verhandelte")}|${V("besprech", "besprach|besprochen")}|erörterte|erörtert)`, verb: "berät", noun: "Gespräche", placePrep: "in" },
  // statement
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:${V("sag")}|${V("erklär")}|${V("teil", "teilte\\p{L}* mit|teilt mit|mitgeteilt")}|${V("meld")}|${V("berichte", "berichtet|berichtete|berichteten")}|${V("kündig", "kündigte\\p{L}* an|angekündigt")}|${V("bestätig")}|${V("betont")}|${V("warn")}|${V("forder")}|${V("versprech", "versprach|versprochen")}|${V("veröffentlich")}|schrieb|schrieben|geschrieben|${V("behaupt")})`, verb: "sagt", noun: "Erklärung" },
  { kind: "statement", sense: "statement", pos: "noun", pattern: "(?:Erklärung(?:en)?|Mitteilung(?:en)?|Ankündigung(?:en)?|Rede|Ansprache|Bericht(?:e|s)?|Pressekonferenz|Kommuniqué)", verb: "sagt", noun: "Erklärung", placePrep: "in", priority: 1 },
  { kind: "statement", sense: "denial", pos: "verb", pattern: `(?:${V("dementier")}|${V("bestreit", "bestritt|bestritten")}|wies\\p{L}* (?:\\p{L}+ ){0,3}zurück|zurückgewiesen)`, verb: "dementiert", noun: "Dementi", placePrep: "in" },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:Abkommen(?:s)?|Vertrag(?:es|s)?|Verträge|Vereinbarung(?:en)?|Einigung|Pakt(?:es|s)?|Deal(?:s)?|Übereinkommen)", verb: "schließt ein Abkommen", noun: "Abkommen", placePrep: "in" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: `(?:${V("unterzeichn")}|unterschrieb|unterschrieben|unterschreibt|${V("einig", "einigten sich|einigte sich|geeinigt")}|${V("ratifizier")}|vereinbart|vereinbarten|vereinbarte)`, verb: "unterzeichnet", noun: "Unterzeichnung", placePrep: "in" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:(?:Raketen|Atom|Waffen)test(?:s)?|Raketenstart(?:s)?|Test(?:s)?|Manöver(?:s)?|Übung(?:en)?|Militärparade|Parade)", verb: "testet", noun: "Test", placePrep: "in" },
  { kind: "military", sense: "test", pos: "verb", pattern: `(?:${V("feuer")}|abgefeuert|feuerte\\p{L}* ab|${V("test")}|gestartet|startete|starteten|${V("stationier")})`, verb: "feuert ab", noun: "Start", placePrep: "in" },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: `(?:${V("greif", "griff|griffen|angegriffen|griff\\p{L}* an")}|${V("bombardier")}|beschoss|beschossen|${V("tötet")}|getötet|verletzt|${V("marschiert", "einmarschiert|marschierte\\p{L}* ein")})`, verb: "greift an", noun: "Angriff", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:Angriff(?:e|s|en)?|Anschlag(?:s)?|Anschläge|Invasion|Offensive|Bombardierung(?:en)?|Luftangriff(?:e|s)?|Gefechte?|Kämpfe|Krieg(?:es|s)?|Konflikt(?:es|s)?|Krise)", verb: "greift an", noun: "Angriff", placePrep: "in" },
  // election
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:kam an die Macht|an die Macht gekommen|übernahm die Macht|Amt angetreten|trat (?:\\p{L}+ ){0,3}Amt an|vereidigt)", verb: "übernimmt die Macht", noun: "Machtübernahme", priority: 3 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:gewählt|wiedergewählt|ernannt|${V("wähl")}|${V("stimm", "stimmten ab|abgestimmt")}|zurückgetreten|trat (?:\\p{L}+ ){0,2}zurück|tritt (?:\\p{L}+ ){0,2}zurück)`, verb: "wird gewählt", noun: "Wahl" },
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:Wahl(?:en)?|Landtagswahl(?:en)?|Bundestagswahl|Gemeinderatswahl(?:en)?|Abstimmung(?:en)?|Volksabstimmung|Referendum|Stichwahl|Vorwahl(?:en)?)", verb: "wird gewählt", noun: "Wahl" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:Amtseinführung|Vereidigung|Ernennung)", verb: "wird ernannt", noun: "Ernennung" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "Rücktritt(?:s)?", verb: "tritt zurück", noun: "Rücktritt" },
  // economic
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:Wirtschaftsforum|Östliche(?:n)? Wirtschaftsforum)", verb: "findet statt", noun: "Wirtschaftsforum", placePrep: "in", priority: 3 },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:Sanktionen|Exporte?|Importe?|Investition(?:en)?|Entlassungen|Lieferung(?:en)?)", verb: "kündigt an", noun: "Wirtschaft" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: `(?:${V("investier")})`, verb: "investiert", noun: "Wirtschaft" },
  { kind: "economic", sense: "bankruptcy", pos: "verb", pattern: "(?:(?:Insolvenz|Konkurs)\\s+(?:angemeldet|beantragt)|meldete\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:Insolvenz|Konkurs)\\s+an|beantragte\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}(?:Insolvenz|Konkurs)|pleite(?:gegangen)?|ging\\p{L}*\\s+pleite|geht\\s+pleite)", verb: "meldet Insolvenz an", noun: "Insolvenz", priority: 2 },
  { kind: "economic", sense: "bankruptcy", pos: "noun", pattern: "(?:Insolvenz(?:en)?|Insolvenzantrag(?:s)?|Konkurs(?:es)?|Pleite)", verb: "meldet Insolvenz an", noun: "Insolvenz", priority: 1 },
  { kind: "economic", sense: "acquisition", pos: "verb", pattern: "(?:kaufte|kauften|gekauft|kauft|übernahm|übernahmen|übernommen|übernimmt|übernehmen|erwarb|erwarben|erworben|erwirbt|fusionierte|fusionierten|fusioniert)", verb: "übernimmt", noun: "Übernahme" },
  { kind: "economic", sense: "acquisition", pos: "noun", pattern: "(?:Übernahme(?:n)?|Übernahmeangebot(?:s)?|Fusion(?:en)?|Kauf(?:s)?|Erwerb(?:s)?|Zukauf(?:s)?)", verb: "übernimmt", noun: "Übernahme" },
  { kind: "economic", sense: "sale", pos: "verb", pattern: "(?:verkaufte|verkauften|verkauft|verkaufen)", verb: "verkauft", noun: "Verkauf" },
  { kind: "economic", sense: "sale", pos: "noun", pattern: "(?:Verkauf(?:s)?|Verkäufe)", verb: "verkauft", noun: "Verkauf" },
  // Separable "eintreffen": "traf … in Wladiwostok ein" is an arrival, not a meeting (the particle closes the clause).
  { kind: "travel", sense: "arrival", pos: "verb", pattern: "(?:traf|trafen|trifft)(?=(?:\\s+[\\p{L}\\d.-]+){0,6}?\\s+ein(?:[.,;:!?)]|\\s+(?:und|oder|aber)\\s|\\s*$))", verb: "trifft ein", noun: "Ankunft", placePrep: "in", priority: 1 },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:Erdbeben(?:s)?|Überschwemmung(?:en)?|Hochwasser(?:s)?|Brand(?:es)?|Brände|Feuer(?:s)?|Sturm(?:es)?|Unwetter(?:s)?|Taifun(?:s)?|Hurrikan(?:s)?|Explosion(?:en)?|Unfall(?:s)?|Unfälle|Absturz(?:es)?|Lawine(?:n)?|Murenabgang|Katastrophe(?:n)?|Epidemie|Pandemie|Ausbruch(?:es)?)", verb: "trifft", noun: "Katastrophe", placePrep: "in" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: "(?:explodierte|explodiert|eingestürzt|stürzte\\p{L}* ein|abgestürzt|stürzte\\p{L}* ab|überschwemmt|zerstört|zerstörte|verunglückt|verunglückte|brannte|brannten)", verb: "trifft", noun: "Katastrophe", placePrep: "in" },
  // legal
  { kind: "legal", sense: "legal", pos: "verb", pattern: `(?:festgenommen|verhaftet|${V("verhaft")}|nahm\\p{L}* (?:\\p{L}+ ){0,3}fest|verurteilt|verurteilte|angeklagt|klagte\\p{L}* an|freigesprochen|${V("verklag")}|freigelassen|gefasst|ertappt)`, verb: "wird angeklagt", noun: "Prozess", placePrep: "in" },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:Prozess(?:es)?|Urteil(?:s)?|Klage|Anklage|Ermittlungen|Festnahme(?:n)?|Verhaftung(?:en)?|Verhandlung|Anzeige|Diebstahl|Diebstähle|Einbruch|Einbrüche)", verb: "wird verurteilt", noun: "Prozess", placePrep: "in" },
  // other
  { kind: "other", sense: "occurrence", pos: "verb", pattern: "(?:fand\\p{L}* (?:\\p{L}+ ){0,4}statt|findet (?:\\p{L}+ ){0,4}statt|stattgefunden|stattfinden|begann|begannen|begonnen|beginnt|endete|endeten|geendet|endet|eröffnet|eröffnete|starb|gestorben|stirbt|geboren)", verb: "findet statt", noun: "Ereignis", placePrep: "in" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:Zeremonie|Feier(?:n)?|Fest(?:es)?|Festival(?:s)?|Festakt(?:es)?|Beerdigung|Begräbnis(?:ses)?|Ausstellung(?:en)?|Konzert(?:e|s)?|Spiel(?:e|s)?|Meisterschaft(?:en)?|Eröffnung|Jubiläum(?:s)?)", verb: "findet statt", noun: "Ereignis", placePrep: "in" },
];
