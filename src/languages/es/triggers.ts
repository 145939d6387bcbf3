/** Spanish event triggers (inflected forms) by kind. Same conventions as ../fr/triggers.ts. */
import type { TriggerEntry } from "../extract-types";

/** A regular -ar verb stem with its common forms: V("lleg") → llega, llegó, llegaron, ha llegado, llegará… */
const AR = (stem: string) => `${stem}(?:a|an|ó|aron|ado|ada|ará|arán|aría|aban|aba|ar|ando)`;
const ER = (stem: string) => `${stem}(?:e|en|ió|ieron|ido|ida|erá|erán|ía|ían|er|iendo)`;
const IR = (stem: string) => `${stem}(?:e|en|ió|ieron|ido|ida|idos|idas|irá|irán|iría|ir|iendo)`;

export const ES_TRIGGERS: TriggerEntry[] = [
  // travel
  { kind: "travel", sense: "departure", pos: "verb", pattern: `(?:${ER("sal")}|salgo|saldrá|saldrán|${AR("abandon")}|${AR("dej")}|${IR("part")})`, verb: "sale de", noun: "Salida", placePrep: "" },
  { kind: "travel", sense: "departure", pos: "noun", pattern: "(?:salida|partida)", verb: "sale de", noun: "Salida", placePrep: "de" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: `(?:${AR("lleg")}|llegué|${AR("aterriz")}|aterrizó)`, verb: "llega a", noun: "Llegada", placePrep: "a" },
  { kind: "travel", sense: "arrival", pos: "noun", pattern: "llegadas?", verb: "llega a", noun: "Llegada", placePrep: "a" },
  { kind: "travel", sense: "visit", pos: "verb", pattern: `(?:${AR("visit")}|${AR("viaj")}|viajó|${AR("recorr")})`, verb: "visita", noun: "Visita", placePrep: "" },
  { kind: "travel", sense: "visit", pos: "noun", pattern: "(?:visitas?|viajes?|gira)", verb: "visita", noun: "Visita", placePrep: "a" },
  { kind: "travel", sense: "return", pos: "verb", pattern: `(?:${AR("regres")}|vuelve|volvió|volverá|${AR("retorn")})`, verb: "regresa a", noun: "Regreso", placePrep: "a" },
  // meeting
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:se\\s+reun(?:ió|ieron|irá|irán|e|en)|reunido|${AR("encontr")}|${IR("recib")})`, verb: "se reúne con", noun: "Reunión", placePrep: "en" },
  { kind: "meeting", sense: "summit", pos: "noun", pattern: "cumbres?", verb: "celebra una cumbre con", noun: "Cumbre", placePrep: "en" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "(?:reuni(?:ón|ones)|encuentros?|conversaciones|negociaci(?:ón|ones)|conferencias?|foros?|congresos?|asambleas?)", verb: "se reúne con", noun: "Reunión", placePrep: "en" },
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:${AR("negoci")}|${IR("discut")}|discutieron)`, verb: "negocia", noun: "Conversaciones", placePrep: "en" },
  // statement
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:dijo|dijeron|dice|dicen|${AR("declar")}|${AR("afirm")}|${AR("anunci")}|${AR("confirm")}|${AR("inform")}|${AR("asegur")}|${AR("advirt", )}|advirtió|${AR("acus")}|${AR("denunci")}|${AR("señal")}|${AR("explic")}|${AR("public")})`, verb: "dice", noun: "Declaración" },
  { kind: "statement", sense: "statement", pos: "noun", pattern: "(?:declaraci(?:ón|ones)|comunicados?|anuncios?|discursos?|informes?|rueda de prensa|conferencia de prensa)", verb: "dice", noun: "Declaración", placePrep: "en", priority: 1 },
  { kind: "statement", sense: "denial", pos: "verb", pattern: `(?:${AR("neg")}|negó|${AR("desmint")}|desmintió|${AR("rechaz")})`, verb: "niega", noun: "Desmentido", placePrep: "en" },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:acuerdos?|tratados?|pactos?|contratos?|convenios?)", verb: "firma un acuerdo", noun: "Acuerdo", placePrep: "en" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: `(?:${AR("firm")}|${AR("acord")}|${AR("ratific")})`, verb: "firma", noun: "Firma", placePrep: "en" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:pruebas?|ensayos?|lanzamientos?|ejercicios|maniobras|desfiles?)", verb: "prueba", noun: "Prueba", placePrep: "en" },
  { kind: "military", sense: "test", pos: "verb", pattern: `(?:${AR("lanz")}|lanzó|${AR("dispar")}|${AR("despleg")})`, verb: "lanza", noun: "Lanzamiento", placePrep: "en" },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: `(?:${AR("atac")}|atacó|${AR("bombarde")}|${IR("invad")}|${AR("mat")}|mató|${AR("asesin")}|asesinad[oa]s|matad[oa]s|herido|heridos)`, verb: "ataca", noun: "Ataque", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:ataques?|atentados?|invasi(?:ón|ones)|ofensivas?|bombardeos?|combates?|enfrentamientos?|guerras?|conflictos?|crisis)", verb: "ataca", noun: "Ataque", placePrep: "en" },
  // election
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:asumió|asume|asumirá|tomó posesión|llegó al poder)", verb: "asume el poder", noun: "Toma de posesión", priority: 3 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:elegido|elegida|reelegido|reelegida|nombrado|nombrada|${AR("vot")}|${IR("dimit")}|renunci(?:ó|aron|ará|arán|ado))`, verb: "es elegido", noun: "Elección" },
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:elecci(?:ón|ones)|comicios|referéndum|primarias|votaci(?:ón|ones))", verb: "es elegido", noun: "Elección" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:dimisi(?:ón|ones)|renuncias?)", verb: "dimite", noun: "Dimisión" },
  // economic
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:Foro Económico Oriental|foro económico)", verb: "se celebra", noun: "Foro económico", placePrep: "en", priority: 3 },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:sanciones|exportaciones|importaciones|inversi(?:ón|ones)|despidos)", verb: "anuncia", noun: "Economía" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: `(?:${AR("invirt")}|invirtió)`, verb: "invierte", noun: "Economía" },
  { kind: "economic", sense: "bankruptcy", pos: "verb", pattern: "(?:(?:se\\s+)?declar(?:ó|aron|ado|ada|a|an|ará)\\s+en\\s+(?:quiebra|bancarrota)|quebró|quebraron|(?:present(?:ó|aron|a)|solicit(?:ó|aron|a))\\s+(?:el\\s+)?concurso\\s+de\\s+acreedores)", verb: "se declara en quiebra", noun: "Quiebra", priority: 2 },
  { kind: "economic", sense: "bankruptcy", pos: "noun", pattern: "(?:quiebras?|bancarrotas?|concurso de acreedores|suspensi(?:ón|ones) de pagos)", verb: "se declara en quiebra", noun: "Quiebra", priority: 1 },
  { kind: "economic", sense: "acquisition", pos: "verb", pattern: `(?:${AR("compr")}|adquiri(?:ó|eron|do|da|rá|rán|r|ría)|adquiere|adquieren|absorbi(?:ó|eron|do|da|rá)|absorbe|(?:se\\s+)?fusion(?:ó|aron|ado|ará|arán)|${AR("hizo con")})`, verb: "adquiere", noun: "Adquisición" },
  { kind: "economic", sense: "acquisition", pos: "noun", pattern: "(?:adquisici(?:ón|ones)|compras?|fusi(?:ón|ones)|absorci(?:ón|ones)|OPA)", verb: "adquiere", noun: "Adquisición" },
  { kind: "economic", sense: "sale", pos: "verb", pattern: `(?:${ER("vend")}|vendió|vendieron)`, verb: "vende", noun: "Ventas" },
  { kind: "economic", sense: "sale", pos: "noun", pattern: "ventas?", verb: "vende", noun: "Ventas" },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:terremotos?|sismos?|inundaciones|incendios?|huracanes|huracán|tormentas?|explosi(?:ón|ones)|accidentes?|choques?|desastres?|epidemias?|pandemias?|erupci(?:ón|ones))", verb: "golpea", noun: "Catástrofe", placePrep: "en" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: `(?:${AR("explot")}|explotó|se\\s+derrumbó|${AR("inund")}|destruyó|destruido|se\\s+estrelló)`, verb: "golpea", noun: "Catástrofe", placePrep: "en" },
  // legal
  { kind: "legal", sense: "legal", pos: "verb", pattern: `(?:detenido|detenida|detenidos|detuvo|detuvieron|${AR("arrest")}|condenado|condenada|${AR("conden")}|acusado|acusada|imputado|absuelto|liberado|liberada)`, verb: "es acusado", noun: "Juicio", placePrep: "en" },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:juicios?|veredictos?|sentencias?|demandas?|investigaci(?:ón|ones)|detenci(?:ón|ones)|arrestos?)", verb: "es juzgado", noun: "Juicio", placePrep: "en" },
  // other
  { kind: "other", sense: "occurrence", pos: "verb", pattern: "(?:tuvo lugar|tendrá lugar|se celebró|se celebrará|se celebra|comenzó|comenzará|empezó|terminó|terminará|inauguró|murió|falleció|nació)", verb: "tiene lugar", noun: "Evento", placePrep: "en" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:ceremonias?|festivales?|celebraci(?:ón|ones)|funerales?|exposici(?:ón|ones)|conciertos?|partidos?|campeonatos?|inauguraci(?:ón|ones))", verb: "tiene lugar", noun: "Evento", placePrep: "en" },
];
