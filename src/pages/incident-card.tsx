/** One incident on the timeline: headline, date (and each source's wording when they differ), kind, status, links that filter, sources on demand. */
import type { Incident } from "../model/incident";
import { humanDate } from "./dates";
import { narrowed, type Filters } from "./links";

const sourceName = (s: Incident["sources"][number]) => s.source ?? hostname(s.url);
function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** The sources' own date wordings, when they do not all say the same thing. */
export function dateWordings(i: Incident): { source: string; text: string }[] {
  const list = i.sources.filter((s) => s.dateText).map((s) => ({ source: sourceName(s), text: s.dateText }));
  return new Set(list.map((w) => w.text.toLowerCase())).size > 1 ? list : [];
}

export function NameLinks(props: { label: string; names: string[]; filter: "actor" | "place"; filters: Filters }) {
  if (props.names.length === 0) return null;
  return (
    <p class="meta">
      {props.label}:{" "}
      {props.names.map((n, k) => (
        <>
          {k > 0 ? ", " : ""}
          <a href={narrowed(props.filters, props.filter, n)} data-filter={props.filter} title={`Only incidents with ${n}`}>{n}</a>
        </>
      ))}
    </p>
  );
}

export function StatusChips(props: { i: Incident }) {
  return (
    <>
      <span class="chip">{props.i.kind}</span>
      <span class={`chip status-${props.i.status}`}>{props.i.status}</span>
    </>
  );
}

export function IncidentCard(props: { i: Incident; filters: Filters }) {
  const { i } = props;
  const wordings = dateWordings(i);
  const n = i.sources.length;
  return (
    <article class="incident" id={i.id} aria-labelledby={`h-${i.id}`}>
      <h4 id={`h-${i.id}`} lang={i.languages.length === 1 ? i.languages[0] : undefined}>
        <a href={`/incidents/${encodeURIComponent(i.id)}`}>{i.title}</a>
      </h4>
      <p class="meta">
        <time datetime={i.date.start}>{humanDate(i.date)}</time> <StatusChips i={i} />
      </p>
      {wordings.length > 0 && (
        <p class="meta wordings">
          As dated by the sources: {wordings.map((w, k) => <>{k > 0 ? " · " : ""}{w.source}: “{w.text}”</>)}
        </p>
      )}
      <NameLinks label="Actors" names={i.actors} filter="actor" filters={props.filters} />
      <NameLinks label="Places" names={i.places} filter="place" filters={props.filters} />
      <details>
        <summary>
          {n} {n === 1 ? "source" : "sources"}
        </summary>
        {i.sources.map((s) => (
          <blockquote cite={s.url}>
            <p>“{s.quote}”</p>
            <footer>
              — <a href={s.url}>{sourceName(s)}</a>
              {s.dateText ? <> (“{s.dateText}”)</> : null}
            </footer>
          </blockquote>
        ))}
      </details>
    </article>
  );
}
