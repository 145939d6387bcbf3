/** English event triggers (inflected forms) by kind. Same conventions as ../fr/triggers.ts. */
import type { TriggerEntry } from "../extract-types";

const V = (stem: string, extra = "") => `(?:${stem}(?:s|es|ed|d|ing|e)?${extra ? "|" + extra : ""})`;

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
  { kind: "statement", sense: "denial", pos: "verb", pattern: "(?:den(?:y|ies|ied|ying)|rejected|rebuffed)", verb: "denies", noun: "Denial", placePrep: "in" },
  // agreement
  { kind: "agreement", sense: "agreement", pos: "noun", pattern: "(?:agreements?|deals?|treat(?:y|ies)|accords?|contracts?|pacts?)", verb: "agrees a deal", noun: "Agreement", placePrep: "in" },
  { kind: "agreement", sense: "agreement", pos: "verb", pattern: `(?:${V("sign")}|${V("agre")}|${V("ratif", "ratified|ratifies")})`, verb: "signs", noun: "Signing", placePrep: "in" },
  // military
  { kind: "military", sense: "test", pos: "noun", pattern: "(?:(?:missile|nuclear|weapons?) tests?|launch(?:es)?|tests?|drills?|exercises?|parades?)", verb: "tests", noun: "Test", placePrep: "in" },
  { kind: "military", sense: "test", pos: "verb", pattern: "(?:fired|fires|launched|launches|tested|tests|deploy(?:s|ed|ing)?)", verb: "fires", noun: "Launch", placePrep: "in" },
  // conflict
  { kind: "conflict", sense: "attack", pos: "verb", pattern: `(?:${V("attack")}|${V("invad")}|${V("bomb")}|${V("strik", "struck")}|${V("shell")}|killed|kills|wounded)`, verb: "attacks", noun: "Attack", placePrep: "" },
  { kind: "conflict", sense: "attack", pos: "noun", pattern: "(?:attacks?|invasions?|offensives?|bombings?|strikes?|clashes|fighting|wars?|conflicts?|crisis)", verb: "attacks", noun: "Attack", placePrep: "in" },
  // election
  { kind: "election", sense: "power", pos: "verb", pattern: "(?:took power|takes power|came to power|comes to power|took office|takes office|sworn in|succeeded)", verb: "takes power", noun: "Taking power", priority: 3 },
  { kind: "election", sense: "vote", pos: "verb", pattern: `(?:elected|re-elected|appointed|${V("vot")}|${V("resign")}|named)`, verb: "is elected", noun: "Election" },
  { kind: "election", sense: "ballot", pos: "noun", pattern: "(?:elections?|polls?|referend(?:um|a)|primaries|primary)", verb: "is elected", noun: "Election" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:inaugurations?|appointments?)", verb: "is appointed", noun: "Appointment" },
  { kind: "election", sense: "vote", pos: "noun", pattern: "(?:resignations?)", verb: "resigns", noun: "Resignation" },
  // economic
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:economic forum|Eastern Economic Forum)", verb: "is held", noun: "Economic forum", placePrep: "in", priority: 3 },
  { kind: "economic", sense: "economic", pos: "noun", pattern: "(?:purchases?|sales?|sanctions|exports?|imports?|investments?|bankruptc(?:y|ies)|layoffs|takeovers?|mergers?|deliveries)", verb: "announces", noun: "Economy" },
  { kind: "economic", sense: "economic", pos: "verb", pattern: `(?:bought|buys|sold|sells|${V("acquir")}|${V("rais")}|${V("cut")}|${V("rose")}|fell|${V("invest")})`, verb: "buys", noun: "Economy" },
  // disaster
  { kind: "disaster", sense: "disaster", pos: "noun", pattern: "(?:earthquakes?|floods?|fires?|hurricanes?|storms?|typhoons?|cyclones?|explosions?|accidents?|crash(?:es)?|disasters?|epidemics?|pandemics?|outbreaks?|eruptions?)", verb: "hits", noun: "Disaster", placePrep: "in" },
  { kind: "disaster", sense: "disaster", pos: "verb", pattern: `(?:${V("explod")}|collapsed|${V("flood")}|destroyed|crashed)`, verb: "hits", noun: "Disaster", placePrep: "in" },
  // legal
  { kind: "legal", sense: "legal", pos: "verb", pattern: `(?:${V("arrest")}|${V("convict")}|sentenced|${V("charg")}|indicted|${V("sue", "sued")}|acquitted|jailed|released)`, verb: "is charged", noun: "Trial", placePrep: "in" },
  { kind: "legal", sense: "legal", pos: "noun", pattern: "(?:trials?|verdicts?|lawsuits?|investigations?|arrests?|rulings?|hearings?|indictments?)", verb: "is tried", noun: "Trial", placePrep: "in" },
  // other
  { kind: "other", sense: "occurrence", pos: "verb", pattern: `(?:took place|takes place|will take place|held|${V("begin", "began|begun")}|${V("start")}|${V("end")}|${V("open")}|${V("clos")}|died|dies|born)`, verb: "takes place", noun: "Event", placePrep: "in" },
  { kind: "other", sense: "event", pos: "noun", pattern: "(?:ceremon(?:y|ies)|festivals?|celebrations?|funerals?|exhibitions?|concerts?|matches|championships?|opening|closing)", verb: "takes place", noun: "Event", placePrep: "in" },
];
