/** English event triggers (inflected forms) by kind. Same conventions as ../fr/triggers.ts. */
import type { TriggerEntry } from "../extract-types";

const V = (stem: string, extra = "") => `(?:${stem}(?:s|es|ed|d|ing|e)?${extra ? "|" + extra : ""})`;

/** Before a present state verb: no determiner (then it is a noun), no "to", modal, auxiliary or negation. */
const NOT_STATE = "(?<!(?:the|its|their|his|her|our|your|new|key|main|these|those|of|many|other|to|will|would|can|could|may|might|must|should|shall|not|does|do|did|n't)\\s)";
/** The object of "has"/"features"/"offers" as a main verb opens with a determiner, a number or a quantifier. */
const STATE_OBJECT = "(?=\\s+(?:a|an|the|its|their|his|her|our|no|only|two|three|four|five|six|seven|eight|nine|ten|\\d|more|over|around|about|nearly|several|many|some|new|full)(?![\\p{L}]))";

export const EN_TRIGGERS: TriggerEntry[] = [
  // travel
  { kind: "travel", sense: "departure", pos: "verb", pattern: "(?:left|leaves?|leaving|depart(?:s|ed|ing)?|set off|sets off)", verb: "leaves", noun: "Departure", placePrep: "" },
  { kind: "travel", sense: "departure", pos: "noun", pattern: "departures?", verb: "leaves", noun: "Departure", placePrep: "from" },
  { kind: "travel", sense: "arrival", pos: "verb", pattern: `(?:${V("arriv")}|crossed|crosses|landed|lands|reached|reaches)`, verb: "arrives", noun: "Arrival", placePrep: "in" },
  { kind: "travel", sense: "arrival", pos: "noun", pattern: "arrivals?", verb: "arrives", noun: "Arrival", placePrep: "in" },
  { kind: "travel", sense: "visit", pos: "verb", pattern: `(?:${V("visit")}|travel(?:s|led|ed|ling)?|went to|go(?:es)? to|will go to|flew to|flies to|heads? to|headed to)`, verb: "visits", noun: "Visit", placePrep: "" },
  { kind: "travel", sense: "visit", pos: "noun", pattern: "(?:visits?|trips?|tours?|journeys?)", verb: "visits", noun: "Visit", placePrep: "in" },
  { kind: "travel", sense: "return", pos: "verb", pattern: "(?:return(?:s|ed|ing)?|came back|comes back)", verb: "returns", noun: "Return", placePrep: "to" },
  // meeting
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: "(?:meets?|met|meeting|will meet|hosts?|hosted)", verb: "meets", noun: "Meeting", placePrep: "in" },
  { kind: "meeting", sense: "summit", pos: "noun", pattern: "summits?", verb: "holds a summit with", noun: "Summit", placePrep: "in" },
  { kind: "meeting", sense: "meeting", pos: "noun", pattern: "(?:meetings?|talks|negotiations?|conferences?|forums?|congress|assembl(?:y|ies)|sessions?)", verb: "meets", noun: "Meeting", placePrep: "in" },
  { kind: "meeting", sense: "meeting", pos: "verb", pattern: `(?:${V("discuss")}|${V("negotiat")})`, verb: "discusses", noun: "Talks", placePrep: "in" },
  // statement
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:said|says|say|told|tells|${V("announc")}|${V("declar")}|${V("confirm")}|${V("report")}|${V("state")}|${V("claim")}|${V("warn")}|${V("accus")}|${V("call")}|${V("add")}|${V("urg")}|wrote|writes|${V("publish")}|${V("reveal")}|${V("promis")})`, verb: "says", noun: "Statement" },
  { kind: "statement", sense: "statement", pos: "noun", pattern: "(?:statements?|announcements?|speech(?:es)?|reports?|press conference|communiqués?)", verb: "says", noun: "Statement", placePrep: "in", priority: 1 },
  // what a speaker does with words or on stage: describes, praises, notes, explains, admits, demos
  { kind: "statement", sense: "statement", pos: "verb", pattern: `(?:${V("describ")}|${V("prais")}|noted|notes|noting|${V("explain")}|${V("acknowledg")}|admit(?:s|ted|ting)?|${V("argu")}|${V("insist")}|stressed|stresses|${V("suggest")}|${V("predict")}|expressed|${V("attribut")}|demo(?:ed|s|ing)|showed(?: off)?|shows off|showing off|talked(?: about)?|${V("recall")}|${V("complain")}|${V("criticiz", "criticis(?:e|es|ed|ing)")}|${V("demand")}|asked|asks)`, verb: "says", noun: "Statement" },
  { kind: "statement", sense: "decision", pos: "verb", pattern: `(?:${V("decid")})`, verb: "decides", noun: "Decision" },
  { kind: "statement", sense: "denial", pos: "verb", pattern: "(?:den(?:y|ies|ied|ying)|rejected|rebuffed)", verb: "denies", noun: "Denial", placePrep: "in" },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:agreements?|deals?|treat(?:y|ies)|accords?|contracts?|pacts?)", verb: "agrees a deal", noun: "Agreement", placePrep: "in" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: `(?:${V("sign")}|${V("agre")}|${V("ratif", "ratified|ratifies")})`, verb: "signs", noun: "Signing", placePrep: "in" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:(?:missile|nuclear|weapons?|rocket) (?:tests?|launch(?:es)?)|drills?|military exercises?|parades?)", verb: "tests", noun: "Test", placePrep: "in" },
  { kind: "military", sense: "test", pos: "verb", pattern: "(?:fired|fires|launched|launches|tested|tests)(?=\\s+(?:\\p{L}+\\s+){0,3}(?:missiles?|rockets?|projectiles?|shells?|torpedo(?:es)?|strikes?|attacks?|offensives?|raids?|salvos?|drones?|weapons?))", verb: "fires", noun: "Launch", placePrep: "in", priority: 1 },
  { kind: "military", sense: "deploy", pos: "verb", pattern: "deploy(?:s|ed|ing)?", verb: "deploys", noun: "Deployment", placePrep: "in" },
  // illness: a fight, battle or struggle whose object is a disease is no conflict ("fought pancreatic cancer", "battling leukaemia")
  { kind: "disaster", sense: "illness", pos: "verb", pattern: `(?:fight(?:s|ing)?|fought|${V("battl")}|${V("struggl")}(?: with)?|suffer(?:s|ed|ing)? from|diagnosed with|treated for|${V("recover")} from|surviv(?:e|es|ed|ing))(?=\\s+(?:\\p{L}+\\s+){0,3}(?:cancers?|tumou?rs?|leuka?emia|lymphoma|illness(?:es)?|diseases?|infections?|disorders?|strokes?|heart attacks?|diabetes|HIV|Covid(?:-19)?|tuberculosis|malaria|pneumonia))`, verb: "fights", noun: "Illness", placePrep: "in", priority: 1 },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: `(?:${V("attack")}|${V("invad")}|${V("bomb")}|${V("strik", "struck")}|${V("shell")}|killed|kills|wounded|fought|fights)`, verb: "attacks", noun: "Attack", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:attacks?|invasions?|offensives?|bombings?|strikes?|clashes|fighting|wars?|conflicts?|crisis)", verb: "attacks", noun: "Attack", placePrep: "in" },
  { kind: "conflict", sense: "violence", pos: "verb", pattern: `(?:shot|shoots|${V("abduct")}|${V("kidnap", "kidnapped")}|${V("injur")}|${V("clash")}|${V("assassinat")}|${V("execut")}|died|dies|dead)`, verb: "", noun: "Violence", placePrep: "in" },
  { kind: "conflict", sense: "protest", pos: "verb", pattern: `(?:${V("protest")}|${V("march")}|${V("rall", "rallied")}|staged|${V("demonstrat")}|${V("riot")}|${V("boycott")})`, verb: "", noun: "Protest", placePrep: "in" },
  { kind: "conflict", sense: "protest", pos: "noun", pattern: "(?:protests?|demonstrations?|riots?|rall(?:y|ies)|marches|boycotts?)", verb: "protests", noun: "Protest", placePrep: "in" },
  // election
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:took power|takes power|came to power|comes to power|took office|takes office|sworn in|succeeded)", verb: "takes power", noun: "Taking power", priority: 3 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:elected|re-elected|appointed|${V("vot")}|${V("resign")}|named)`, verb: "is elected", noun: "Election" },
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:elections?|polls?|referend(?:um|a)|primaries|primary)", verb: "is elected", noun: "Election" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:inaugurations?|appointments?)", verb: "is appointed", noun: "Appointment" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:resignations?)", verb: "resigns", noun: "Resignation" },
  // economic
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:economic forum|Eastern Economic Forum)", verb: "is held", noun: "Economic forum", placePrep: "in", priority: 3 },
  { kind: "economic", sense: "bankruptcy", pos: "verb", pattern: "(?:fil(?:ed|es|ing|e) for (?:Chapter 11 )?(?:bankruptcy|bankruptcy protection|Chapter 11)|went bankrupt|goes bankrupt)", verb: "files for bankruptcy", noun: "Bankruptcy", priority: 2 },
  { kind: "economic", sense: "bankruptcy", pos: "noun", pattern: "(?:bankruptc(?:y|ies)|Chapter 11 (?:filing|protection))", verb: "files for bankruptcy", noun: "Bankruptcy" },
  { kind: "economic", sense: "acquisition", pos: "verb", pattern: `(?:bought|buys|buying|${V("acquir")}|${V("purchas")}|took over|takes over|${V("merg")})`, verb: "acquires", noun: "Acquisition" },
  { kind: "economic", sense: "acquisition", pos: "noun", pattern: "(?:acquisitions?|takeovers?|mergers?|buyouts?|purchases?)", verb: "acquires", noun: "Acquisition" },
  { kind: "economic", sense: "sale", pos: "verb", pattern: "(?:sold|sells|selling|shipped|ships|delivered|delivers)", verb: "", noun: "Sales" },
  { kind: "economic", sense: "sale", pos: "noun", pattern: "(?:sales|deliveries|shipments|orders|exports?|imports?)", verb: "sells", noun: "Sales" },
  { kind: "economic", sense: "release", pos: "verb", pattern: `(?:launched|launches|launching|${V("releas")}|${V("unveil")}|${V("introduc")}|${V("debut")}|rolled out|rolls out|went on sale|goes on sale|${V("announc")}(?=\\s+(?:the|a|an|its)\\s+(?:new\\s+)?(?:\\p{Lu}|\\p{Ll}{1,2}\\p{Lu})))`, verb: "", noun: "Launch", priority: 1 },
  { kind: "economic", sense: "release", pos: "noun", pattern: "(?:launch(?:es)?|releases?|debuts?|unveiling|rollout)", verb: "releases", noun: "Launch" },
  { kind: "economic", sense: "market", pos: "verb", pattern: `(?:rose|rises|risen|fell|falls|fallen|${V("jump")}|${V("drop", "dropped")}|${V("climb")}|${V("plung")}|${V("surg")}|${V("slump")}|${V("soar")}|${V("tumbl")}|${V("gain")}|${V("surpass")}|overtook|overtakes|passed)`, verb: "", noun: "Market move" },
  { kind: "economic", sense: "earnings", pos: "noun", pattern: "(?:(?:quarterly |annual |net )?(?:profits?|earnings|revenues?|losses|results))", verb: "reports earnings", noun: "Earnings" },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:sanctions|investments?|layoffs|job cuts|strikes?|tariffs?|bailouts?|loans?|IPO|stake)", verb: "", noun: "Economy" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: `(?:${V("invest")}|${V("rais")}|cut|cuts|laid off|lays off|${V("hir")}|${V("borrow")}|${V("lend")}|lent|${V("pric")}|${V("earn")}|${V("post")}(?=\\s+(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:profit|loss|gain)))`, verb: "", noun: "Economy" },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:earthquakes?|floods?|fires?|hurricanes?|storms?|typhoons?|cyclones?|explosions?|accidents?|crash(?:es)?|disasters?|epidemics?|pandemics?|outbreaks?|eruptions?)", verb: "hits", noun: "Disaster", placePrep: "in" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: `(?:${V("explod")}|collapsed|${V("flood")}|destroyed|crashed)`, verb: "hits", noun: "Disaster", placePrep: "in" },
  { kind: "economic", sense: "market", pos: "verb", pattern: `(?:closed|closes|closing|${V("declin")}|totaled|totalled|totals|${V("slid", "slid")}|${V("rebound")}|${V("rall", "rallied")}(?=\\s+(?:\\d|to|from)))`, verb: "", noun: "Market move" },
  { kind: "economic", sense: "earnings", pos: "verb", pattern: `(?:${V("post")}(?=\\s+(?:a|an|its|record|net)\\s)|${V("disclos")}|${V("report")}(?=\\s+(?:a|an|its|record|net)\\s+(?:\\p{L}+\\s+)?(?:profit|loss|earnings|revenue|income)))`, verb: "", noun: "Earnings", priority: 1 },
  { kind: "economic", sense: "production", pos: "verb", pattern: `(?:${V("creat")}|${V("design")}|${V("build")}|built|${V("assembl")}|${V("manufactur")}|${V("produc")}|${V("open")}(?=\\s+(?:a|an|its|the)\\s+(?:new\\s+)?(?:plant|factory|store|office|shop)))`, verb: "", noun: "Production" },
  { kind: "election", sense: "appointment", pos: "verb", pattern: `(?:${V("hir")}|fired|${V("promot")}|${V("nominat")}|${V("dismiss")}|ousted|${V("replac")})`, verb: "", noun: "Appointment" },
  // legal
  { kind: "legal", sense: "lawsuit", pos: "verb", pattern: `(?:${V("sue", "sued")}|fil(?:ed|es|ing|e) (?:a )?(?:lawsuit|suit|complaint)|took .{0,20} to court)`, verb: "sues", noun: "Lawsuit", placePrep: "in" },
  { kind: "legal", sense: "settlement", pos: "verb", pattern: `(?:${V("settl")})`, verb: "settles", noun: "Settlement", placePrep: "in" },
  { kind: "legal", sense: "settlement", pos: "noun", pattern: "settlements?", verb: "settles", noun: "Settlement", placePrep: "in" },
  { kind: "legal", sense: "ruling", pos: "verb", pattern: "(?:ruled|rules|overturned|upheld|dismissed|struck down)", verb: "", noun: "Ruling", placePrep: "in" },
  { kind: "legal", sense: "legal", pos: "verb", pattern: `(?:${V("arrest")}|${V("convict")}|sentenced|${V("charg")}|indicted|acquitted|jailed|detained|${V("fin")}(?=\\s+(?:\\$|€|£|\\d)))`, verb: "", noun: "Trial", placePrep: "in" },
  { kind: "legal", sense: "lawsuit", pos: "noun", pattern: "(?:lawsuits?|suits?|complaints?|trademark dispute|dispute)", verb: "sues", noun: "Lawsuit", placePrep: "in" },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:trials?|verdicts?|investigations?|probes?|arrests?|rulings?|hearings?|indictments?|fines?)", verb: "", noun: "Trial", placePrep: "in" },
  // states in the simple present (3rd person): what a product, a service or an organisation has, does or costs at the time of writing.
  // Not after a determiner (a noun: "its features"), "to", a modal or a negation (no statement of the present state); "has"/"have"
  // and the nouns-or-verbs "features"/"offers" only before their object's determiner, number or quantifier (not "has been", "has twice sued").
  { kind: "other", sense: "state", pos: "verb", pattern: `${NOT_STATE}(?:(?:has|have)${STATE_OBJECT}|(?:uses|weighs|measures)(?![\\p{L}]))`, verb: "", noun: "State", priority: 1 },
  // what a product or a service is offered with: its price, its sales, its specification ("comes in two colours", "features a 3.5-inch screen")
  { kind: "economic", sense: "state", pos: "verb", pattern: `${NOT_STATE}(?:(?:offers|features)${STATE_OBJECT}|(?:sells|costs|accounts? for|includes|contains|supports|comes (?:in|with)|works with|runs on)(?![\\p{L}]))`, verb: "", noun: "Offer", priority: 1 },
  // other
  { kind: "other", sense: "occurrence", pos: "verb", pattern: `(?:took place|takes place|will take place|held|${V("begin", "began|begun")}|${V("start")}|${V("end")}|${V("open")}|${V("clos")}|died|dies|born)`, verb: "takes place", noun: "Event", placePrep: "in" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:ceremon(?:y|ies)|festivals?|celebrations?|funerals?|exhibitions?|concerts?|matches|championships?|opening|closing)", verb: "takes place", noun: "Event", placePrep: "in" },
];
