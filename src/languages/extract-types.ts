/** Shape of the per-language data used by extraction. Add a language = add a folder + register it. */
import type { IncidentKind } from "../extract/types";

/**
 * Language-free predicate classes: the finer sense of a trigger, the same in every pack, so that an
 * incident told in several languages gets one predicate (merging compares them across languages).
 */
export type PredicateClass =
  | "departure" | "arrival" | "visit" | "trip" | "return"
  | "meeting" | "summit"
  | "statement" | "denial"
  | "agreement"
  | "test" | "parade" | "deploy"
  | "attack" | "violence" | "protest"
  | "power" | "ballot" | "vote" | "appointment"
  | "economic" | "bankruptcy" | "acquisition" | "sale" | "release" | "market" | "earnings" | "production" | "closure"
  | "disaster" | "accident" | "illness"
  | "legal" | "lawsuit" | "settlement" | "ruling" | "sanction" | "crime" | "decision"
  | "occurrence" | "event"
  /** A state told in the present tense ("the phone has two cameras", « l'appareil pèse 300 grammes »): true at the time of writing. */
  | "state"
  | "generic";

export interface TriggerEntry {
  kind: IncidentKind;
  /** Regex source matched case-insensitively (unless caseSensitive) with accent-aware word boundaries. */
  pattern: string;
  pos: "verb" | "noun";
  /** Language-free predicate class, used in titles and merge similarity ("departure", "arrival" …). */
  sense: PredicateClass;
  /** Headline verb, 3rd person present ("quitte", "leaves"). */
  verb: string;
  /** Headline noun label ("Départ", "Summit"). */
  noun: string;
  /** Preposition for the place in headlines ("à", "de", "in", "from"). */
  placePrep?: string;
  caseSensitive?: boolean;
  /** Higher wins when several triggers overlap. Default 0. */
  priority?: number;
}

export interface LocaleData {
  language: string;
  triggers: TriggerEntry[];
  /** Cues for status, searched in the clause around the trigger. */
  status: {
    denied: RegExp;
    planned: RegExp;
    reported: RegExp;
    /** A denial verb ("nié", "dément", "denied"): with `denied` before the trigger, the incident is denied. Without it, only denial triggers deny. */
    denialVerb?: RegExp;
    /** Future/conditional ending of a verb trigger's last word (« rencontrera », « rencontrerait »): planned. */
    futureEnding?: RegExp;
    /** A verb trigger opening with a future auxiliary ("will meet"): planned. */
    futureTrigger?: RegExp;
    /** Future auxiliary in the ~24 characters before the trigger ("will", "is to"), anchored at $: planned. */
    futureBefore?: RegExp;
    /** Past-perfect auxiliary (+ adverbs) right before a verb trigger or opening it ("had", "had been", « avait », « était »), anchored at $ / ^: the event lies before the narrative's reference time, so it does not take that date. */
    pluperfect?: RegExp;
  };
  /** Lines that are page furniture (site headers, update stamps, bylines, ads, comment forms). */
  furniture: RegExp[];
  /** Furniture words read inside patterns of src/extract/furniture.ts (applied with the English and French ones: pages mix languages). */
  furnitureWords?: FurnitureWords;
  /** "Mis à jour" / "Publié le" prefixes: the date that follows is the page's own stamp. */
  stampCue: RegExp;
  /** Words/punctuation that open a new clause (date attachment does not cross them lightly). */
  clauseBreak: RegExp;
  /**
   * A clause opening with a coordinating conjunction and its verb, no subject of its own ("…, and
   * launched X in 2003", « …, et a lancé X en 2003 »): its subject is the one of the conjunct before.
   */
  conjunctOpening?: RegExp;
  /**
   * An elapsed time before an event noun that refers back to an event ("Five years after its launch,
   * …"): group 1 is the number of years (digits or a word of `yearCounts`).
   */
  yearsAfterEvent?: RegExp;
  /** Number words for `yearsAfterEvent` ("five" → 5). */
  yearCounts?: Record<string, number>;
  /** Temporal mentions that are durations or vague spans, not dates ("en quatre ans"). */
  durationLike: RegExp;
  /** A temporal expression introduced by these is a starting bound, not the event date ("depuis 2020"). */
  sinceCue: RegExp;
  /** Among sinceCue matches, those opening a starting bound ("depuis", "since"); the others close one ("jusqu'à"). */
  startCue: RegExp;
  /** Prepositions opening an event noun's complement before a naming year ("du" monde 2003, "of the" …). Regex source. Without it, only one bare word. */
  nounComplement?: string;
  /** Words of at most three letters that are dates by themselves ("mai", "may"); other short tagger mentions are word fragments. */
  shortDateWord?: RegExp;
  /** Occurrence verbs that give an event's end ("se termine mercredi") or start ("a commencé lundi"): their date is a bound. */
  endVerb?: RegExp;
  startVerb?: RegExp;
  /** A date whose text opens with these is a bound, not the event's date ("depuis mardi", "until Friday"); read by merge. */
  boundOpener?: RegExp;
  /** Articles/prepositions between an end/start verb and its date ("se termine le mercredi", "ends on Friday"). Regex source. */
  dateArticle?: string;
  /** Text before a bare year that makes it part of a name ("le bilan 2001", "la saison 2002"): no event date. */
  yearNamingCue?: RegExp;
  /** A date introduced by these is a comparison point or a negated date, not the event's ("par rapport à août", "et non le 30"). */
  notEventDateCue?: RegExp;
  /** A date introduced by these orders the event before or after it ("after Jan. 1", "ahead of the weekend"): not its date. */
  orderCue?: RegExp;
  /** A date followed by these names a time limit, not an occurrence ("the Jan. 14 deadline"). */
  limitNounAfter?: RegExp;
  /** Determiners right before a word (anchored at $): a word matched both as verb and noun ("rencontre") is a noun after them. Without it, the verb reading wins ties. */
  determinerBefore?: RegExp;
  /** Definite, possessive and demonstrative determiners right before a word (anchored at $): an event noun after them refers back to an event already told ("its launch", « la rencontre »). */
  anaphoricDeterminer?: RegExp;
  /** Honorific/role words that precede a person's name ("le président X"). */
  rolePrefix: RegExp;
  /** Place-introducing patterns ("la ville de X"). */
  placePrefix: RegExp;
  /**
   * Generic predicates (compound tenses, reflexives, future/conditional, modal + infinitive) used as
   * "other" triggers when no lexicon trigger governs a date. Regex source, matched case-insensitively.
   */
  genericVerb: string;
  /** Phrases whose words look like triggers but are not events ("à partir de", "par rapport à"). */
  notTriggers: RegExp;
  /** Auxiliaries/modals stripped from a generic trigger when it is used in a headline. */
  auxiliaries: RegExp;
  /** Function words to ignore in similarity and in capitalised-sequence detection. */
  stopwords: Set<string>;
  /** Cues for finding people, organisations and places by capitalised-span chunking (see src/extract/entities/). */
  entities: EntityCues;
  /** Headline grammar. */
  headline?: HeadlineGrammar;
  /** Introduces the source of a claim; the name right after it is the reporter ("according to", « selon »). Global. */
  attributionCue?: RegExp;
  /** A clause opening with a locative relative ("…, où se déroule le forum", "where"): its place is the one before. */
  locativeRelative?: RegExp;
  /** Month and weekday names for publication-date inference from datelines and story weekdays. Without them, only ISO dates are read. */
  dates?: DateWords;
  /** Grammar of reported speech, for statement headlines ("Kyodo : Kim arrive à Khasan"). Without it, statements get no headline of their own. */
  reports?: ReportGrammar;
}

/** Words of page furniture, as regex sources of alternations (src/extract/furniture.ts). */
export interface FurnitureWords {
  /** Role nouns after "Name, " on a byline line ("rédact", "journalist", "editor"). Case-insensitive. */
  bylineRole?: string;
  /** Joins a byline to a wire agency ("X avec AFP", "X with Reuters"). */
  wireCredit?: string;
  /** Words glued before the story on the same line ("publicité", "read more"), case-insensitive. */
  leading?: string;
  /** Markers after which the rest of the line is furniture (« À lire aussi », "Sign up for"), case-sensitive. */
  trailing?: string;
  /** A comment form prompt: a long line containing it is still furniture ("votre commentaire"). */
  commentPrompt?: RegExp;
  /** Label of a glued leading "YYYY-MM" stamp ("date", "dated"), case-insensitive. */
  stampLabel?: string;
}

/** Date words of a language, for publication-date inference (src/extract/publication.ts). Regex sources are matched case-insensitively. */
export interface DateWords {
  /** Month names and abbreviations → 1–12; looked up lower-cased, without accents or final dot ("févr." → "fevr"). */
  months: Record<string, number>;
  /** Month names as written in datelines, abbreviations with optional dot ("janv\\.?"). Regex source. */
  monthPattern: string;
  /** Weekday names (lower case) → 0 = Sunday … 6 = Saturday. */
  weekdays: Record<string, number>;
  weekdayPattern: string;
  /** Joins the day number to the month name ("\\s+de\\s+" in "16 de agosto", "\\.\\s*" in "16. August"). Regex source; default white space. */
  dayMonthLink?: string;
  /** Joins the month name to the year ("\\s+de\\s+" in "agosto de 2023"). Regex source; default white space. */
  monthYearLink?: string;
  /** Ordinal suffix after a day number ("er", "st|nd|rd|th"). Regex source. */
  dayOrdinal?: string;
  /** Before a weekday + date, makes it the story's own date ("ce|cet|aujourd'hui,?", "this|today,?"). Regex source. */
  deicticDate?: string;
  /** Before a weekday alone, makes it the story's day ("ce|cette", "this"). Regex source. */
  deicticWeekday?: string;
  /** Before a weekday (anchored at $), makes it a bound or a range end, not the story's day (« jusqu'à », "until", "next"). */
  notStoryDay?: RegExp;
  /** Label of a partial "YYYY-MM" stamp line ("date|le", "date|dated"). Regex source. */
  partialStampCue?: string;
}

/**
 * Words of reported speech (src/extract/reported.ts). Fields typed `string` are regex *sources* of
 * an alternation of words ("que|qu['’]"), inserted into the common patterns; RegExp fields are used as they are.
 */
export interface ReportGrammar {
  /** Complementizer opening the reported clause after the verb ("que(?![\\p{L}])|qu['’]", "that(?![\\p{L}])"). */
  complementizer: string;
  /** Relative pronouns: a speaker phrase containing one is a clause, not a speaker ("qui", "who|which"). */
  relative: string;
  /** Subject pronouns: not a speaker by themselves, and too little as a reported subject ("il|elle|on", "he|she|it"). */
  pronoun: string;
  /** Auxiliary (+ adverbs) right before a statement verb, stripped before reading the subject ("a", "has also"). Anchored at $. */
  auxBefore: RegExp;
  /** A finite verb: a clause without one is not told as a statement's content. */
  finite: RegExp;
  /** Sentence-initial determiner lower-cased when the clause follows "Speaker : " ("Le", "The"). */
  leadingDeterminer: RegExp;
  /** Languages that drop the complementizer ("said it had sent"): verbs that allow it, the words allowed between verb and clause, and clause openings that are no clause. */
  zeroComplementizer?: { verbs: RegExp; lead: RegExp; notClause: RegExp };
  /** A statement trigger opening with these is an attribution ("selon", "according"): the clause is the one after the comma. */
  attributionOpener: RegExp;
  /** Passive auxiliary before the verb ("a été" rapporté, "was" reported), anchored at $; `trigger`: the same inside the trigger text. */
  passive: { before: RegExp; trigger?: RegExp };
  /** Words before which a long clause may be cut (prepositions, conjunctions, relatives), regex source. */
  phraseBreak: string;
  /** Inverted speaker ("…, a déclaré également par X"): adverbs before it, the agent preposition, conjunctions that end it. Regex sources. */
  inverted: { adverb: string; agent: string; end: string };
  /** Prepositions of a date between subject and verb ("le", "on"), stripped with the date. Regex source. */
  datePreposition: string;
  /** Attribution prefix stripped from a speaker ("selon", "according to"). Regex source. */
  speakerIntro: string;
  /** Conjunctions dropped at the start of the reported clause ("mais|et", "but|and"). Regex source. */
  clauseConjunction: string;
  /** Connectives dropped before a speaker ("et|mais|puis") and adverbs after it ("aussi|encore"). Regex sources. */
  speakerLead: string;
  speakerTrail: string;
  /** Between speaker and content: " : " (French typography), ": ". */
  separator: string;
}

/** Language cues of the entity chunker. Word sets hold lower-case, accent-free forms. */
export interface EntityCues {
  /** Lower-case words that join capitalised words inside one name ("de", "von", "of", "&"). */
  connectors: Set<string>;
  /** Title and role words that precede a person's name and are not part of it ("president", "minister", "mr", "ceo"). */
  roleWords: Set<string>;
  /** Words inside a name that make it an organisation ("bank", "motors", "airlines", "ministry", « groupe », « agence »). */
  orgWords: Set<string>;
  /** Legal-form suffixes: an organisation, dropped from its canonical name ("inc", "corp", "ltd", "sa", "gmbh"). */
  legalSuffixes: Set<string>;
  /** Words inside a name that make it a place ("street", "island", « place », « rue »). */
  placeWords: Set<string>;
  /** Text right before a name that makes it an organisation (« le groupe », « l'agence », "the agency"). */
  orgPrefix: RegExp;
  /** Subject pronouns and role nouns that refer back to a person: one person ("il", "he", "the president"), two ("les deux hommes"). */
  personAnaphor: { one: RegExp; two: RegExp };
  /** The language writes every noun with a capital (German): a single capitalised word after a function word is a noun, not a name. */
  nounsCapitalised?: boolean;
  /** Ends the text before a role's portfolio (« ministre de la » Défense, "Minister of" Finance). */
  portfolioCue?: RegExp;
  /** Role nouns that refer back to the latest organisation ("the company", "the automaker", « le groupe », « le constructeur »). */
  orgAnaphor: RegExp;
  /**
   * How the language spells foreign names, as rewrites of the folded name towards English
   * romanisation (Spanish "Jasán" → "khasan", German "Chabarowsk" → "khabarovsk"): a place the data
   * lists only in English is still found. Applied only when the name as written is no place.
   */
  spellings?: [RegExp, string][];
  /**
   * Base forms of a name written in an oblique case (Russian "Владивостоке" → "Владивосток",
   * "Владимиром Путиным" → "Владимир Путин"), most likely first; `certain` when the ending leaves no
   * doubt (an instrumental), otherwise a form is taken only when the article also writes it.
   */
  caseForms?: (name: string) => { form: string; certain: boolean }[];
}

/** What headlines need of a language beyond the trigger lexicon's verbs and nouns. */
export interface HeadlineGrammar {
  /** A departure whose place follows these words is a departure *for* it ("à destination de", "bound for"): verb to use. */
  departureFor?: { cue: RegExp; verb: string };
  /** Opens the complement of an event noun ("invasion de l'Ukraine", "pandemic of …"): matched at the start of the rest. */
  complementOpener: RegExp;
  /** Words that end an event noun's complement ("en", "with", "after" …), lower case. */
  phraseStop: Set<string>;
  /** Noun of a generic event's headline ("Événement", "Event"). Without it, a generic event with no actor has an empty headline. */
  eventNoun?: string;
  /** Joins an event noun and its person ("Départ de Kim", "Departure of Kim"). Without it, the two are juxtaposed. */
  ofWord?: string;
  /** Preposition of a place in headlines when the trigger gives none ("à", "in"). Without it, the place name alone. */
  inWord?: string;
  /** Elision of a preposition before a vowel: `word` → `form` + place when the place matches `before` ("de" → "d'Ukraine"). */
  elision?: { word: string; before: RegExp; form: string };
  /** Country headline phrases by canonical English name: after "in" (« en Russie », "in the United States") and as subject/object (« la Russie »). */
  placePhrases?: Record<string, { in?: string; obj?: string }>;
}
