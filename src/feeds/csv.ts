/** CSV export (RFC 4180): one row per merged incident, a header line, CRLF line ends, quoted fields. */
import type { Incident } from "../model/incident";
import { publishers } from "./entry-meta";
import { incidentUrl, type FeedContext } from "./load";

/** A field as RFC 4180 wants it: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const COLUMNS: [string, (i: Incident, ctx: FeedContext) => string | number][] = [
  ["id", (i) => i.id],
  ["date", (i) => i.date.value],
  ["start", (i) => i.date.start],
  ["end", (i) => i.date.end ?? i.date.start],
  ["granularity", (i) => i.date.granularity],
  ["title", (i) => i.title],
  ["kind", (i) => i.kind],
  ["status", (i) => i.status],
  ["actors", (i) => i.actors.join("; ")],
  ["places", (i) => i.places.join("; ")],
  ["languages", (i) => i.languages.join("; ")],
  ["source_count", (i) => i.sources.length],
  ["publishers", (i) => publishers(i).join("; ")],
  ["source_urls", (i) => i.sources.map((s) => s.url).join(" ")],
  ["first_seen_at", (i) => i.firstSeenAt],
  ["updated_at", (i) => i.updatedAt],
  ["page", (i, ctx) => incidentUrl(ctx, i.id)],
];

export function incidentsCsv(incidents: Incident[], ctx: FeedContext): string {
  const lines = [COLUMNS.map(([name]) => name).join(",")];
  for (const i of incidents) lines.push(COLUMNS.map(([, get]) => csvField(get(i, ctx))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
