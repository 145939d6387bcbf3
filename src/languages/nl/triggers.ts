/** Dutch event triggers (inflected forms; separable verbs by their participle or past) by kind. Same conventions as ../fr/triggers.ts. */
import type { TriggerEntry } from "../extract-types";

export const NL_TRIGGERS: TriggerEntry[] = [
  // travel
  { kind: "travel", sense: "departure", pos: "verb", pattern: "(?:vertrok|vertrokken|vertrekt|vertrekken|vertrekt|verliet|verlieten|verlaat|verlaten)", verb: "vertrekt uit", noun: "Vertrek", placePrep: "" },
  { kind: "travel", sense: "departure", pos: "noun", pattern: "vertrek", verb: "vertrekt uit", noun: "Vertrek", placePrep: "uit" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: "(?:aangekomen|arriveerde|arriveerden|gearriveerd|arriveert|kwam\\p{L}* (?:\\p{L}+ ){0,3}aan|komt (?:\\p{L}+ ){0,3}aan|landde|geland|bereikte|bereikt)", verb: "komt aan in", noun: "Aankomst", placePrep: "in" },
  { kind: "travel", sense: "arrival", pos: "noun", pattern: "(?:aankomst|landing)", verb: "komt aan in", noun: "Aankomst", placePrep: "in" },
  { kind: "travel", sense: "visit", pos: "verb", pattern: "(?:bezocht|bezochten|bezoekt|bezoeken|reisde|reisden|gereisd|reist|vloog naar|vliegt naar)", verb: "bezoekt", noun: "Bezoek", placePrep: "" },
  { kind: "travel", sense: "visit", pos: "noun", pattern: "(?:bezoek|staatsbezoek|reis|reizen|rondreis)", verb: "bezoekt", noun: "Bezoek", placePrep: "aan" },
  { kind: "travel", sense: "return", pos: "verb", pattern: "(?:teruggekeerd|keerde\\p{L}* (?:\\p{L}+ ){0,3}terug|keert (?:\\p{L}+ ){0,3}terug|teruggekomen)", verb: "keert terug naar", noun: "Terugkeer", placePrep: "naar" },
  // meeting
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: "(?:ontmoette|ontmoetten|ontmoet|ontmoeten|sprak\\p{L}* met|ontving|ontvangen|kwamen (?:\\p{L}+ ){0,3}bijeen|vergaderde|vergaderden)", verb: "ontmoet", noun: "Ontmoeting", placePrep: "in" },
  { kind: "meeting", sense: "summit", pos: "noun", pattern: "(?:top|topontmoeting|topoverleg)", verb: "houdt een top met", noun: "Top", placePrep: "in" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "(?:ontmoeting(?:en)?|gesprek(?:ken)?|overleg|onderhandelingen|conferentie(?:s)?|forum|congres|vergadering(?:en)?|bijeenkomst(?:en)?)", verb: "ontmoet", noun: "Ontmoeting", placePrep: "in" },
  // statement
  { kind: "statement", sense: "statement", pos: "verb", pattern: "(?:zei|zeiden|zegt|zeggen|gezegd|(?:maakte|maakten|maakt)\\p{L}* (?:\\p{L}+ ){0,3}bekend|bekendgemaakt|verklaarde|verklaard|verklaart|meldde|meldden|meldt|gemeld|kondigde\\p{L}* (?:\\p{L}+ ){0,3}aan|aangekondigd|bevestigde|bevestigd|waarschuwde|gewaarschuwd|beschuldigde|liet weten|schreef|publiceerde)", verb: "zegt", noun: "Verklaring" },
  { kind: "statement", sense: "statement", pos: "noun", pattern: "(?:verklaring(?:en)?|aankondiging|toespraak|rapport|persconferentie|communiqué)", verb: "zegt", noun: "Verklaring", placePrep: "in", priority: 1 },
  { kind: "statement", sense: "denial", pos: "verb", pattern: "(?:ontkende|ontkend|ontkent|weerlegde|wees\\p{L}* (?:\\p{L}+ ){0,3}af|afgewezen)", verb: "ontkent", noun: "Ontkenning", placePrep: "in" },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:akkoord(?:en)?|overeenkomst(?:en)?|verdrag(?:en)?|pact|deal|contract(?:en)?)", verb: "sluit een akkoord", noun: "Akkoord", placePrep: "in" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: "(?:tekende|tekenden|getekend|ondertekende|ondertekenden|ondertekend|ondertekent|ondertekenen|tekent|tekenen|bereikten? (?:\\p{L}+ ){0,3}akkoord|ratificeerde|geratificeerd)", verb: "ondertekent", noun: "Ondertekening", placePrep: "in" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:(?:raket|kernwapen)test(?:en)?|test(?:en)?|lancering(?:en)?|oefening(?:en)?|manoeuvres|parade)", verb: "test", noun: "Test", placePrep: "in" },
  { kind: "military", sense: "test", pos: "verb", pattern: "(?:lanceerde|gelanceerd|lanceert|vuurde\\p{L}* (?:\\p{L}+ ){0,3}af|afgevuurd|testte|getest)", verb: "lanceert", noun: "Lancering", placePrep: "in" },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: "(?:viel\\p{L}* (?:\\p{L}+ ){0,3}aan|aangevallen|bombardeerde|gebombardeerd|beschoot|beschoten|doodde|gedood|gewond|binnengevallen)", verb: "valt aan", noun: "Aanval", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:aanval(?:len)?|aanslag(?:en)?|invasie|offensief|bombardement(?:en)?|luchtaanval(?:len)?|gevechten|oorlog|conflict|crisis)", verb: "valt aan", noun: "Aanval", placePrep: "in" },
  // election
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:beëdigd|ingezworen|aan de macht gekomen|kwam aan de macht|trad aan)", verb: "neemt de macht over", noun: "Machtsovername", priority: 3 },
  { kind: "election", sense: "vote", pos: "verb", pattern: "(?:gekozen|herkozen|benoemd|stemde|stemden|gestemd|(?:trad|traden|treedt|treden)\\p{L}* (?:\\p{L}+ ){0,2}af|afgetreden|zal aftreden|zullen aftreden)", verb: "wordt gekozen", noun: "Verkiezing" },
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:verkiezing(?:en)?|referendum|stemming)", verb: "wordt gekozen", noun: "Verkiezing" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:aftreden|ontslag)", verb: "treedt af", noun: "Aftreden" },
  // economic
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:Oostelijk Economisch Forum|economisch forum)", verb: "vindt plaats", noun: "Economisch forum", placePrep: "in", priority: 3 },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:sancties|export|import|investering(?:en)?|ontslagen|levering(?:en)?)", verb: "kondigt aan", noun: "Economie" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: "(?:investeerde|investeerden|geïnvesteerd|investeert)", verb: "investeert", noun: "Economie" },
  { kind: "economic", sense: "bankruptcy", pos: "verb", pattern: "(?:(?:is|zijn|werd|werden)\\s+failliet\\s+verklaard|failliet verklaard|(?:ging|gingen|gaat|gaan|is|zijn) failliet|(?:vroeg|vroegen|vraagt)\\s+(?:\\p{L}+\\s+){0,2}faillissement\\s+aan|faillissement aangevraagd|surseance van betaling)", verb: "gaat failliet", noun: "Faillissement", priority: 2 },
  { kind: "economic", sense: "bankruptcy", pos: "noun", pattern: "(?:faillissement(?:en)?|bankroet)", verb: "gaat failliet", noun: "Faillissement", priority: 1 },
  { kind: "economic", sense: "acquisition", pos: "verb", pattern: "(?:kocht|kochten|gekocht|koopt|kopen|nam\\p{L}* (?:\\p{L}+ ){0,3}over|neemt (?:\\p{L}+ ){0,3}over|overgenomen|fuseerde|fuseerden|gefuseerd|fuseert)", verb: "neemt over", noun: "Overname" },
  { kind: "economic", sense: "acquisition", pos: "noun", pattern: "(?:overname(?:s)?|fusie(?:s)?|aankoop|aankopen|overnamebod)", verb: "neemt over", noun: "Overname" },
  { kind: "economic", sense: "sale", pos: "verb", pattern: "(?:verkocht|verkochten|verkoopt|verkopen)", verb: "verkoopt", noun: "Verkoop" },
  { kind: "economic", sense: "sale", pos: "noun", pattern: "verkoop", verb: "verkoopt", noun: "Verkoop" },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:aardbeving(?:en)?|overstroming(?:en)?|brand(?:en)?|storm(?:en)?|orkaan|tyfoon|explosie(?:s)?|ongeluk(?:ken)?|ongeval(?:len)?|crash|ramp(?:en)?|epidemie|pandemie|uitbarsting)", verb: "treft", noun: "Ramp", placePrep: "in" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: "(?:ontplofte|ontploft|stortte\\p{L}* (?:\\p{L}+ ){0,3}in|ingestort|neergestort|overstroomd|verwoest|verwoestte)", verb: "treft", noun: "Ramp", placePrep: "in" },
  // legal
  { kind: "legal", sense: "legal", pos: "verb", pattern: "(?:gearresteerd|arresteerde|aangehouden|hield\\p{L}* (?:\\p{L}+ ){0,3}aan|veroordeeld|veroordeelde|aangeklaagd|vrijgesproken|vrijgelaten|opgepakt)", verb: "wordt aangeklaagd", noun: "Proces", placePrep: "in" },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:proces(?:sen)?|vonnis|uitspraak|rechtszaak|aanklacht|onderzoek|arrestatie(?:s)?|aanhouding(?:en)?)", verb: "wordt veroordeeld", noun: "Proces", placePrep: "in" },
  // other
  { kind: "other", sense: "occurrence", pos: "verb", pattern: "(?:vond\\p{L}* (?:\\p{L}+ ){0,4}plaats|vindt (?:\\p{L}+ ){0,4}plaats|plaatsgevonden|begon|begonnen|begint|eindigde|geëindigd|eindigt|geopend|opende|overleed|overleden|stierf|geboren)", verb: "vindt plaats", noun: "Gebeurtenis", placePrep: "in" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:ceremonie|viering|feest|festival|herdenking|begrafenis|uitvaart|tentoonstelling|expositie|concert|wedstrijd|kampioenschap|opening)", verb: "vindt plaats", noun: "Gebeurtenis", placePrep: "in" },
];
