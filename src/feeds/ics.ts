/**
 * iCalendar (RFC 5545) export through ical-generator: one all-day VEVENT per merged incident, spanning
 * its date (a day, a range, a week or a month), so a calendar can subscribe to the timeline.
 */
import ical, { ICalEventStatus } from "ical-generator";
import type { Incident } from "../model/incident";
import { FEED_DESCRIPTION } from "./atom";
import { incidentText } from "./incident-view";
import { incidentUrl, type FeedContext } from "./load";

const DAY_MS = 86_400_000;
const utcDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

const STATUS: Record<Incident["status"], ICalEventStatus> = {
  happened: ICalEventStatus.CONFIRMED,
  reported: ICalEventStatus.TENTATIVE,
  planned: ICalEventStatus.TENTATIVE,
  denied: ICalEventStatus.CANCELLED,
};

/**
 * SEQUENCE must grow with every revision: whole seconds between the incident's first sighting and its
 * last change, which only ever move forward (0 for an incident never changed since it was created).
 */
export function sequenceOf(i: Pick<Incident, "firstSeenAt" | "updatedAt">): number {
  return Math.max(0, Math.floor((Date.parse(i.updatedAt) - Date.parse(i.firstSeenAt)) / 1000));
}

/** UID: stable per incident across fetches and filters. */
export const eventUid = (id: string, host: string) => `${id}@${host}`;

export function icsCalendar(incidents: Incident[], ctx: FeedContext): string {
  const host = new URL(ctx.baseUrl).host;
  const cal = ical({
    name: ctx.title,
    description: FEED_DESCRIPTION,
    prodId: { company: "news-timeline", product: "timeline", language: "EN" },
    url: ctx.selfUrl,
    ttl: 30 * 60,
  });
  for (const i of incidents) {
    const start = utcDay(i.date.start);
    cal.createEvent({
      id: eventUid(i.id, host),
      allDay: true,
      start,
      end: new Date(utcDay(i.date.end ?? i.date.start).getTime() + DAY_MS), // DTEND is exclusive
      summary: i.title,
      description: incidentText(i),
      url: incidentUrl(ctx, i.id),
      location: i.places.length ? i.places.join(", ") : undefined,
      categories: [{ name: i.kind }],
      status: STATUS[i.status],
      sequence: sequenceOf(i),
      created: new Date(i.firstSeenAt),
      lastModified: new Date(i.updatedAt),
      stamp: new Date(i.updatedAt),
    });
  }
  return cal.toString();
}
