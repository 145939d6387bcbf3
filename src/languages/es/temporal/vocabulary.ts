/** Spanish calendar words for the table-driven parsers (common/parsers/vocabulary). */
import type { Vocabulary } from "../../../temporal/common/vocabulary";
import type { Phrase } from "../../../temporal/common/parsers/vocabulary/PhraseParser";
import { phraseTable } from "../../../temporal/common/parsers/vocabulary/phrase-table";

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

export const ES_PHRASES: Phrase[] = phraseTable({
  days: [
    { offset: -2, word: "anteayer|antier" },
    { offset: 2, word: "pasado\\s+mañana" },
    { offset: -1, word: "ayer", pods: { MO: "ayer\\s+por\\s+la\\s+(?:mañana)", AF: "ayer\\s+por\\s+la\\s+tarde", NI: "ayer\\s+por\\s+la\\s+noche|anoche" } },
    { offset: 0, word: "hoy", pods: { MO: "esta\\s+mañana", AF: "esta\\s+tarde", NI: "esta\\s+noche" } },
    // "mañana" is also the morning ("por la mañana", "la mañana del lunes"): only alone, without article.
    { offset: 1, word: "(?<!(?<![\\p{L}])(?:la|esta|una|cada|toda\\s+la|por\\s+la)\\s)mañana(?!\\s+(?:del?|por|era|fue|siguiente)(?![\\p{L}]))", pods: { MO: "mañana\\s+por\\s+la\\s+(?:mañana)", AF: "mañana\\s+por\\s+la\\s+tarde" } },
  ],
  week: { past: `${ART}semana\\s+(?:pasada|anterior)|la\\s+pasada\\s+semana|la\\s+última\\s+semana`, next: `${ART}semana\\s+(?:próxima|que\\s+viene|siguiente)|la\\s+próxima\\s+semana`, this: "esta\\s+semana" },
  weekend: { past: "el\\s+(?:pasado\\s+)?fin\\s+de\\s+semana\\s+(?:pasado)|el\\s+pasado\\s+fin\\s+de\\s+semana|el\\s+último\\s+fin\\s+de\\s+semana", next: "el\\s+próximo\\s+fin\\s+de\\s+semana|el\\s+fin\\s+de\\s+semana\\s+(?:próximo|que\\s+viene)", this: "(?:el|este)\\s+fin\\s+de\\s+semana" },
  month: { past: "el\\s+mes\\s+(?:pasado|anterior)|el\\s+pasado\\s+mes", next: "el\\s+(?:próximo\\s+mes|mes\\s+(?:próximo|que\\s+viene|siguiente))", this: "este\\s+mes" },
  year: { past: "(?:el\\s+)?año\\s+(?:pasado|anterior)|el\\s+pasado\\s+año", next: "(?:el\\s+)?(?:próximo\\s+año|año\\s+(?:próximo|que\\s+viene|siguiente))", this: "este\\s+año|(?:del|el)\\s+año\\s+en\\s+curso" },
  monthEnd: "(?:a\\s+)?fin(?:ales)?\\s+de\\s+mes",
  monthStart: "(?:a\\s+)?principios\\s+de\\s+mes",
  focusPods: { MO: "(?:por|en|durante)\\s+la\\s+mañana", AF: "(?:por|en|durante)\\s+la\\s+tarde", NI: "(?:por|en|durante)\\s+la\\s+noche" },
  focusDays: { before: "la\\s+víspera", after: "(?:al|el)\\s+día\\s+siguiente", same: "ese\\s+mismo\\s+día|el\\s+mismo\\s+día" },
  refs: { present: "actualmente|ahora|en\\s+la\\s+actualidad|hoy\\s+en\\s+día|en\\s+este\\s+momento|por\\s+ahora", past: "recientemente|hace\\s+poco|antiguamente|en\\s+el\\s+pasado|anteriormente", future: "próximamente|pronto|en\\s+el\\s+futuro|en\\s+los\\s+próximos\\s+(?:días|meses|años)" },
});

export const ES_FIXED_HOLIDAYS: Record<string, [number, number]> = {
  navidad: [12, 25], nochebuena: [12, 24], nochevieja: [12, 31], "año nuevo": [1, 1], reyes: [1, 6], "día de reyes": [1, 6], "día de todos los santos": [11, 1],
};
export const ES_EASTER_HOLIDAYS: Record<string, number> = { "domingo de resurrección": 0, pascua: 0, "viernes santo": -2, "jueves santo": -3, "domingo de ramos": -7 };
