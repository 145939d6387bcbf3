/**
 * Entity date F1: for each target entity, the distinct dates (gold form) of the incidents that
 * `?actor=<entity>` returns vs the distinct dated lines of its gold timeline.
 */
import type { GoldTimeline } from "./corpus";
import { incidentGoldForm, UNDATED } from "./dates";
import { incidentsForActor } from "./actor";
import type { IngestedCorpus } from "./ingest";
import { prf } from "./merge-pairs";

export interface EntityDates {
  entity: string;
  incidents: number;
  goldDates: string[];
  systemDates: string[];
  correct: string[];
  precision: number;
  recall: number;
  f1: number;
}

export function entityDates(corpus: IngestedCorpus, tl: GoldTimeline): EntityDates {
  const incidents = incidentsForActor(corpus.plan.incidents, tl.entity);
  const systemDates = [...new Set(incidents.map((i) => incidentGoldForm(i.date)))].filter((d) => d !== UNDATED).sort();
  const goldDates = [...new Set(tl.lines.map((l) => l.date))].filter((d) => d !== UNDATED).sort();
  const correct = systemDates.filter((d) => goldDates.includes(d));
  return { entity: tl.entity, incidents: incidents.length, goldDates, systemDates, correct, ...prf(correct.length, systemDates.length, goldDates.length) };
}

export function entityDateScores(corpus: IngestedCorpus, timelines: GoldTimeline[]): { perEntity: EntityDates[]; macroF1: number; macroP: number; macroR: number } {
  const perEntity = timelines.map((tl) => entityDates(corpus, tl));
  const avg = (f: (e: EntityDates) => number) => (perEntity.length ? perEntity.reduce((s, e) => s + f(e), 0) / perEntity.length : 0);
  return { perEntity, macroF1: avg((e) => e.f1), macroP: avg((e) => e.precision), macroR: avg((e) => e.recall) };
}
