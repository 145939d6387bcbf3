/** The page of one merged incident: navigation, human dates, facts, and its sources side by side. */
import type { Incident } from "../model/incident";
import { humanDate, humanMonth, humanStamp } from "./dates";
import { dateWordings, NameLinks, StatusChips } from "./incident-card";
import { Layout } from "./layout";
import { withFilters } from "./links";

function sourceName(s: Incident["sources"][number]): string {
  if (s.source) return s.source;
  try {
    return new URL(s.url).hostname;
  } catch {
    return s.url;
  }
}

function Sources(props: { i: Incident }) {
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{props.i.sources.length} {props.i.sources.length === 1 ? "source" : "sources"}</h2>
      <div class="sources">
        {props.i.sources.map((s) => (
          <article class="source" lang={s.language ?? undefined}>
            <h3><a href={s.url}>{sourceName(s)}</a></h3>
            <p class="meta">
              {s.title ? <>{s.title} · </> : null}
              {s.publishedAt ? <>published <time datetime={s.publishedAt}>{humanStamp(s.publishedAt)}</time> · </> : null}
              {s.language ?? "?"} · says it {s.status === "happened" ? "happened" : `is ${s.status}`}
            </p>
            <p class="meta">Date as written: “{s.dateText}”</p>
            <blockquote cite={s.url}><p>“{s.quote}”</p></blockquote>
          </article>
        ))}
      </div>
    </section>
  );
}

export function IncidentPage(props: { i: Incident; siteTitle: string }) {
  const { i } = props;
  const month = i.date.start.slice(0, 7);
  const wordings = dateWordings(i);
  return (
    <Layout title={`${i.title} — ${props.siteTitle}`} siteTitle={props.siteTitle}>
      <nav aria-label="Breadcrumb" class="meta">
        <a href="/">Timeline</a> › <a href={withFilters("/", { from: month, to: month })}>{humanMonth(month)}</a> › this incident
      </nav>
      <h1 lang={i.languages.length === 1 ? i.languages[0] : undefined}>{i.title}</h1>
      <p class="meta">
        <time datetime={i.date.start}>{humanDate(i.date)}</time> <StatusChips i={i} />
      </p>
      <dl class="facts">
        {wordings.length > 0 && (
          <>
            <dt>Dated by the sources</dt>
            <dd>{wordings.map((w, k) => <>{k > 0 ? " · " : ""}{w.source}: “{w.text}”</>)}</dd>
          </>
        )}
        <dt>Languages</dt>
        <dd>{i.languages.join(", ") || "—"}</dd>
        <dt>First seen</dt>
        <dd><time datetime={i.firstSeenAt}>{humanStamp(i.firstSeenAt)}</time></dd>
        <dt>Last change</dt>
        <dd><time datetime={i.updatedAt}>{humanStamp(i.updatedAt)}</time></dd>
      </dl>
      <NameLinks label="Actors" names={i.actors} filter="actor" filters={{}} />
      <NameLinks label="Places" names={i.places} filter="place" filters={{}} />
      <Sources i={i} />
      <p class="meta">
        <a href="/">← Back to the timeline</a> · <a href={`/api/incidents/${encodeURIComponent(i.id)}`} type="application/json">JSON</a>
      </p>
    </Layout>
  );
}

export function NotFoundPage(props: { id: string; siteTitle: string }) {
  return (
    <Layout title={`Not found — ${props.siteTitle}`} siteTitle={props.siteTitle}>
      <h1>Incident not found</h1>
      <p>No incident has the id <code>{props.id}</code>. <a href="/">Back to the timeline</a>.</p>
    </Layout>
  );
}
