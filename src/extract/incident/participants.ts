/**
 * Participants of one event trigger: its own subject (the principal actor), its objects and its
 * place, read from the trigger's clause — not every name of the sentence. A subject left implicit or
 * written as a pronoun or role noun ("il", "he", "the automaker", « le président russe ») is the
 * recent actor it refers back to.
 */
import type { Entity } from "../entities";
import type { Sentence } from "../sentences";
import type { TriggerMatch } from "../triggers";
import type { ArticleContext } from "../incidents";
import { clauseBounds, clauseIndex } from "./clauses";

export interface Participants {
  /** Canonical name of the subject (or of the event's first participant), if any. */
  principal?: Entity;
  /** Subject first, then objects, then the other people of a meeting. */
  actors: Entity[];
  /** Places of the trigger's clause (the sentence's when the clause has none). */
  places: Entity[];
  /** The place the headline names (the trigger's destination or location). */
  headPlace?: Entity;
  /** A place acting as subject ("Moscow denied"). */
  subjectPlace?: Entity;
}

/** People and organisations named in each earlier sentence, for anaphora. */
function recentActors(ctx: ArticleContext, s: Sentence, type: "person" | "org", n: number, nation?: string): Entity[] {
  const out: Entity[] = [];
  for (let i = s.index - 1; i >= 0 && i >= s.index - 4 && out.length < n; i--) {
    for (const e of ctx.actorsIn(i)) {
      if (e.type !== type || out.some((x) => x.name === e.name)) continue;
      if (nation && e.nation !== nation) continue;
      out.push(e);
      if (out.length >= n) break;
    }
  }
  return out;
}

/** The article's most mentioned people so far ("les deux hommes" → the two protagonists). */
function salientPeople(ctx: ArticleContext, s: Sentence): Entity[] {
  const counts = new Map<string, { e: Entity; n: number }>();
  for (let i = 0; i <= s.index; i++)
    for (const e of ctx.actorsIn(i)) if (e.type === "person") counts.set(e.name, { e, n: (counts.get(e.name)?.n ?? 0) + 1 });
  return [...counts.values()].sort((a, b) => b.n - a.n || a.e.name.localeCompare(b.e.name)).map((x) => x.e).slice(0, 2);
}

/** The subject written as a pronoun or role noun, resolved to a recent actor. */
function anaphoricSubject(s: Sentence, trig: TriggerMatch, entities: Entity[], ctx: ArticleContext, floor: number): Entity[] {
  const cues = ctx.locale.entities;
  const before = s.text.slice(floor, trig.start);
  if (cues.personAnaphor.two.test(before)) return salientPeople(ctx, s);
  if (cues.orgAnaphor.test(before.slice(-40))) return recentActors(ctx, s, "org", 1);
  const pronoun = cues.personAnaphor.one.test(before.slice(-60));
  if (pronoun || /^\s*\p{Ll}/u.test(before)) {
    // « le dirigeant nord-coréen »: the recent person of that nation.
    const nation = entities.find((e) => e.adjective && e.end <= trig.start && trig.start - e.end < 40)?.name;
    const ofNation = nation ? recentActors(ctx, s, "person", 1, nation) : [];
    return ofNation.length ? ofNation : recentActors(ctx, s, "person", 1);
  }
  return [];
}

/**
 * Verb phrases coordinated under one subject ("Apple was started by Jobs in 1976, and launched the
 * store in 2003"): a conjunct opening with the conjunction and its verb takes the subject of the
 * conjunct before it (its first event's subject, not a passive's by-agent).
 */
function conjunctSubject(s: Sentence, trig: TriggerMatch, entities: Entity[], ctx: ArticleContext, triggers: TriggerMatch[], cuts: number[], tc: number): Entity[] {
  const opening = ctx.locale.conjunctOpening;
  if (!opening || tc === 0 || !opening.test(s.text.slice(cuts[tc], trig.end + 1))) return [];
  const head = triggers.find((t) => clauseIndex(cuts, t.start) === tc - 1);
  if (!head) return [];
  const p = participants(s, head, entities, ctx, triggers);
  return p.principal && p.actors[0] === p.principal && (p.principal.end <= head.start || !entities.includes(p.principal)) ? [p.principal] : [];
}

const uniq = (es: Entity[]) => es.filter((e, i) => es.findIndex((x) => x.name === e.name) === i);

export function participants(s: Sentence, trig: TriggerMatch, entities: Entity[], ctx: ArticleContext, triggers: TriggerMatch[]): Participants {
  const cuts = clauseBounds(s.text, ctx.locale);
  const tc = clauseIndex(cuts, trig.start);
  // A reporting verb before the trigger closes its subject's reach ("Kyodo rapporte que le dirigeant … est arrivé").
  const floor = Math.max(cuts[tc], ...triggers.filter((t) => t !== trig && t.entry.kind === "statement" && t.end <= trig.start).map((t) => t.end));
  const inClause = (e: Entity) => clauseIndex(cuts, e.start) === tc && e.start >= floor;
  const named = entities.filter((e) => !e.adjective);
  const actorsIn = named.filter((e) => e.role === "actor");
  const subjects = actorsIn.filter((e) => e.end <= trig.start && inClause(e));
  const lastSubject = subjects[subjects.length - 1];
  // The nearest name before the verb is its subject; a coordinated one ("Kim et Poutine") joins it.
  const subject = lastSubject
    ? subjects.filter((e) => e === lastSubject || /^\s*(?:&|\p{Ll}{1,3})\s*$/u.test(s.text.slice(e.end, lastSubject.start)))
    : actorsIn.filter((e) => e.end <= trig.start && e.start >= floor && trig.start - e.end < 80).slice(-1);
  const shared = subject.length ? [] : conjunctSubject(s, trig, entities, ctx, triggers, cuts, tc);
  const implicit = subject.length || shared.length ? [] : anaphoricSubject(s, trig, entities, ctx, floor);
  const objects = actorsIn.filter((e) => e.start >= trig.end && inClause(e)).slice(0, 2);
  const others = trig.entry.kind === "meeting" ? actorsIn.filter((e) => e.type === "person") : [];
  const actors = uniq([...subject, ...shared, ...implicit, ...objects, ...others]);
  const placeEntities = entities.filter((e) => e.role === "place");
  const clausePlaces = placeEntities.filter(inClause);
  const places = uniq(clausePlaces.length ? clausePlaces : placeEntities);
  const subjectPlace = !actors.length && trig.entry.kind !== "statement" ? named.find((e) => e.role === "place" && e.end <= trig.start && inClause(e)) : undefined;
  const headPlace = pickHeadPlace(s, trig, clausePlaces.filter((e) => !e.adjective && e !== subjectPlace), named, cuts, tc, ctx);
  return { principal: actors[0] ?? subjectPlace, actors, places, headPlace, subjectPlace };
}

/** A named place just after the trigger (cities before countries), else the clause's nearest one. */
function pickHeadPlace(s: Sentence, trig: TriggerMatch, clausePlaces: Entity[], named: Entity[], cuts: number[], tc: number, ctx: ArticleContext): Entity | undefined {
  const rank = (e: Entity) => (e.type === "country" ? 1 : 0);
  const after = clausePlaces.filter((e) => e.start >= trig.end && e.start - trig.end < 80).sort((a, b) => rank(a) - rank(b) || a.start - b.start);
  const near = [...clausePlaces].sort((a, b) => rank(a) - rank(b) || Math.abs(a.start - trig.start) - Math.abs(b.start - trig.start));
  const found = after[0] ?? near[0];
  if (found) return found;
  // A locative relative clause ("…, où se déroule le forum") takes the place it refers back to.
  const clause = s.text.slice(cuts[tc], cuts[tc + 1] ?? s.text.length);
  if (!ctx.locale.locativeRelative?.test(clause)) return undefined;
  return named.filter((e) => e.role === "place" && e.end <= cuts[tc]).sort((a, b) => rank(a) - rank(b) || b.end - a.end)[0];
}
