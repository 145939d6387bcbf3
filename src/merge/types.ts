/**
 * Contract of the merge core (pure decisions; src/store applies them).
 * A mention is one incident extracted from one article; an incident is a cluster of mentions.
 */
import type { IncidentDate, IncidentKind, IncidentStatus } from "../extract/types";

export interface MentionRecord {
  /** Deterministic: derived from articleId + ExtractedIncident.key. */
  id: string;
  articleId: string;
  language: string;
  kind: IncidentKind;
  status: IncidentStatus;
  title: string;
  quote: string;
  trigger: string;
  date: IncidentDate;
  actors: string[];
  places: string[];
  publishedAt: string;
  /** Principal participant (canonical); absent on mentions stored before it existed. */
  principal?: string | null;
  /** Language-free predicate class; absent on mentions stored before it existed. */
  predicate?: string;
  /** Who reported it (canonical names). */
  attribution?: string[];
}

export interface PlannedIncident {
  /** Deterministic and order-independent (derived from the cluster's canonical member). */
  id: string;
  mentionIds: string[];
  title: string;
  kind: IncidentKind;
  /** The finest date among compatible members. */
  date: IncidentDate;
  actors: string[];
  places: string[];
}

export interface MergePlan {
  incidents: PlannedIncident[];
}
