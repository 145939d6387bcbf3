/**
 * Spanish tense cues: pretérito indefinido ("llegó", "salieron", "dijo"), pretérito perfecto ("ha
 * llegado", "han firmado"), imperfecto ("estaba", "viajaba"), pluscuamperfecto and "desde" look back;
 * futuro ("llegará"), condicional, "ir a" + infinitive, "prevé", "previsto", "próximo" look forward;
 * the present of ser/estar has no direction.
 */
import { tenseCueRegex, type TenseCues } from "../../../temporal/common/tense";
import { EN_ABBREVIATIONS } from "../../en/temporal/tense";
import { FR_ABBREVIATIONS } from "../../fr/temporal/tense";

const PERFECT = "(?:he|has|ha|hemos|han|había|habían|hubo)\\s+(?:\\p{L}+\\s+)?\\p{L}+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|cho|sto)";
const PRETERITE = "\\p{L}{2,}(?:ó|aron|ieron|yeron|ió)|hubo|hubieron|dio|dieron|vio|vieron|dijo|dijeron|fue|fueron|hizo|hicieron|estuvo|estuvieron|tuvo|tuvieron|vino|vinieron|puso|pusieron|quiso|supo|murió";
const IMPERFECT = "\\p{L}{2,}(?:aba|aban|ían)|estaba|estaban|era|eran|había|habían";
const FUTURE = "\\p{L}{2,}(?:ará|erá|irá|arán|erán|irán|aría|ería|iría|arían|erían|irían)|será|serán|habrá|habrán|hará|harán|tendrá|tendrán|podrá|podrán|vendrá|vendrán|saldrá|saldrán|dirá";
const GOING_TO = "(?:va|van|vamos|iba|iban)\\s+a\\s+\\p{L}+(?:ar|er|ir)";
const REPORT = "dice|dicen|afirma|afirman|informa|informan|señala|señalan|indica|indican|asegura|aseguran|explica|explican|según";

export const ES_TENSE: TenseCues = {
  // The English and French abbreviations the common code held before the packs had their own.
  abbreviations: `${EN_ABBREVIATIONS}|${FR_ABBREVIATIONS}`,
  cues: tenseCueRegex({
    future: `${FUTURE}|${GOING_TO}|previsto|prevista|previstos|previstas|prevé|prevén|próximo|próxima|mañana|planea|planean`,
    past: `${PERFECT}|${PRETERITE}|${IMPERFECT}|ayer|anoche|pasado|pasada|desde`,
    report: REPORT,
    present: `es|son|está|están`,
  }),
  fallback: 0,
  clauseBreak: /[,;:(«»"“”]|(?:^|\s)(?:y|pero|que|quien|cuando|mientras|porque|donde|aunque)(?=\s|$)/i,
};
