import type { Context } from "hono";
import { IncidentQuerySchema, type IncidentQuery } from "../model/query";
import { invalid } from "./errors";

export function parseIncidentQuery(c: Context): IncidentQuery {
  const parsed = IncidentQuerySchema.safeParse(c.req.query());
  if (!parsed.success) throw invalid(parsed.error, "query parameters");
  return parsed.data;
}
