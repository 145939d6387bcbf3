/** English tense cues: past (was/had/-ed, said) vs future/conditional (will, would, expected to, plans to). */
import { compile } from "../../common/regex";
import type { TenseCues } from "../../common/tense";

const ED_STOP = "need|needed|speed|feed|indeed|red|bed|seed|proceed|exceed|succeed|breed|united|limited|based|interested|concerned|expected|scheduled|planned|proposed|hundred|ed|fred|ted|ned|med|shed|weed|deed|greed|bred";

export const EN_TENSE: TenseCues = {
  cues: compile(
    `(?<![\\p{L}'])(?:(?<future>will|won't|shall|would|'ll|going\\s+to|as\\s+(?:soon|early)\\s+as|set\\s+to|due\\s+to|planning|payable|effective|expires?|expects?\\s+to|expected|scheduled|planned|plans?\\s+to|intends?\\s+to|is\\s+to|are\\s+to|next|tomorrow|upcoming|could|might|may)` +
      `|(?<past>was|were|had|did|said|told|ago|last|yesterday|earlier|(?!(?:${ED_STOP})(?![\\p{L}]))\\p{L}{2,}ed))(?![\\p{L}])`,
    "giu",
  ),
  fallback: -1,
};
