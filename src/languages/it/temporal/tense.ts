/**
 * Italian tense cues: passato prossimo ("ha lasciato", "è arrivato", "sono partiti"), passato remoto
 * ("lasciò", "arrivarono"), imperfetto ("viaggiava") and "da" + time look back; futuro ("arriverà"),
 * condizionale ("dovrebbe"), "previsto", "prossimo" look forward; the present of essere has no direction.
 */
import { tenseCueRegex, type TenseCues } from "../../../temporal/common/tense";
import { EN_ABBREVIATIONS } from "../../en/temporal/tense";
import { FR_ABBREVIATIONS } from "../../fr/temporal/tense";

const PERFECT = "(?:ho|hai|ha|abbiamo|avete|hanno|aveva|avevano|è|sono|era|erano|fu|furono)\\s+(?:stat[oaie]\\s+)?(?:\\p{L}+\\s+)?(?!previst)\\p{L}+(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite|tto|tta|tti|sto|sta|so|sa|si)";
const REMOTE = "\\p{L}{2,}(?:ò|arono|irono|erono|ette|ettero)|fu|furono|disse|dissero|fece|fecero|venne|vennero|ebbe|ebbero|morì|nacque|scrisse|prese|mise|vide";
const IMPERFECT = "\\p{L}{2,}(?:ava|avano|eva|evano|iva|ivano)";
const FUTURE = "\\p{L}{2,}(?:erà|irà|eranno|iranno|erebbe|irebbe|erebbero|irebbero|rà|ranno|rebbe|rebbero)|sarà|saranno|avrà|avranno|farà|faranno|dovrebbe|dovrebbero|potrebbe|potrebbero";
const REPORT = "dice|dicono|afferma|affermano|riferisce|riferiscono|spiega|spiegano|sottolinea|secondo";

export const IT_TENSE: TenseCues = {
  // The English and French abbreviations the common code held before the packs had their own.
  abbreviations: `${EN_ABBREVIATIONS}|${FR_ABBREVIATIONS}`,
  cues: tenseCueRegex({
    future: `${FUTURE}|previst[oaie]|prossim[oaie]|domani|dovrà|dovranno|intende|intendono`,
    past: `${PERFECT}|${REMOTE}|${IMPERFECT}|ieri|scors[oaie]|passat[oaie]`,
    report: REPORT,
    present: `è|sono`,
    notAfter: "'’",
  }),
  fallback: 0,
  clauseBreak: /[,;:(«»"“”]|(?:^|\s)(?:e|ma|che|chi|quando|mentre|perché|dove|anche\s+se)(?=\s|$)/i,
};
