/** The timeline page at /: filter form, feed links with the same filters, incidents grouped by month and day. */
import type { Incident } from "../model/incident";
import { IncidentKindSchema } from "../model/incident";
import { groupByMonthAndDay } from "./group";
import { IncidentCard } from "./incident-card";
import { Layout } from "./layout";
import { FEED_LINKS, withFilters, type Filters } from "./links";

export interface TimelineProps {
  siteTitle: string;
  filters: Filters;
  incidents: Incident[];
  /** Link to the page of earlier incidents, when there is one. */
  earlierUrl: string | null;
  /** Validation errors of the query, shown above the form (answered with status 400, no incidents). */
  errors: { path: string; message: string }[];
}

const FIELDS: { key: keyof Filters; label: string; type: string; hint: string }[] = [
  { key: "from", label: "From", type: "text", hint: "2023-09" },
  { key: "to", label: "To", type: "text", hint: "2023-09-30" },
  { key: "q", label: "Text", type: "search", hint: "any words" },
  { key: "actor", label: "Actor", type: "text", hint: "name or alias" },
  { key: "place", label: "Place", type: "text", hint: "name or alias" },
  { key: "lang", label: "Language", type: "text", hint: "fr, en…" },
];

function FilterForm(props: { filters: Filters }) {
  return (
    <form class="filters" method="get" action="/" role="search" aria-label="Filter the timeline">
      {FIELDS.map((f) => (
        <label>
          {f.label}
          <input type={f.type} name={f.key} value={props.filters[f.key] ?? ""} placeholder={f.hint} />
        </label>
      ))}
      <label>
        Kind
        <select name="kind">
          <option value="">any</option>
          {IncidentKindSchema.options.map((k) => (
            <option value={k} selected={props.filters.kind === k}>{k}</option>
          ))}
        </select>
      </label>
      <div class="actions">
        <button type="submit">Filter</button>
        <a href="/">Clear</a>
      </div>
    </form>
  );
}

export function FeedLinks(props: { filters: Filters }) {
  return (
    <nav class="feeds" aria-label="This view as a feed or file">
      Follow this view:{" "}
      <ul class="inline" style="display:inline-flex">
        {FEED_LINKS.map((f) => (
          <li><a href={withFilters(f.path, props.filters)} type={f.type}>{f.label}</a></li>
        ))}
      </ul>
    </nav>
  );
}

function Groups(props: { incidents: Incident[]; filters: Filters }) {
  if (props.incidents.length === 0) return <p class="empty">No incident matches these filters.</p>;
  return (
    <>
      {groupByMonthAndDay(props.incidents).map((m) => (
        <section aria-label={m.heading}>
          <h2 class="month"><time datetime={m.datetime}>{m.heading}</time></h2>
          {m.days.map((d) => (
            <section aria-label={d.heading}>
              {d.heading !== m.heading && <h3 class="day"><time datetime={d.datetime}>{d.heading}</time></h3>}
              {d.incidents.map((i) => <IncidentCard i={i} filters={props.filters} />)}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}

export function TimelinePage(props: TimelineProps) {
  const active = Object.entries(props.filters);
  const alternates = FEED_LINKS.slice(0, 3).map((f) => ({ title: `${props.siteTitle} (${f.label})`, type: f.type, href: withFilters(f.path, props.filters) }));
  return (
    <Layout title={active.length ? `${props.siteTitle} — filtered` : props.siteTitle} siteTitle={props.siteTitle} alternates={alternates}>
      <h1>Timeline</h1>
      {props.errors.length > 0 && (
        <div role="alert" class="errors">
          <p>Some filters could not be used:</p>
          <ul>{props.errors.map((e) => <li><strong>{e.path}</strong>: {e.message}</li>)}</ul>
        </div>
      )}
      <FilterForm filters={props.filters} />
      <FeedLinks filters={props.filters} />
      <p class="summary" aria-live="polite">
        {props.incidents.length} {props.incidents.length === 1 ? "incident" : "incidents"}
        {active.length ? <> matching {active.map(([k, v]) => `${k}=${v}`).join(", ")}</> : null}, oldest first.
      </p>
      {props.earlierUrl && <p class="pager"><a href={props.earlierUrl} rel="next">← Earlier incidents</a></p>}
      <Groups incidents={props.incidents} filters={props.filters} />
    </Layout>
  );
}
