/** English locale data: triggers, status cues, page furniture, clause breaks. */
import type { LocaleData } from "../extract-types";
import { bylineLine } from "../furniture-lines";
import { EN_TRIGGERS } from "./triggers";
import { EN_PLACE_PHRASES } from "./places";
import { EN_MONTHS, EN_WEEKDAYS, EN_WEEKDAY_PATTERN } from "./temporal/constants";

/** A quantity as news reports it: "$93.3 million", "C$307.2", "4.6 pence", "15%", "about 35 percent", "443.6 million shares". */
const AMOUNT =
  "(?:(?:about|nearly|roughly|almost|around|some|over|under|(?:more|less|fewer) than)\\s+)?(?:[A-Z]{0,3}[$#£€¥]\\s?)?\\d[\\d.,]*(?:\\s+\\d+/\\d+)?" +
  "(?:\\s*(?:%|percent|million|billion|trillion|cents?|pence|marks|yen|francs|guilders|points?|shares?|a share|Canadian|U\\.S\\.))*";

export const EN: LocaleData = {
  language: "en",
  triggers: EN_TRIGGERS,
  status: {
    denied: /\b(?:den(?:y|ies|ied|ying)|rejected|refuted|did not|didn't|never|has not|have not|hasn't|haven't)\b/i,
    planned: /\b(?:will|would|shall|to be|is to|are to|plans?|planned|planning|expected|scheduled|set to|due to|going to|could|may|might|should|upcoming|next|soon)\b/i,
    reported: /\b(?:according to|reportedly|reported|allegedly|citing|said to|quoted)\b/i,
    denialVerb: /den(?:y|ied|ies)/iu,
    futureTrigger: /^(?:will|would|shall)\s/i,
    // A future auxiliary, or an infinitive of intent: "will meet", "is due to meet", "plans to sell", "in order to discuss".
    pluperfect: /(?:^|\s)(?:had|'d)(?:\s+(?:not|never|already|just|also|been|long|previously|recently))*\s*$/iu,
    futureBefore: /(?:^|\s)(?:(?:will|would|shall|going to|is to|are to)\s+(?:\p{L}+\s+)?|(?:due|set|plans?|planning|expected|scheduled|intends?|intending|hopes?|wants?|aims?|in order|so as) to\s+)$/iu,
  },
  furniture: [
    /^\s*(?:updated|published|posted|last modified|modified)\b/i,
    /^\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+\d{4}(?:\s*[-–,]\s*\d{1,2}:\d{2}(?:\s*[ap]m)?)?\s*$/iu,
    bylineLine("[Bb]y|BY"),
    /^\s*(?:advertisement|read more|read also|related|follow us|share|leave a comment|sign up|subscribe|newsletter|video|photo|credit)/i,
    /\b(?:your comment|your name|your email|cookies?)\b/i,
  ],
  furnitureWords: {
    bylineRole: "journalist|reporter|editor|columnist|writer",
    wireCredit: "with",
    leading: "advertisement|read more|follow|share",
    trailing: "Read also|Read more|Sign up for",
    commentPrompt: /your comment/iu,
    stampLabel: "date|dated",
  },
  stampCue: /(?:updated|published|posted|last modified)\s*(?:on|:)?\s*$/i,
  clauseBreak: /[;:()"“”]|,\s*(?:where|which|who|when|but|while|after|before|as|to|citing|according)\b|\s(?:but|while|whereas|after|before)\s|\s(?:who|whom|whose)\s|\s(?:and|but|or)\s+(?=that\s|he\s|she\s|they\s|it\s)|,?\s(?:and|but)\s+(?=(?:also\s+|later\s+|then\s+|subsequently\s+)?(?:[a-z]{2,}ed|has|have|had|was|were|is|are|will|would|took|made|won|lost|became|went|sold|bought|fought|began|gave|got|left|said|told|met|ran|came|held|grew|built|wrote|spent|paid|brought|led|rose|fell)\s)/i,
  yearsAfterEvent: /(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years?\s+(?:after|since)\s+(?:its|his|her|their|the)\s+$/i,
  yearCounts: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 },
  conjunctOpening: /^,?\s*(?:and|but)\s+(?:also\s+|later\s+|then\s+|subsequently\s+)?(?:[a-z]{2,}ed|has|have|had|was|were|is|are|will|would|took|made|won|lost|became|went|sold|bought|fought|began|gave|got|left|said|told|met|ran|came|held|grew|built|wrote|spent|paid|brought|led|rose|fell)\s/i,
  durationLike: /^(?:in|for|during|over)?\s*(?:(?:more|less) than\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|hundred|a few|several)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|centuries|decades?)$/i,
  sinceCue: /(?:since|until|till|up to)\s*(?:the)?\s*$/i,
  startCue: /since/i,
  nounComplement: "of the|of",
  shortDateWord: /^(?:may)$/iu,
  endVerb: /\b(?:end|ends|ended|ending|conclud\w*|finish\w*)\b/i,
  startVerb: /\b(?:begin|begins|began|begun|start|starts|started)\b/i,
  boundOpener: /^(?:since|until|till|up to)(?![\p{L}])/iu,
  dateArticle: "on|in",
  notEventDateCue: new RegExp(
    [
      "\\b(?:compared (?:with|to)|versus|vs\\.?|rather than|and not(?: on| in)?|but not(?: on| in)?|than (?:in|on|at))\\s*(?:the)?\\s*$",
      // The baseline of a change: "rose to $85.7 million from $93.3 million a year earlier", "up 15% from
      // 4 pence, or 2 cents a share, last year", "compared with C$307.2 a year earlier": the date belongs to
      // the old figure, not to the event that changed it.
      `\\b(?:from|compared (?:with|to)|versus|vs\\.?)\\s+${AMOUNT}(?:,?\\s+or\\s+${AMOUNT},?)?\\s*(?:in\\s+)?(?:the\\s+)?$`,
      // Record dates: "payable Dec. 15 to stock of record Nov. 17" says who is paid, not when anything happens.
      "\\bof record\\s*(?:on\\s+)?$",
    ].join("|"),
    "i",
  ),
  orderCue: /\b(?:before|after|ahead of|prior to|than)\s+$/i,
  limitNounAfter: /^['’]?s?\s*(?:deadlines?|cutoffs?|cut-off|due dates?)(?![\p{L}])/iu,
  determinerBefore: /(?<![\p{L}])(?:the|a|an|his|her|their|its|this|that)\s*$/iu,
  anaphoricDeterminer: /(?<![\p{L}])(?:the|his|her|their|its|this|that)\s*$/iu,
  rolePrefix: /(?:President|president|Prime Minister|prime minister|Minister|minister(?: of [\p{L}\s]{0,30})?|leader|Leader|Chancellor|King|Queen|Pope|General|Gen\.|spokesman|spokeswoman|Mr\.|Mrs\.|Ms\.|Dr\.|dictator|newspaper|agency)\s*,?\s*$/u,
  placePrefix: /(?:city|capital|region|province|republic|village|port|island|country|town|territory|station)\s+of\s*$/iu,
  genericVerb: [
    "(?:has|have|had|was|were|is|are|be|been|being|will|would|could|should|may|might|must|shall)(?:\\s+(?:not|been|be|also|already|then|just|never|still|reportedly))*\\s+\\p{Ll}{2,}(?:ed|en|ing)",
    "(?:will|would|could|should|may|might|must|shall)\\s+\\p{Ll}{3,}",
    "\\p{Ll}{3,}ed",
    // irregular simple pasts and participles after an auxiliary ("was sent", "were thrown out", "took the stand")
    "(?:(?:was|were|has been|have been|had been|is|are|be)\\s+)?(?:sent|put|shot|thrown|taken|took|made|held|met|gave|given|sold|bought|paid|built|won|lost|fled|brought|seen|begun|broken|chosen|fallen|risen|stolen|sworn|written|went|came|ran|fell|rose|wore|broke|chose|drove|flew|grew|threw|wrote|hit|struck|caught|fought|seized|beaten|beat)(?![\\p{L}])",
  ].join("|"),
  // "the quarter ended Sept. 30", "the year ending tomorrow": the close of an accounting period only names it.
  notTriggers: /\b(?:according to|in front of|as well as|compared (?:to|with)|(?:year|quarter|months|period)\s+end(?:ed|ing))\b/gi,
  auxiliaries: /^(?:(?:has|have|had|was|were|is|are|be|been|being|will|would|could|should|may|might|must|shall|to|not|also|already|just)\s+)+/i,
  stopwords: new Set(
    "the a an of to in on at by for with from and or but is are was were be been being has have had it its he she they them his her their we our you your my him this that these those as not no will would can could than then there here which who whom what when where while".split(" "),
  ),
  headline: {
    departureFor: { cue: /(?:bound for|heading for|for|to)\s*(?:the )?$/iu, verb: "leaves for" },
    complementOpener: /^(\s+(?:of the|of|with)\s*)/iu,
    phraseStop: new Set("in at on for with who that and by after before since which to from was were is are has have".split(" ")),
    eventNoun: "Event",
    ofWord: "of",
    inWord: "in",
    placePhrases: EN_PLACE_PHRASES,
  },
  attributionCue: /\b(?:according to|citing|quoted by|as reported by)\s+(?:the\s+)?(?:(?:\p{Ll}+\s+){0,2}(?:agency|newspaper|daily|broadcaster)\s+)?/giu,
  locativeRelative: /^[\s,]*where(?![\p{L}])/iu,
  dates: {
    months: EN_MONTHS,
    // Not the tagger's EN_MONTH_PATTERN: datelines write abbreviations without their dot too ("Sept 30"); "Mar", "Jun", "Jul" alone are not read.
    monthPattern: "january|jan\\.?|february|feb\\.?|march|april|apr\\.?|may|june|july|august|aug\\.?|september|sept\\.?|sep\\.?|october|oct\\.?|november|nov\\.?|december|dec\\.?",
    weekdays: EN_WEEKDAYS,
    weekdayPattern: EN_WEEKDAY_PATTERN,
    dayOrdinal: "st|nd|rd|th",
    deicticDate: "this|today,?",
    deicticWeekday: "this",
    notStoryDay: /(?:until|till|by|from|before|after|next|(?<![\p{L}])to)\s*$/iu,
    partialStampCue: "date|dated",
  },
  reports: {
    complementizer: "that(?![\\p{L}])",
    relative: "who|which",
    pronoun: "he|she|they|it|we|i",
    auxBefore: /(?<![\p{L}])\s*(?:has|have|had)(?:\s+(?:also|again|later|then))*\s*$/iu,
    finite: /\b(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|does|did|says|said)\b|\b\p{L}{3,}ed\b/iu,
    leadingDeterminer: /^(?:The|A|An)(?=[\s'’])/u,
    zeroComplementizer: {
      verbs: /^(?:said|says|say|told|tells|reported|reports|announced|announces|added|adds|confirmed|confirms|stated|claimed|warned|insisted)$/i,
      lead: /^(?:\s+(?:on\s+)?(?:today|yesterday|tonight|last\s+\w+|this\s+\w+|(?:early|late)\s+\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in\s+a\s+statement|in\s+an\s+interview|privately|publicly|also))*\s+(?=(?:it|he|she|they|we|i|the|a|an|its|his|her|their|there|\p{Lu}[\p{L}.'’-]*)\s+\p{L})/u,
      notClause: /^(?:(?:the|a|an)\s+(?:news|press|reporters?|journalists?|agency)\b|(?:to|by|of|on|in|at)\b)/i,
    },
    attributionOpener: /^(?:citing|according)/iu,
    passive: { before: /(?:has|have|had|was|were)\s+been\s*$/iu },
    phraseBreak: "on|in|at|for|with|to|from|by|after|before|during|if|as|while|because|which|who|whose|until|over|under|into",
    inverted: { adverb: "also", agent: "by", end: "but|and" },
    datePreposition: "on",
    speakerIntro: "according to",
    clauseConjunction: "but|and|so",
    speakerLead: "and|but|earlier|later|meanwhile|also",
    speakerTrail: "also|again|then|later|earlier|first",
    separator: ": ",
  },
  entities: {
    connectors: new Set(["of", "de", "du", "des", "von", "van", "der", "den", "al", "bin", "ben", "el", "la", "le", "&"]),
    roleWords: new Set("president vice prime minister chancellor king queen pope general gen colonel col captain capt admiral lieutenant lt sergeant sgt marshal prince princess sheikh emir emperor senator sen representative rep congressman congresswoman governor gov mayor judge justice mr mrs ms miss dr prof professor sir lord lady saint st chairman chairwoman chair ceo cfo coo cto chief executive officer director secretary spokesman spokeswoman spokesperson premier deputy foreign defense defence finance treasury interior attorney ambassador envoy commander founder cofounder co-founder analyst".split(" ")),
    orgWords: new Set("inc corp corporation company co group bank banks motors motor airlines airways air agency ministry department office administration authority board commission committee council party university college institute foundation association federation union league organization organisation fund reserve treasury securities holdings technologies technology systems industries industry labs laboratories pharmaceuticals partners capital ventures enterprises services networks communications media press news times post journal herald tribune broadcasting television radio court senate congress parliament assembly government army navy force forces police guard exchange market markets nations computer computers software records music entertainment pictures studios electronics energy oil petroleum foods steel telecom mobile online digital games store stores airport railways rail".split(" ")),
    legalSuffixes: new Set(["inc", "corp", "co", "ltd", "llc", "plc", "lp", "llp", "ag", "sa", "nv", "gmbh", "se", "bv", "spa"]),
    placeWords: new Set("street st avenue ave road boulevard square bridge station airport island islands river lake mountain mountains mount valley bay gulf sea ocean coast strait peninsula park palace district county province state region".split(" ")),
    orgPrefix: /\b(?:the|a|an)\s+(?:(?:\p{Ll}+\s+)?(?:agency|company|firm|group|automaker|carmaker|planemaker|aircraft maker|manufacturer|maker|bank|lender|insurer|retailer|airline|newspaper|network|broadcaster|party|union|conglomerate|giant|startup|operator|chipmaker|regulator))\s*$/iu,
    personAnaphor: {
      one: /\b(?:he|she|the leader|the president|the dictator|the minister|the chancellor|the prime minister|the chief executive|the ceo|the chairman)\b/i,
      two: /\b(?:the two (?:men|women|leaders|presidents))\b/i,
    },
    portfolioCue: /\b(?:of|for)\s*(?:the\s+)?$/u,
    orgAnaphor: /\b(?:the (?:company|automaker|carmaker|planemaker|firm|group|bank|airline|manufacturer|agency|lender|insurer|retailer|retail giant|tech giant|chipmaker))\b/i,
  },
};
