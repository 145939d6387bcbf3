/** Portuguese locale data: triggers, status cues, page furniture, clause breaks, entity cues, stop words. */
import type { LocaleData } from "../extract-types";
import { PT_TRIGGERS } from "./triggers";

const MONTHS = "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro";

export const PT: LocaleData = {
  language: "pt",
  triggers: PT_TRIGGERS,
  status: {
    denied: /(?<![\p{L}])(?:neg(?:ou|aram|a|am)|desment\p{L}*|rejeit\p{L}*|não\s+\p{L}+|nunca|jamais)(?![\p{L}])/iu,
    planned: /(?<![\p{L}])(?:\p{L}+(?:ará|erá|irá|arão|erão|irão|aria|eria|iria)|vai|vão|previst\p{L}*|prevê|planeja\p{L}*|pretende\p{L}*|próxim\p{L}*|em breve|deve|devem|deverá|poderá)(?![\p{L}])/iu,
    reported: /(?<![\p{L}])(?:segundo|de acordo com|conforme|teria|teriam|supostamente|citando)(?![\p{L}])/iu,
  },
  furniture: [
    /^\s*(?:atualizado|actualizado|publicado|modificado|atualização)\b/iu,
    new RegExp(`^\\s*(?:\\p{L}+(?:-feira)?,?\\s+)?\\d{1,2}\\s+de\\s+(?:${MONTHS})\\s+de\\s+\\d{4}(?:\\s*[-–,|]\\s*\\d{1,2}[:h]\\d{2})?\\s*$`, "iu"),
    /^\s*(?:[Pp]or|POR)\s*:?\s+\p{Lu}[\p{L}\s.-]{0,60}$/u,
    /^\s*(?:publicidade|leia também|leia mais|veja também|siga-nos|compartilhe|partilhe|comentários?|assine|newsletter|vídeo|foto|fonte:)/iu,
    /\b(?:seu comentário|seu nome|seu e-mail|cookies?)\b/iu,
  ],
  stampCue: /(?:atualizado|actualizado|publicado|modificado)\s*(?:em|:)?\s*$/iu,
  clauseBreak: /[;:()«»"“”]|,\s*(?:onde|que|quem|quando|mas|enquanto|após|antes|segundo|para)(?![\p{L}])|\s(?:mas|enquanto|embora|depois que|antes que)\s|\s(?:e|mas|ou)\s+(?=que\s|ele\s|ela\s|eles\s)/iu,
  durationLike: /^(?:em|durante|há|por)?\s*(?:(?:mais|menos) de\s+)?(?:\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|doze|quinze|vinte|trinta|cem|vários|várias|alguns|algumas)\s+(?:anos|meses|semanas|dias|horas|minutos|séculos|décadas)$/iu,
  sinceCue: /(?:desde|até)\s*(?:o|a|os|as)?\s*$/iu,
  startCue: /desde/iu,
  endVerb: /(?<![\p{L}])(?:termin\p{L}*|conclu\p{L}*|encerr\p{L}*|finaliz\p{L}*)(?![\p{L}])/iu,
  startVerb: /(?<![\p{L}])(?:começ\p{L}*|inici\p{L}*)(?![\p{L}])/iu,
  yearNamingCue: /(?<![\p{L}])(?!(?:em|de|do|da|desde|até|para|antes|depois|fim|final|início|meados|e|ou|o|a|os|as|um|uma|seu|sua|este|esta|entre|verão|inverno|outono|primavera|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)\s)\p{Ll}{3,}\s+$/u,
  notEventDateCue: /(?<![\p{L}])(?:em comparação com|comparad[oa]s? com|frente a|e não(?: em| no| na)?|em vez de)\s*(?:o|a|os|as)?\s*$/iu,
  orderCue: /(?<![\p{L}])(?:antes d[eoa]|depois d[eoa]|após|até)\s*$/iu,
  limitNounAfter: /^\s*(?:como\s+)?(?:prazo|data-limite|data\s+limite)(?![\p{L}])/iu,
  rolePrefix: /(?:presidente|primeiro-ministro|primeira-ministra|ministr[oa](?: d[aoe] [\p{L}\s]{0,30})?|chanceler|líder|dirigente|rei|rainha|papa|general|porta-voz|secretário-geral|prefeit[oa]|senhor|senhora|sr\.|sra\.|jornal|agência(?: de notícias)?)\s*,?\s*$/u,
  placePrefix: /(?:cidade|capital|região|província|república|vila|porto|ilha|país|território|estação|estado)(?: [\p{Ll}-]+)?\s+d[eo]\s*$/u,
  genericVerb: [
    "(?:tem|têm|tinha|tinham|havia|haviam|foi|foram|será|serão)\\s+(?:sido\\s+)?\\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)",
    "\\p{L}{3,}-se|se\\s+\\p{L}{3,}",
    "\\p{L}{2,}(?:ará|erá|irá|arão|erão|irão|aria|eria|iria)",
    "(?:vai|vão|deve|devem|pode|podem|poderia|quer|querem)\\s+\\p{L}{2,}(?:ar|er|ir)",
    "\\p{L}{3,}(?:ou|aram|eu|eram|iu|iram)",
  ].join("|"),
  notTriggers: /(?<![\p{L}])(?:a partir d[eoa]|em comparação com|de acordo com|em curso)(?![\p{L}])/giu,
  auxiliaries: /^(?:(?:tem|têm|tinha|tinham|havia|haviam|foi|foram|será|serão|sido|vai|vão|deve|devem|pode|podem|poderia|quer|querem|não|já|também)\s+)+/iu,
  stopwords: new Set(
    "o a os as um uma uns umas de do da dos das em no na nos nas por pelo pela para com sem sobre entre até desde e ou mas que quem qual onde como quando este esta estes estas esse essa seu sua seus suas se lhe lhes é são foi foram ser estar está estão tem têm muito mais menos já também não".split(" "),
  ),
};
