/** Portuguese calendar words (Brazil and Portugal) for the table-driven parsers (common/parsers/vocabulary). */
import type { Vocabulary } from "../../../temporal/common/vocabulary";
import type { Phrase } from "../../../temporal/common/parsers/vocabulary/PhraseParser";
import { phraseTable } from "../../../temporal/common/parsers/vocabulary/phrase-table";

export const PT_VOCABULARY: Vocabulary = {
  weekdays: {
    domingo: 0, "segunda-feira": 1, segunda: 1, "terça-feira": 2, "terca-feira": 2, terça: 2, "quarta-feira": 3, quarta: 3, "quinta-feira": 4, quinta: 4,
    "sexta-feira": 5, sexta: 5, sábado: 6, sabado: 6,
  },
  months: {
    janeiro: 1, fevereiro: 2, março: 3, marco: 3, abril: 4, maio: 5, junho: 6, julho: 7, agosto: 8, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
    "jan.": 1, "fev.": 2, "abr.": 4, "ago.": 8, "set.": 9, "out.": 10, "nov.": 11, "dez.": 12,
  },
  numbers: {
    um: 1, uma: 1, dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, treze: 13,
    catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70,
    oitenta: 80, noventa: 90, cem: 100, mil: 1000,
  },
  units: {
    ano: "Y", anos: "Y", mês: "M", mes: "M", meses: "M", semana: "W", semanas: "W", dia: "D", dias: "D", hora: "H", horas: "H", minuto: "MIN", minutos: "MIN",
    segundo: "S", segundos: "S", década: "DE", décadas: "DE", século: "CE", séculos: "CE", noite: "D", noites: "D",
  },
  partsOfDay: { manhã: "MO", madrugada: "NI", "meio-dia": "MI", tarde: "AF", noite: "NI" },
  qualifiersBefore: { próximo: 1, próxima: 1, proximo: 1, proxima: 1, último: -1, última: -1, passado: -1, passada: -1, este: 0, esta: 0, nesta: 0, neste: 0, nessa: 0, nesse: 0, desta: 0, deste: 0 },
  qualifiersAfter: { passado: -1, passada: -1, "que vem": 1, seguinte: 1, anterior: -1 },
  mods: { início: "START", inicio: "START", começo: "START", princípio: "START", meados: "MID", final: "END", fim: "END", fins: "END" },
  seasons: { primavera: "SP", verão: "SU", outono: "FA", inverno: "WI" },
};

/** Plural weekdays of habits ("todas as segundas-feiras", "aos domingos"). */
export const PT_PLURAL_WEEKDAYS: Record<string, number> = {
  domingos: 0, "segundas-feiras": 1, segundas: 1, "terças-feiras": 2, terças: 2, "quartas-feiras": 3, quartas: 3, "quintas-feiras": 4, quintas: 4, "sextas-feiras": 5, sextas: 5, sábados: 6,
};

export const PT_PHRASES: Phrase[] = phraseTable({
  days: [
    { offset: -2, word: "anteontem" },
    { offset: 2, word: "depois\\s+de\\s+amanhã" },
    { offset: -1, word: "ontem", pods: { MO: "ontem\\s+(?:de|pela)\\s+manhã", AF: "ontem\\s+(?:à|pela)\\s+tarde", NI: "ontem\\s+(?:à|pela)\\s+noite" } },
    { offset: 0, word: "hoje(?!\\s+em\\s+dia)", pods: { MO: "hoje\\s+(?:de|pela)\\s+manhã|esta\\s+manhã|nesta\\s+manhã", AF: "hoje\\s+(?:à|pela)\\s+tarde|esta\\s+tarde|nesta\\s+tarde", NI: "hoje\\s+(?:à|pela)\\s+noite|esta\\s+noite|nesta\\s+noite" } },
    { offset: 1, word: "(?<!(?<![\\p{L}])(?:a|de|da|pela|na|cada|toda\\s+a|o|do|no|um)\\s)amanhã", pods: { MO: "amanhã\\s+(?:de|pela)\\s+manhã", AF: "amanhã\\s+(?:à|pela)\\s+(?:tarde)" } },
  ],
  week: { past: "(?:n?a\\s+)?semana\\s+(?:passada|anterior)|(?:n?a\\s+)?última\\s+semana", next: "(?:n?a\\s+)?próxima\\s+semana|(?:n?a\\s+)?semana\\s+que\\s+vem", this: "(?:n?esta|nessa)\\s+semana" },
  weekend: { past: "(?:n?o\\s+)?(?:último\\s+)?fim\\s+de\\s+semana\\s+passado|(?:n?o\\s+)?último\\s+fim\\s+de\\s+semana", next: "(?:n?o\\s+)?próximo\\s+fim\\s+de\\s+semana", this: "(?:n?o|neste|este)\\s+fim\\s+de\\s+semana" },
  month: { past: "(?:n?o\\s+)?mês\\s+passado|(?:n?o\\s+)?último\\s+mês", next: "(?:n?o\\s+)?próximo\\s+mês|(?:n?o\\s+)?mês\\s+que\\s+vem", this: "(?:n?este|esse)\\s+mês" },
  year: { past: "(?:n?o\\s+)?ano\\s+passado|(?:n?o\\s+)?último\\s+ano", next: "(?:n?o\\s+)?próximo\\s+ano|(?:n?o\\s+)?ano\\s+que\\s+vem", this: "(?:n?este|esse)\\s+ano" },
  monthEnd: "(?:n?o\\s+)?fim\\s+do\\s+mês|(?:n?o\\s+)?final\\s+do\\s+mês",
  monthStart: "(?:n?o\\s+)?início\\s+do\\s+mês",
  focusPods: { MO: "(?:de|pela|durante\\s+a)\\s+manhã", AF: "(?:à|pela|durante\\s+a)\\s+tarde", NI: "(?:à|pela|durante\\s+a)\\s+noite" },
  focusDays: { before: "(?:n?a\\s+)?véspera", after: "(?:n?o\\s+)?dia\\s+seguinte", same: "(?:n?o\\s+)?mesmo\\s+dia" },
  refs: { present: "atualmente|actualmente|agora|hoje\\s+em\\s+dia|neste\\s+momento|no\\s+momento", past: "recentemente|no\\s+passado|anteriormente|antigamente", future: "(?<=(?<![\\p{L}])(?:o|do|no)\\s)amanhã|em\\s+breve|no\\s+futuro|brevemente|nos\\s+próximos\\s+(?:dias|meses|anos)" },
});

export const PT_FIXED_HOLIDAYS: Record<string, [number, number]> = {
  natal: [12, 25], "véspera de natal": [12, 24], "ano novo": [1, 1], "dia de reis": [1, 6], "dia do trabalho": [5, 1], finados: [11, 2],
};
export const PT_EASTER_HOLIDAYS: Record<string, number> = { páscoa: 0, "sexta-feira santa": -2, carnaval: -47, "quarta-feira de cinzas": -46, "corpus christi": 60 };
