/** Spanish calendar words for the table-driven parsers (common/parsers/vocabulary). */
import type { Vocabulary } from "../../../temporal/common/vocabulary";
import type { Phrase } from "../../../temporal/common/parsers/vocabulary/PhraseParser";

export const ES_VOCABULARY: Vocabulary = {
  weekdays: { domingo: 0, lunes: 1, martes: 2, miércoles: 3, miercoles: 3, jueves: 4, viernes: 5, sábado: 6, sabado: 6 },
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
    octubre: 10, noviembre: 11, diciembre: 12, "ene.": 1, "feb.": 2, "abr.": 4, "ago.": 8, "sept.": 9, "oct.": 10, "nov.": 11, "dic.": 12,
  },
  numbers: {
    un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
    trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20, veinticinco: 25,
    treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100, mil: 1000,
  },
  units: {
    año: "Y", años: "Y", mes: "M", meses: "M", semana: "W", semanas: "W", día: "D", días: "D", dia: "D", dias: "D", hora: "H", horas: "H",
    minuto: "MIN", minutos: "MIN", segundo: "S", segundos: "S", década: "DE", décadas: "DE", siglo: "CE", siglos: "CE", noche: "D", noches: "D",
  },
  partsOfDay: { mañana: "MO", madrugada: "NI", mediodía: "MI", tarde: "AF", noche: "NI" },
  qualifiersBefore: { próximo: 1, próxima: 1, proximo: 1, pasado: -1, pasada: -1, último: -1, última: -1, este: 0, esta: 0 },
  qualifiersAfter: { pasado: -1, pasada: -1, próximo: 1, próxima: 1, "que viene": 1, anterior: -1, siguiente: 1 },
  mods: { principios: "START", comienzos: "START", inicios: "START", mediados: "MID", finales: "END", fines: "END", "fin": "END" },
  seasons: { primavera: "SP", verano: "SU", otoño: "FA", invierno: "WI" },
};

const ART = "(?:el|la|los|las|este|esta|estos|estas)\\s+";

export const ES_PHRASES: Phrase[] = [
  { pattern: "anteayer|antier", unit: "day", offset: -2 },
  { pattern: "pasado\\s+mañana", unit: "day", offset: 2 },
  { pattern: "ayer\\s+por\\s+la\\s+(?:mañana)", unit: "day", offset: -1, pod: "MO" },
  { pattern: "ayer\\s+por\\s+la\\s+tarde", unit: "day", offset: -1, pod: "AF" },
  { pattern: "ayer\\s+por\\s+la\\s+noche|anoche", unit: "day", offset: -1, pod: "NI" },
  { pattern: "ayer", unit: "day", offset: -1 },
  { pattern: "hoy", unit: "day", offset: 0 },
  { pattern: "esta\\s+mañana", unit: "day", offset: 0, pod: "MO" },
  { pattern: "esta\\s+tarde", unit: "day", offset: 0, pod: "AF" },
  { pattern: "esta\\s+noche", unit: "day", offset: 0, pod: "NI" },
  { pattern: "mañana\\s+por\\s+la\\s+(?:mañana)", unit: "day", offset: 1, pod: "MO" },
  { pattern: "mañana\\s+por\\s+la\\s+tarde", unit: "day", offset: 1, pod: "AF" },
  // "mañana" is also the morning ("por la mañana", "la mañana del lunes"): only alone, without article.
  { pattern: "(?<!(?<![\\p{L}])(?:la|esta|una|cada|toda\\s+la|por\\s+la)\\s)mañana(?!\\s+(?:del?|por|era|fue|siguiente)(?![\\p{L}]))", unit: "day", offset: 1 },
  { pattern: `${ART}semana\\s+(?:pasada|anterior)|la\\s+pasada\\s+semana|la\\s+última\\s+semana`, unit: "week", offset: -1 },
  { pattern: `${ART}semana\\s+(?:próxima|que\\s+viene|siguiente)|la\\s+próxima\\s+semana`, unit: "week", offset: 1 },
  { pattern: "esta\\s+semana", unit: "week", offset: 0 },
  { pattern: "el\\s+(?:pasado\\s+)?fin\\s+de\\s+semana\\s+(?:pasado)|el\\s+pasado\\s+fin\\s+de\\s+semana|el\\s+último\\s+fin\\s+de\\s+semana", unit: "weekend", offset: -1 },
  { pattern: "el\\s+próximo\\s+fin\\s+de\\s+semana|el\\s+fin\\s+de\\s+semana\\s+(?:próximo|que\\s+viene)", unit: "weekend", offset: 1 },
  { pattern: "(?:el|este)\\s+fin\\s+de\\s+semana", unit: "weekend", offset: 0 },
  { pattern: "el\\s+mes\\s+(?:pasado|anterior)|el\\s+pasado\\s+mes", unit: "month", offset: -1 },
  { pattern: "el\\s+(?:próximo\\s+mes|mes\\s+(?:próximo|que\\s+viene|siguiente))", unit: "month", offset: 1 },
  { pattern: "este\\s+mes", unit: "month", offset: 0 },
  { pattern: "(?:el\\s+)?año\\s+(?:pasado|anterior)|el\\s+pasado\\s+año", unit: "year", offset: -1 },
  { pattern: "(?:el\\s+)?(?:próximo\\s+año|año\\s+(?:próximo|que\\s+viene|siguiente))", unit: "year", offset: 1 },
  { pattern: "este\\s+año|(?:del|el)\\s+año\\s+en\\s+curso", unit: "year", offset: 0 },
  { pattern: "(?:a\\s+)?fin(?:ales)?\\s+de\\s+mes", unit: "month", offset: 0, mod: "END" },
  { pattern: "(?:a\\s+)?principios\\s+de\\s+mes", unit: "month", offset: 0, mod: "START" },
  { pattern: "(?:por|en|durante)\\s+la\\s+mañana", unit: "focus-pod", pod: "MO" },
  { pattern: "(?:por|en|durante)\\s+la\\s+tarde", unit: "focus-pod", pod: "AF" },
  { pattern: "(?:por|en|durante)\\s+la\\s+noche", unit: "focus-pod", pod: "NI" },
  { pattern: "la\\s+víspera", unit: "focus-day", offset: -1 },
  { pattern: "(?:al|el)\\s+día\\s+siguiente", unit: "focus-day", offset: 1 },
  { pattern: "ese\\s+mismo\\s+día|el\\s+mismo\\s+día", unit: "focus-day", offset: 0 },
  { pattern: "actualmente|ahora|en\\s+la\\s+actualidad|hoy\\s+en\\s+día|en\\s+este\\s+momento|por\\s+ahora", unit: "ref", value: "PRESENT_REF" },
  { pattern: "recientemente|hace\\s+poco|antiguamente|en\\s+el\\s+pasado|anteriormente", unit: "ref", value: "PAST_REF" },
  { pattern: "próximamente|pronto|en\\s+el\\s+futuro|en\\s+los\\s+próximos\\s+(?:días|meses|años)", unit: "ref", value: "FUTURE_REF" },
];

export const ES_FIXED_HOLIDAYS: Record<string, [number, number]> = {
  navidad: [12, 25], nochebuena: [12, 24], nochevieja: [12, 31], "año nuevo": [1, 1], reyes: [1, 6], "día de reyes": [1, 6], "día de todos los santos": [11, 1],
};
export const ES_EASTER_HOLIDAYS: Record<string, number> = { "domingo de resurrección": 0, pascua: 0, "viernes santo": -2, "jueves santo": -3, "domingo de ramos": -7 };
