import type { Event, EventActor } from "../doc/types.ts";
import { nameKey } from "../entities/names.ts";
import type { SentenceEvent } from "./extract.ts";

/**
 * Within-article merging: a later mention of the same event (« le sommet
 * Dravec-Oderov » after the summit itself, a second sentence on the same
 * delivery) becomes a further evidence span of the first event, which keeps
 * its trigger and gains the arguments it lacked.
 */

function actorKey(a: EventActor): string {
  return a.entity ?? nameKey(a.name);
}

function overlaps(a: EventActor[], b: EventActor[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  const keys = new Set(a.map(actorKey));
  const names = a.map((x) => nameKey(x.name));
  return b.some(
    (x) =>
      keys.has(actorKey(x)) || names.some((n) => n.includes(nameKey(x.name)) || nameKey(x.name).includes(n)),
  );
}

function participants(e: Event): EventActor[] {
  return [...e.source, ...e.target];
}

const NEGATIVE = new Set(["negated", "hypothetical"]);

/** True when `later` can be another mention of `first`. */
export function sameEvent(first: SentenceEvent, later: SentenceEvent): boolean {
  const a = first.event;
  const b = later.event;
  if (a.type !== b.type) return false;
  if (a.evidence.start === b.evidence.start) return false;
  if (NEGATIVE.has(a.modality) !== NEGATIVE.has(b.modality)) return false;
  if ((a.modality === "delivered") !== (b.modality === "delivered") && a.type === "AID") return false;
  const sameTrigger = first.lemma === later.lemma;
  const pa = participants(a);
  const pb = participants(b);
  // A reciprocal meeting may list its participants on either side.
  const actorsAgree =
    a.type === "CONSULT"
      ? overlaps(pa, pb) && (pa.length === 0 || pb.length === 0 || sharesAny(pa, pb))
      : overlaps(a.source, b.source) && overlaps(a.target, b.target);
  if (!actorsAgree) return false;
  // Rockets in one sentence and drones in another are two transfers, whoever made them.
  if (a.type === "AID" && a.items?.length && b.items?.length && !sameItems(a, b)) return false;
  // "Belarus sent tanks … Minsk also delivered air defence systems": another verb of giving is another transfer
  // unless it names the same things; a noun (the delivery, ce transfert) is the usual way back to one.
  if (
    a.type === "AID" &&
    later.verbal &&
    first.lemma !== later.lemma &&
    !(a.items?.length && b.items?.length)
  )
    return false;
  // "X travelled to Moscow. He had spoken with the Turkish president": each names a partner the other lacks.
  if (a.type === "CONSULT" && pa.length && pb.length && !covers(pa, pb) && !covers(pb, pa)) return false;
  if (pb.length === 0 && !sameTrigger) return false;
  return sameTrigger || sharesAny(pa, pb);
}

function sameItems(a: Event, b: Event): boolean {
  const words = (e: Event) =>
    (e.items ?? []).flatMap((i) => i.text.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 3);
  const wa = new Set(words(a));
  return words(b).some((w) => wa.has(w));
}

/** Every actor of `b` is among `a`. */
function covers(a: EventActor[], b: EventActor[]): boolean {
  return b.every((x) => sharesAny(a, [x]));
}

function sharesAny(a: EventActor[], b: EventActor[]): boolean {
  const keys = new Set(a.map(actorKey));
  const names = a.map((x) => nameKey(x.name));
  return b.some((x) => {
    if (keys.has(actorKey(x))) return true;
    const n = nameKey(x.name);
    return names.some((m) => m.length > 2 && n.length > 2 && (m.includes(n) || n.includes(m)));
  });
}

/**
 * Merges repeated mentions, keeping document order.
 *
 * @example
 * mergeEvents(extractEvents(doc)).length; // fewer or equal
 */
export function mergeEvents(list: SentenceEvent[]): SentenceEvent[] {
  const out: SentenceEvent[] = [];
  for (const cur of list) {
    const into = out.find((prev) => sameEvent(prev, cur));
    if (!into) {
      out.push(cur);
      continue;
    }
    const e = into.event;
    const c = cur.event;
    e.mentions = [...(e.mentions ?? []), { start: c.evidence.start, end: c.evidence.end }];
    if (!e.source.length && c.source.length) e.source = c.source;
    if (!e.target.length && c.target.length) e.target = c.target;
    if (e.type === "CONSULT") {
      const have = new Set(participants(e).map(actorKey));
      for (const a of participants(c)) if (!have.has(actorKey(a)) && e.target.length === 0) e.target.push(a);
    }
    if (!e.value && c.value) e.value = c.value;
    if (!e.date && c.date) e.date = c.date;
    if (!e.location && c.location) e.location = c.location;
    if (!e.items && c.items) e.items = c.items;
    if (!e.reportedBy && c.reportedBy) e.reportedBy = c.reportedBy;
  }
  return out;
}
