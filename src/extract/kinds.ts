/**
 * Incident taxonomy (IncidentKind in ./types):
 * - travel: departure, arrival, visit, trip, return ("a quitté", "est arrivé", "left", "visit")
 * - meeting: meetings, summits, talks, forums ("rencontre", "sommet", "talks")
 * - statement: statements, reports, announcements, denials ("a déclaré", "announced", "ont nié")
 * - agreement: deals, treaties, signatures ("accord", "signed")
 * - military: weapons tests, launches, parades, deployments ("essai", "fired")
 * - conflict: attacks, invasions, wars, fighting ("invasion", "attacked")
 * - election: elections, appointments, taking power ("a pris le pouvoir", "elected")
 * - economic: economic forums, trade, purchases, sanctions, markets
 * - disaster: natural disasters, accidents, epidemics
 * - legal: arrests, trials, verdicts, investigations
 * - other: events with a generic trigger ("a eu lieu", "took place", "ceremony")
 *
 * When several triggers govern the same date, the more informative kind wins (ranking below).
 */
import type { IncidentKind } from "./types";

export const KIND_RANK: Record<IncidentKind, number> = {
  election: 9,
  conflict: 8,
  military: 8,
  disaster: 8,
  travel: 7,
  meeting: 7,
  agreement: 6,
  legal: 6,
  economic: 5,
  other: 2,
  statement: 1,
};
