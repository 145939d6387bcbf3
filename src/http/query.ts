import type { Context } from "hono";
import { canonicalName } from "../extract/gazetteer";
import { IncidentQuerySchema, type IncidentQuery } from "../model/query";
import { invalid } from "./errors";

export function parseIncidentQuery(c: Context): IncidentQuery {
  const parsed = IncidentQuerySchema.safeParse(c.req.query());
  if (!parsed.success) throw invalid(parsed.error, "query parameters");
  const q = parsed.data;
  // Actors and places are stored under canonical names: any known alias or spelling finds them.
  if (q.actor) q.actor = canonicalName(q.actor) ?? q.actor;
  if (q.place) q.place = canonicalName(q.place) ?? q.place;
  return q;
}
