/** Portuguese locale data: triggers, status cues, page furniture, clause breaks, entity cues, stop words. */
import { altWords } from "../../temporal/common/vocabulary";
import type { LocaleData } from "../extract-types";
import { bylineLine } from "../furniture-lines";
import { PT_TRIGGERS } from "./triggers";
import { PT_DATES } from "./dates";
import { PT_VOCABULARY as V } from "./temporal/vocabulary";

/** Month names of a site's date header ("16 de agosto de 2023"): the tagger's, abbreviations left out. */
const MONTHS = altWords(V.months);

export const PT: LocaleData = {
  language: "pt",
  triggers: PT_TRIGGERS,
  dates: PT_DATES,
  status: {
    denied: /(?<![\p{L}])(?:neg(?:ou|aram|a|am)|desment\p{L}*|rejeit\p{L}*|não\s+\p{L}+|nunca|jamais)(?![\p{L}])/iu,
    planned: /(?<![\p{L}])(?:\p{L}+(?:ará|erá|irá|arão|erão|irão|aria|eria|iria)|vai|vão|previst\p{L}*|prevê|planeja\p{L}*|pretende\p{L}*|próxim\p{L}*|em breve|deve|devem|deverá|poderá)(?![\p{L}])/iu,
    reported: /(?<![\p{L}])(?:segundo|de acordo com|conforme|teria|teriam|supostamente|citando)(?![\p{L}])/iu,
  },
  furniture: [
    /^\s*(?:atualizado|actualizado|publicado|modificado|atualização)\b/iu,
    new RegExp(`^\\s*(?:\\p{L}+(?:-feira)?,?\\s+)?\\d{1,2}\\s+de\\s+(?:${MONTHS})\\s+de\\s+\\d{4}(?:\\s*[-–,|]\\s*\\d{1,2}[:h]\\d{2})?\\s*$`, "iu"),
    bylineLine("[Pp]or|POR"),
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
  headline: {
    departureFor: { cue: /(?:com destino a|rumo a|em direção a|para)\s*(?:o |a |os |as )?$/iu, verb: "parte para" },
    complementOpener: /^(\s+(?:da|do|das|dos|de|com)\s*)/iu,
    phraseStop: new Set("em no na a ao com que quem e por para sobre após desde depois antes entre não tem é são se sem contra mas ou onde".split(" ")),
  },
  attributionCue: /(?<![\p{L}])(?:segundo|de acordo com|conforme|citando|citado por)\s+(?:o\s+|a\s+|os\s+|as\s+)?(?:agência\s+(?:de notícias\s+)?(?:\p{Ll}+\s+)?|jornal\s+|diário\s+)?/giu,
  locativeRelative: /^[\s,]*onde(?![\p{L}])/iu,
  entities: {
    connectors: new Set(["de", "da", "do", "das", "dos", "&"]),
    roleWords: new Set("presidente presidenta primeiro primeira ministro ministra chanceler rei rainha papa general coronel capitao almirante marechal principe princesa xeque emir imperador senador senadora deputado deputada prefeito prefeita governador governadora juiz juiza senhor senhora sr sra dr dom dona sao santa diretor diretora secretario secretaria porta-voz lider chefe vice".split(" ")),
    orgWords: new Set("grupo agencia ministerio banco partido conselho comissao comite universidade federacao companhia sociedade assembleia senado camara congresso governo exercito tribunal corte associacao instituto fundacao gabinete autoridade sindicato uniao liga policia parlamento jornal radio televisao airlines motors group bank".split(" ")),
    legalSuffixes: new Set(["sa", "ltda", "inc", "corp", "ltd", "ag", "gmbh", "nv", "plc", "llc"]),
    placeWords: new Set("rua avenida praca ponte estacao aeroporto ilha monte lago rio vale baia golfo mar oceano porto palacio bairro parque cosmodromo".split(" ")),
    orgPrefix: /(?<![\p{L}])(?:o|do|ao|os|dos)\s+(?:grupo|fabricante|gigante|partido|jornal|diário|sindicato|consórcio)\s*$|(?<![\p{L}])(?:a|da|à)\s+(?:agência(?: de notícias)?(?: [\p{Ll}-]+)?|empresa|companhia|sociedade|firma|rede|companhia aérea)\s*$/iu,
    personAnaphor: {
      one: /(?<![\p{L}])(?:ele|ela|o líder|a líder|o presidente|a presidente|o dirigente|o mandatário|o ministro|a ministra)(?![\p{L}])/iu,
      two: /(?<![\p{L}])(?:os dois (?:homens|líderes|presidentes|dirigentes)|ambos os líderes)(?![\p{L}])/iu,
    },
    portfolioCue: /(?<![\p{L}])(?:da|do|das|dos|de)\s*$/u,
    orgAnaphor: /(?<![\p{L}])(?:o grupo|o fabricante|a empresa|a companhia|a sociedade|a firma|o banco|a agência)(?![\p{L}])/iu,
  },
};
