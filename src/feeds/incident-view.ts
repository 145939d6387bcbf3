/** Store rows → the Incident shape served by /api/incidents and embedded in the feeds. */
import type { Incident } from "../model/incident";
import { escapeHtml, safeHref } from "../text/xml-safe";

type Status = Incident["status"];
/** Incident status over its sources: one source saying it happened outweighs plans and denials. */
const STATUS_ORDER: Status[] = ["happened", "reported", "planned", "denied"];
export function summaryStatus(statuses: string[]): Status {
  return STATUS_ORDER.find((s) => statuses.includes(s)) ?? "reported";
}
import type { IncidentRow, SourceRow } from "../store/incidents";

export function toIncident(row: IncidentRow, sources: SourceRow[]): Incident {
  const seen = new Set<string>();
  const list: Incident["sources"] = [];
  for (const s of sources) {
    if (seen.has(s.article_id)) continue; // one source per article: its first sentence about the incident
    seen.add(s.article_id);
    list.push({
      articleId: s.article_id,
      url: s.url,
      title: s.title ?? s.extracted_title,
      source: s.source,
      publishedAt: s.published_at,
      language: s.language,
      quote: s.quote,
      dateText: s.date_text,
      status: s.status as Status,
    });
  }
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as Incident["kind"],
    status: summaryStatus(list.map((s) => s.status)),
    date: { value: row.date_value, start: row.date_start, end: row.date_end, granularity: row.date_granularity },
    actors: JSON.parse(row.actors) as string[],
    places: JSON.parse(row.places) as string[],
    languages: JSON.parse(row.languages) as string[],
    sources: list,
    firstSeenAt: row.first_seen_at,
    updatedAt: row.updated_at,
  };
}

const PART_OF_DAY: Record<string, string> = { MO: "morning", MI: "midday", AF: "afternoon", EV: "evening", NI: "night", DT: "daytime" };

/**
 * Human label of an incident date, language-neutral (ISO dates): "2023-09-10", "2023-09-10 (afternoon)",
 * "2023-09-10 – 2023-09-13", "2023-W37 (2023-09-11 – 2023-09-17)", "2023-07", "2019".
 */
export function dateLabel(i: Pick<Incident, "date">): string {
  const { value, start, end } = i.date;
  const part = /^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI|DT)$/.exec(value);
  if (part) return `${part[1]} (${PART_OF_DAY[part[2]]})`;
  const spans = end && end !== start;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return spans ? `${start} – ${end}` : value;
  // Months, years, decades read plainly; weeks, seasons, quarters and vague values get their span.
  if (/^\d{3,4}(-\d{2})?$/.test(value) || !spans) return value;
  return `${value} (${start} – ${end})`;
}

/** "2023-09-10 (afternoon): Kim Jong-un quitte Pyongyang" — the title of a feed item or page. */
export function itemTitle(i: Pick<Incident, "date" | "title">): string {
  return `${dateLabel(i)}: ${i.title}`;
}

/** How one source dates it, when its wording says more than the merged date ("dimanche soir"). */
const sourceDate = (s: Incident["sources"][number]) => (s.dateText ? ` [${s.dateText}]` : "");

export function incidentText(i: Incident): string {
  const lines = [`${dateLabel(i)} — ${i.title} (${i.kind}, ${i.status})`];
  if (i.actors.length) lines.push(`Actors: ${i.actors.join(", ")}`);
  if (i.places.length) lines.push(`Places: ${i.places.join(", ")}`);
  lines.push(`Sources (${i.sources.length}):`);
  for (const s of i.sources) lines.push(`- ${s.source ?? new URL(s.url).hostname}${s.publishedAt ? ` (${s.publishedAt.slice(0, 10)})` : ""}${sourceDate(s)}: “${s.quote}” ${s.url}`);
  return lines.join("\n");
}

export const esc = escapeHtml;

/** A source as a link when its URL is http(s), else as text. */
function sourceLink(s: Incident["sources"][number]): string {
  const label = esc(s.source ?? s.title ?? s.url);
  const href = safeHref(s.url);
  return href ? `<a href="${esc(href)}">${label}</a>` : label;
}

export function incidentHtml(i: Incident): string {
  const meta = [
    `<p><strong>${esc(dateLabel(i))}</strong> · ${esc(i.kind)} · ${esc(i.status)}</p>`,
    i.actors.length ? `<p>Actors: ${esc(i.actors.join(", "))}</p>` : "",
    i.places.length ? `<p>Places: ${esc(i.places.join(", "))}</p>` : "",
  ].join("");
  const sources = i.sources
    .map((s) => `<li>${sourceLink(s)}${s.publishedAt ? ` (${esc(s.publishedAt.slice(0, 10))})` : ""}${esc(sourceDate(s))}: <q>${esc(s.quote)}</q></li>`)
    .join("");
  return `${meta}<ul>${sources}</ul>`;
}
