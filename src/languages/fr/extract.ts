/** French locale data: triggers, status cues, page furniture, clause breaks. */
import type { LocaleData } from "../extract-types";
import { bylineLine } from "../furniture-lines";
import { FR_TRIGGERS } from "./triggers";
import { FR_PLACE_PHRASES } from "./places";
import { FR_MONTHS, FR_WEEKDAYS, FR_WEEKDAY_PATTERN } from "./temporal/constants";
import { FR_SPELLINGS } from "./spellings";

export const FR: LocaleData = {
  language: "fr",
  triggers: FR_TRIGGERS,
  status: {
    denied: /(?<![\p{L}])(?:ni(?:é|ée|és|ent|e|ait|aient)|dément\p{L}*|démenti|réfut\p{L}*|contest\p{L}*)(?![\p{L}])|(?:n['’]|ne )\p{L}+ (?:pas|jamais|aucun)/iu,
    planned: /(?<![\p{L}])(?:devr(?:ait|aient|a|ont)|doi(?:t|vent)|dev(?:ait|aient)|pourr(?:ait|aient|a|ont)|va|vont|allai(?:t|ent)|aura|auront|aurait|auraient|prévu\p{L}*|prévoi\p{L}*|compt\p{L}* |envisag\p{L}*|projet\p{L}*|prochain\p{L}*|bientôt|dans les prochains|\p{L}+(?:era|eront|erait|eraient|ira|iront|irait|iraient|dra|dront|drait|draient|ra|ront|rait|raient))(?![\p{L}])/iu,
    reported: /(?<![\p{L}])(?:selon|d['’]après|rapporte\p{L}*|aurait|auraient|serait|seraient|cit(?:ant|e|é)|affirme\p{L}*|écrivait|aux dires)(?![\p{L}])/iu,
    denialVerb: /(?:ni(?:é|ent)|dément)/iu,
    futureEnding: /(?:era|eront|erait|eraient|ira|iront|irait|iraient|dra|dront|drait|draient|ra|ront|rait|raient)$/iu,
    // An infinitive of intent or obligation: « pour discuter », « doit rencontrer », « devrait signer », « compte se rendre ».
    pluperfect: /(?:^|[\s'’])(?:avai(?:t|ent|s)|avions|aviez|étai(?:t|ent|s)|étions|étiez)(?:\s+(?:déjà|été|pas|jamais|aussi|alors|auparavant|récemment))*\s*$/iu,
    futureBefore: /(?:^|[\s'’])(?:pour|afin d[e'’]|en vue d[e'’]|doi(?:t|vent)|devr(?:ait|aient|a|ont)|dev(?:ait|aient)|va|vont|allai(?:t|ent)|compt\p{L}*|entend\p{L}*|veu(?:t|lent)|souhait\p{L}*|prévoi\p{L}* d[e'’]|envisag\p{L}* d[e'’])\s*(?:(?:se|s['’]|y|en|le|la|les|lui|leur)\s*)?$/iu,
  },
  furniture: [
    /^\s*(?:mis à jour|màj|publié|modifié|actualisé|mise à jour)\b/iu,
    /^\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}(?:\s*[-–à]\s*\d{1,2}h\d{0,2})?\s*$/iu,
    bylineLine("[Pp]ar|PAR"),
    /^\s*(?:publicité|lire la suite|lire aussi|à lire aussi|suivez-nous|partagez|partager|laisser un commentaire|s['’]il vous plaît|newsletter|recevez|je m['’]abonne|abonnez-vous|vidéo|photo|crédit|spot_img)/iu,
    /\b(?:votre commentaire|votre nom|votre adresse|cookies?)\b/iu,
  ],
  furnitureWords: {
    bylineRole: "rédact|journalist|correspondant|reporter|éditeur|éditrice|chroniqu|auteur|autrice",
    wireCredit: "avec",
    leading: "publicité|lire la suite|suivre|partager",
    trailing: "À lire aussi|A lire aussi|Lire aussi|Newsletter\\s*Recevez|Je m['’]abonne|Abonnez-vous",
    commentPrompt: /votre commentaire/iu,
    stampLabel: "date",
  },
  stampCue: /(?:mis à jour|mise à jour|publié|modifié|actualisé)\s*(?:le|:)?\s*$/iu,
  clauseBreak: /[;:()«»"]|,\s*(?:où|qui|que|lorsque|quand|mais|alors|tandis|après|avant|puis|pour|afin|selon|citant)(?![\p{L}])|\s(?:mais|tandis que|alors que|lorsque|après que|avant que)\s|\s(?:et|mais|ou)\s+(?=qu['’]|que\s|il\s|elle\s|ils\s|elles\s|on\s)|,?\s(?:et|puis|mais)\s+(?=(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|aura|auront)\s)/iu,
  conjunctOpening: /^,?\s*(?:et|puis|mais)\s+(?:a|ont|avait|avaient|est|sont|était|étaient|sera|seront|aura|auront)\s/iu,
  durationLike: /^(?:en|pendant|durant|depuis)?\s*(?:(?:plus|moins) de\s+)?(?:près de\s+)?(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|quelques|plusieurs)\s+(?:ans|années|mois|semaines|jours|heures|minutes|siècles|décennies)$/iu,
  sinceCue: /(?:depuis|jusqu['’]à|jusqu['’]au)\s*(?:le|la|les|l['’])?\s*$/iu,
  startCue: /depuis/iu,
  nounComplement: "du|de|des|de la|d['’]",
  shortDateWord: /^(?:mai)$/iu,
  // French puts the naming year after the noun ("le bilan 2001"); prepositions and determiners date it ("en 2001").
  yearNamingCue: /(?<![\p{L}])(?!(?:en|de|du|des|dès|depuis|dans|pour|avant|après|vers|fin|début|mi|et|ou|le|la|les|un|une|son|sa|ses|leur|leurs|cette|ce|cet|entre|jusqu|puis|été|hiver|automne|printemps|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s)\p{Ll}{3,}\s+$/u,
  endVerb: /(?<![\p{L}])(?:termin\p{L}*|s['’]ach[eè]v\p{L}*|achev\p{L}*|pr\p{L}+ fin|clôtur\p{L}*)(?![\p{L}])/iu,
  startVerb: /(?<![\p{L}])(?:commenc\p{L}*|début\p{L}*)(?![\p{L}])/iu,
  boundOpener: /^(?:depuis|jusqu['’]?|jusque)(?![\p{L}])/iu,
  dateArticle: "le|la",
  notEventDateCue: /(?<![\p{L}])(?:par rapport (?:à|au|aux)|comparée?s? (?:à|au|aux|avec)|en comparaison (?:de|du|avec)|et non(?: pas)?|mais pas|plutôt que)\s*(?:le|la|les|l['’]|celui d['’]|celle d['’]|celui du|celle du|celle de|celui de)?\s*$/iu,
  determinerBefore: /(?<![\p{L}])(?:un|une|le|la|les|l['’]|des|du|de|sa|son|ses|leur|leurs|cette|ce|cet|ces|notre)\s*$/iu,
  anaphoricDeterminer: /(?<![\p{L}])(?:le|la|les|l['’]|sa|son|ses|leur|leurs|cette|ce|cet|ces)\s*$/iu,
  rolePrefix: /(?:président|présidente|premier ministre|ministre(?: [\p{Ll}\s'’-]{0,40})?|dirigeant(?: [\p{Ll}-]+)?|leader(?: [\p{Ll}-]+)?|chef(?: de l['’]État| d['’]État)?|porte-parole(?: [\p{Ll}\s'’-]{0,40})?|dictateur|roi|reine|pape|général|secrétaire général|chancelier|chancelière|M\.|Mme|journal|agence(?: de presse)?(?: [\p{Ll}-]+)?)\s*,?\s*$/u,
  placePrefix: /(?:ville|capitale|région|province|république|village|port|île|pays|cosmodrome|territoire|gare|oblast|kraï)(?: [\p{Ll}-]+)?\s+(?:de|d['’]|du)\s*$/u,
  genericVerb: [
    // compound tenses: "a été hospitalisé", "ont décidé", "s'étaient donné", "est tombée"
    "(?:ai|as|a|avons|avez|ont|avait|avaient|avions|aura|auront|aurait|auraient|eu|est|sont|était|étaient|sera|seront|serait|seraient|fut|furent|soit|soient|ait|aient)(?:\\s+(?:été|pas|plus|déjà|bien|ensuite|également|aussi|jamais|toujours|enfin|encore|finalement|notamment|récemment|dû|pu|su|voulu|fait|être|avoir|eu))*\\s+[«“]?\\s?(?:\\p{L}{2,}(?:é|ée|és|ées|i|ie|is|ies|ise|ises|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes|ort|orte|uit|uite)|eu|vu|pu|su|dû|dit|fait|mis|pris|lu|cru|né|née)",
    // reflexives: "se réunira", "s'exercer"
    "(?:se\\s+|s['’])\\p{L}{3,}",
    // future / conditional: "convolera", "reprendront", "pourraient"
    "\\p{L}{2,}(?:eront|erait|eraient|era|iront|irait|iraient|ira|dront|drait|draient|dra|vront|vrait|vra|ront)",
    // modal or aspect + infinitive: "vont choisir", "devra attendre", "vient de signer"
    "(?:va|vont|allait|allaient|doit|doivent|devait|devaient|devra|devront|devrait|devraient|peut|peuvent|pourra|pourront|pourrait|pourraient|veut|veulent|compte|comptent|envisage|envisagent|vient de|viennent de|venait de)\\s+(?:\\p{L}+\\s+)?\\p{L}{2,}(?:er|ir|re)",
    // imperfect: "souhaitait", "comptaient"
    "\\p{L}{4,}(?:ait|aient)",
  ].join("|"),
  notTriggers: /(?<![\p{L}])(?:à partir (?:de|du|d['’]|des)|par rapport (?:à|au|aux)|salle des fêtes|comité des fêtes|fin de semaine|en cours|d['’]accord avec)(?![\p{L}])/giu,
  auxiliaries: /^(?:(?:ai|as|a|avons|avez|ont|avait|avaient|avions|aura|auront|aurait|auraient|est|sont|était|étaient|sera|seront|serait|seraient|fut|furent|soit|soient|ait|aient|été|pas|plus|déjà|bien|dû|pu|être|avoir|va|vont|doit|doivent|devra|devrait|devraient|peut|peuvent|pourra|pourrait|pourraient|veut|veulent)\s+)+/iu,
  stopwords: new Set(
    "le la les l un une des du de d au aux et ou en à a dans par pour sur avec sans sous entre vers chez que qui quoi dont où ce cet cette ces son sa ses leur leurs il elle ils elles on se s y ne n pas plus est sont été être avoir ont avait ai as avons avez lui eux nous vous je tu me m te t mais donc or ni car si lors comme aussi très tout tous toute toutes même".split(" "),
  ),
  headline: {
    departureFor: { cue: /(?:à destination d[eu'’]|en direction d[eu'’]|vers|pour)\s*(?:la |le |l['’]|les )?$/iu, verb: "part pour" },
    complementOpener: /^(\s+(?:de la|de l['’]|du|des|de|d['’]|avec)\s*)/iu,
    phraseStop: new Set("en à au aux dans pour avec qui que qu et par sur lors depuis après avant entre ne a est ont sont se sans vers contre mais ou dont où".split(" ")),
    eventNoun: "Événement",
    ofWord: "de",
    inWord: "à",
    elision: { word: "de", before: /^[aeiouyéèh]/iu, form: "d'" },
    placePhrases: FR_PLACE_PHRASES,
  },
  attributionCue: /(?<![\p{L}])(?:selon|d['’]après|citant|cité par|de source)\s+(?:l['’]|le\s+|la\s+|les\s+)?(?:agence\s+(?:de presse\s+)?(?:\p{Ll}+\s+)?|quotidien\s+|journal\s+)?/giu,
  locativeRelative: /^[\s,]*où(?![\p{L}])/iu,
  dates: {
    // "fév" is read in datelines ("fév. 2024") though the tagger does not read it.
    months: { ...FR_MONTHS, fév: 2 },
    // Not the tagger's FR_MONTH_PATTERN: datelines also write abbreviations without their dot ("sept 2023").
    monthPattern: "janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?",
    weekdays: FR_WEEKDAYS,
    weekdayPattern: FR_WEEKDAY_PATTERN,
    dayOrdinal: "er",
    deicticDate: "ce|cet|aujourd['’]hui,?",
    deicticWeekday: "ce|cette",
    notStoryDay: /(?:jusqu['’]?\s*à|jusqu['’]au|dès|d['’]ici|à partir de|avant|après|prochain|(?<![\p{L}])à)\s*$/iu,
    partialStampCue: "date|le",
  },
  reports: {
    complementizer: "que(?![\\p{L}])|qu['’]",
    relative: "qui",
    pronoun: "il|elle|ils|elles|on|je|nous",
    auxBefore: /(?<![\p{L}])\s*(?:a|ont|avait|avaient|aurait|auraient)(?:\s+(?:\p{Ll}+ment|ainsi|donc|aussi|encore|déjà|pourtant|toutefois|cependant|enfin|d['’]ailleurs))*\s*$/iu,
    finite: /(?<![\p{L}])(?:est|sont|était|étaient|sera|seront|serait|seraient|a|ont|avait|avaient|aura|auront|aurait|auraient|va|vont|doit|doivent|devrait|devraient|pourrait|pourraient|peut|peuvent)(?![\p{L}])|\p{L}{3,}(?:ait|aient|era|eront|erait|eraient|ent)(?![\p{L}])/iu,
    leadingDeterminer: /^(?:Le|La|Les|L['’]|Un|Une|Des)(?=[\s'’])/u,
    attributionOpener: /^(?:citant|selon|d['’]après)/iu,
    passive: { before: /(?:a|ont|avait|avaient)\s+été\s*$/iu, trigger: /^(?:a|ont)\s+été\s/iu },
    phraseBreak: "à|au|aux|dans|pour|avec|sur|par|après|avant|pendant|si|car|qui|dont|lors|depuis|jusqu['’]|afin|contre|sans|selon|entre",
    inverted: { adverb: "également|aussi|immédiatement", agent: "par", end: "mais|et qu" },
    datePreposition: "le|ce|dès",
    speakerIntro: "selon|d['’]après",
    clauseConjunction: "mais|et|or|donc",
    speakerLead: "et|mais|puis",
    speakerTrail: "aussi|également|encore|ensuite",
    separator: " : ",
  },
  entities: {
    connectors: new Set(["de", "du", "des", "d", "la", "le", "&"]),
    roleWords: new Set("president presidente premier ministre chancelier chanceliere roi reine pape general colonel capitaine amiral marechal prince princesse cheikh emir empereur senateur senatrice depute deputee maire gouverneur juge monsieur madame m mme mlle dr pr me saint sainte directeur directrice pdg patron patronne secretaire porte parole ministre vice chef".split(" ")),
    orgWords: new Set("groupe agence ministere banque parti conseil commission comite universite federation compagnie societe assemblee senat gouvernement armee cour tribunal association institut fondation office autorite syndicat union ligue bureau direction service etat major police gendarmerie parlement presse journal radio television airlines motors group bank agency ministry".split(" ")),
    legalSuffixes: new Set(["sa", "sas", "sarl", "inc", "corp", "ltd", "ag", "gmbh", "nv", "plc", "llc", "se"]),
    placeWords: new Set("rue avenue boulevard place pont gare aeroport ile mont lac fleuve riviere vallee baie golfe mer ocean port palais quartier parc cosmodrome".split(" ")),
    orgPrefix: /(?<![\p{L}])(?:le|du|au|les|des)\s+(?:groupe|constructeur|géant|fabricant|parti|journal|quotidien|site|conglomérat|consortium|laboratoire|syndicat)\s*$|(?<![\p{L}])(?:l['’]|de l['’]|à l['’])(?:agence(?: de presse)?(?: [\p{Ll}-]+)?|entreprise|opérateur|avionneur|armateur|éditeur|association|ONG)\s*$|(?<![\p{L}])(?:la|de la|à la)\s+(?:société|compagnie|banque|chaîne|firme|start-up)\s*$/iu,
    personAnaphor: {
      one: /(?<![\p{L}])(?:il|elle|le dirigeant|la dirigeante|le président|la présidente|le leader|le dictateur|le chef|le numéro un|le ministre|la ministre|le premier ministre)(?![\p{L}])/iu,
      two: /(?<![\p{L}])(?:les deux (?:hommes|femmes|dirigeants|leaders|chefs d['’]État|présidents))(?![\p{L}])/iu,
    },
    portfolioCue: /(?<![\p{L}])(?:de la|de l['’]|du|des|de)\s*$/u,
    orgAnaphor: /(?<![\p{L}])(?:le groupe|le constructeur|l['’]entreprise|la société|la compagnie|l['’]avionneur|la firme|la banque|l['’]agence)(?![\p{L}])/iu,
    spellings: FR_SPELLINGS,
  },
};
