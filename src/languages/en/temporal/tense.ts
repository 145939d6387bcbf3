/**
 * English tense cues: past (was/had/-ed, said) vs future/conditional (will, would, expected to, plans to).
 * A participle after "be"/"being" is a passive whose tense is its auxiliary's ("will be held", "would be
 * paid"), and one after a determiner an adjective ("the planned merger", "a still unspecified date"): no
 * cue of their own. A plan in the past perfect ("had been scheduled to expire Friday") was overtaken: past.
 * "since" and "previously" look back; "expect"/"anticipate" forward. The present ("is", "are") and
 * "until"/"through" are cues without a direction: their clause takes the nearest date ("loans through
 * January"). Ambiguous words are no cue: "could" (past of "can" or conditional), "next to" (a place),
 * adjectives in un-…-ed ("markets untouched by the crisis").
 */
import { compile } from "../../../temporal/common/regex";
import type { TenseCues } from "../../../temporal/common/tense";

const ED_STOP = "need|needed|speed|feed|indeed|red|bed|seed|proceed|exceed|succeed|breed|united|limited|based|interested|concerned|expected|scheduled|planned|proposed|hundred|ed|fred|ted|ned|med|shed|weed|deed|greed|bred";

/** Irregular simple pasts (forms identical to the present, like "put" or "set", are left out). */
const IRREGULAR_PAST =
  "arose|ate|became|began|bit|blew|broke|brought|built|bought|caught|chose|came|dealt|drew|drank|drove|fell|felt|fought|found|fled|flew|forgot|froze|gave|went|grew|hung|heard|hid|held|kept|knew|laid|led|left|lent|lost|made|meant|met|paid|ran|rang|rose|saw|sold|sent|shook|shot|sang|sank|sat|slept|spoke|spent|stood|stole|struck|swore|swept|took|taught|tore|thought|threw|understood|woke|wore|won|wrote|sought|withdrew|upheld|oversaw|overtook|undertook|rebuilt|forgave|foresaw|strove|wept|bore|beat|bled|bent|dug|fed|fled|got|ground|hung|leapt|slid|spun|sprang|stung|stank|swung|wound|withheld";

/** Abbreviations whose period does not end a sentence ("Sept. 14", "Mr. Bush", "Gen. Schwarzkopf"). */
export const EN_ABBREVIATIONS = "Jan|Feb|Febr?|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Inc|Corp|Co|Ltd|Jr|Sr|Mt|Ft|No|vs";

export const EN_TENSE: TenseCues = {
  cues: compile(
    `(?<![\\p{L}'])(?:(?<future>will|won't|shall|would|'ll|going\\s+to|as\\s+(?:soon|early)\\s+as|set\\s+to|due\\s+to|planning|payable|effective|expires|expects?|anticipates?|predicts?|forecasts?|expected|scheduled|planned|plans?\\s+to|intends?\\s+to|is\\s+to|are\\s+to|next(?!\\s+(?:to|door)\\b)|tomorrow|upcoming|might|may)` +
      `|(?<present>is|are|am|until|through|till)|(?<report>said|told|says|reports|reported|confirms|confirmed|announces|announced|tells)|(?<past>since|previously|formerly|had\\s+been\\s+(?:scheduled|due|expected|set|planned|supposed)|was|were|had|did|ago|last|yesterday|earlier|(?<!(?:\\bbe|\\bbeing|\\b(?:a|an|the|its|their|his|her|our|this|these|those)(?:\\s+(?:still|yet|newly|recently|\\p{L}+ly))?)\\s+)(?:${IRREGULAR_PAST}|(?!(?:${ED_STOP})(?![\\p{L}]))(?!un(?!veil|leash|load|lock|ravel|fold|earth|seal|seat|wrap|cover|mask)\\p{L}{3,}ed(?![\\p{L}]))\\p{L}{2,}ed)))(?![\\p{L}])`,
    "giu",
  ),
  fallback: 0,
  clauseBreak: /[,;:(«»"]|(?:^|\s)(?:and|but|that|which|who|when|while|as|because)(?=\s|$)/i,
  abbreviations: EN_ABBREVIATIONS,
};
