/** URLs of the pages and feeds with a set of filters (the API's parameters). */
export const FILTER_KEYS = ["from", "to", "q", "kind", "place", "actor", "lang"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** The filters of a query, without empty values. */
export function filtersOf(q: Partial<Record<string, unknown>>): Filters {
  const out: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = q[k];
    if (typeof v === "string" && v.trim() !== "") out[k] = v;
  }
  return out;
}

export function withFilters(path: string, filters: Filters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) params.set(k, filters[k]!);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** The timeline narrowed by one more filter (an actor or place link keeps the other filters). */
export const narrowed = (filters: Filters, key: FilterKey, value: string) => withFilters("/", { ...filters, [key]: value });

export const FEED_LINKS: { label: string; path: string; type: string }[] = [
  { label: "RSS", path: "/feed.xml", type: "application/rss+xml" },
  { label: "Atom", path: "/feed.atom", type: "application/atom+xml" },
  { label: "JSON Feed", path: "/feed.json", type: "application/feed+json" },
  { label: "Calendar (.ics)", path: "/feed.ics", type: "text/calendar" },
  { label: "CSV", path: "/api/incidents.csv", type: "text/csv" },
];
