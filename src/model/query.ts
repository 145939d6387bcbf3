import { z } from "@hono/zod-openapi";
import { IncidentKindSchema } from "./incident";

/** A calendar date prefix that exists: YYYY, YYYY-MM (month 01-12) or YYYY-MM-DD (a real day: no 2023-09-31). */
export function isCalendarPrefix(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month: the last day of this one
  return day <= days;
}

const isoDay = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((s) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) || isCalendarPrefix(s), "is not a date of the calendar (month 01-12, day within the month)");

const name = z.string().trim().min(1).max(200);

export const IncidentSortSchema = z
  .enum(["date", "updated"])
  .meta({ description: "date: by incident date, newest first; updated: by last change, most recent first" });
export type IncidentSort = z.infer<typeof IncidentSortSchema>;

const FILTERS = {
    from: isoDay.optional().meta({ description: "Only incidents whose date span ends on/after this date (YYYY, YYYY-MM or YYYY-MM-DD)" }),
    to: isoDay.optional().meta({ description: "Only incidents whose date span starts on/before this date (YYYY, YYYY-MM or YYYY-MM-DD)" }),
    q: name.optional().meta({ description: "Text search (title, quotes, actors, places); a known alias also finds its canonical name" }),
    kind: IncidentKindSchema.optional(),
    place: name.optional().meta({ description: "Canonical name or any known alias, case-insensitive" }),
    actor: name.optional().meta({ description: "Canonical name or any known alias, case-insensitive" }),
    lang: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag such as fr or en-GB").optional().meta({ description: "Language of at least one source" }),
    sort: IncidentSortSchema.optional().meta({ description: "Order: date (default of /api/incidents) or updated (default of the feeds)" }),
    cursor: z.string().max(500).optional().meta({ description: "Opaque cursor from a previous page; valid only with the filters and order it was issued for" }),
};

/** Is `from` after `to` (both calendar prefixes: "2023-09" is not after "2023")? */
export function afterSpanEnd(from: string, to: string): boolean {
  return from.slice(0, to.length) > to;
}

/** from after to is refused (an empty span is a mistake, not a filter). */
function spanInOrder(q: { from?: string; to?: string }, ctx: z.RefinementCtx): void {
  if (q.from && q.to && isCalendarPrefix(q.from) && isCalendarPrefix(q.to) && afterSpanEnd(q.from, q.to)) {
    ctx.addIssue({ code: "custom", path: ["from"], message: `from (${q.from}) is after to (${q.to})` });
  }
}

const limit = (byDefault: number) => z.coerce.number().int().min(1).max(500).default(byDefault).meta({ description: `Page size (1-500, default ${byDefault})` });

/** Filters of /api/incidents and the feeds (pages of 50 by default). */
export const IncidentQuerySchema = z.object({ ...FILTERS, limit: limit(50) }).superRefine(spanInOrder);
export type IncidentQuery = z.infer<typeof IncidentQuerySchema>;

/** The same filters for the exports (.ics, .csv): 500 incidents by default, since calendars do not page. */
export const ExportQuerySchema = z.object({ ...FILTERS, limit: limit(500) }).superRefine(spanInOrder);

/** A query as the store reads it: `q` also matches any of `qAlso` (the canonical name of an alias). */
export type IncidentFilter = IncidentQuery & { qAlso?: string[] };

/** The same filters for the HTML timeline at / (100 incidents a page). */
export const TimelineQuerySchema = z.object({ ...FILTERS, limit: limit(100) }).superRefine(spanInOrder);
