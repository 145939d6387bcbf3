/**
 * Portuguese tense cues: pretérito perfeito ("deixou", "chegaram", "partiu", "disse", "foi"),
 * imperfeito ("viajava"), "tem/havia + particípio" and "desde" look back; futuro ("chegará"), futuro do
 * pretérito ("deveria"), "vai" + infinitive, "previsto", "próximo" look forward; "é/são" have no direction.
 */
import { tenseCueRegex, type TenseCues } from "../../../temporal/common/tense";
import { EN_ABBREVIATIONS } from "../../en/temporal/tense";
import { FR_ABBREVIATIONS } from "../../fr/temporal/tense";

const PERFECT = "(?:tem|têm|tinha|tinham|havia|haviam|foi|foram)\\s+(?:\\p{L}+\\s+)?(?!previst)\\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas)";
const PRETERITE = "\\p{L}{2,}(?:ou|aram|eu|eram|iu|iram)|houve|houveram|deu|deram|viu|viram|disse|disseram|foi|foram|fez|fizeram|teve|tiveram|esteve|estiveram|veio|vieram|pôs|quis|soube|morreu";
const IMPERFECT = "\\p{L}{2,}(?:ava|avam|ia|iam)|era|eram|estava|estavam";
const FUTURE = "\\p{L}{2,}(?:ará|erá|irá|arão|erão|irão|aria|eria|iria|ariam|eriam|iriam)|será|serão|terá|terão|fará|farão|deve|devem|deverá|deverão|poderá|poderão";
const GOING_TO = "(?:vai|vão|vamos|ia|iam)\\s+(?:se\\s+|s[ea]\\s+)?\\p{L}+(?:ar|er|ir)";
const REPORT = "diz|dizem|afirma|afirmam|informa|informam|segundo|explica|explicam|destaca|destacam";

export const PT_TENSE: TenseCues = {
  // The English and French abbreviations the common code held before the packs had their own.
  abbreviations: `${EN_ABBREVIATIONS}|${FR_ABBREVIATIONS}`,
  cues: tenseCueRegex({
    future: `${FUTURE}|${GOING_TO}|previst[oa]s?|próxim[oa]s?|amanhã|planeja|planejam|pretende|pretendem`,
    past: `${PERFECT}|${PRETERITE}|${IMPERFECT}|ontem|passad[oa]s?|desde`,
    report: REPORT,
    present: `é|são|está|estão`,
  }),
  fallback: 0,
  clauseBreak: /[,;:(«»"“”]|(?:^|\s)(?:e|mas|que|quem|quando|enquanto|porque|onde|embora)(?=\s|$)/i,
};
