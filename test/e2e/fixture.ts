/**
 * A hand-built knowledge base for the UI tests and screenshots: invented
 * articles (the fictional Valdoria–Karsania storyline) whose entities, quotes
 * and events are written out by hand at exact offsets, so what the pages show
 * does not depend on the extractors' accuracy.
 */
import { contentId } from "../../src/doc/doc.ts";
import { type DocumentJSON, FORMAT_VERSION } from "../../src/doc/json.ts";
import type { Entity, EntityLabel, Event, Flag, Modality, Quote, Range } from "../../src/doc/types.ts";

interface EntitySpec {
  text: string;
  label: EntityLabel;
  id?: string;
  /** Which occurrence (0 = first); every occurrence when absent. */
  nth?: number;
}

interface QuoteSpec {
  /** The quotation as written, marks included. */
  text: string;
  kind?: Quote["kind"];
  speaker?: { name: string; entity?: string; role?: string; affiliation?: string };
  cue?: string;
  rule?: string;
}

interface EventSpec {
  type: string;
  trigger: string;
  /** Actors; one without `entity` is a description only (stored as an `actor:` id). */
  source: { name: string; entity?: string }[];
  target: { name: string; entity?: string }[];
  modality: Modality;
  items?: string[];
  date?: string;
  rule?: string;
}

export interface ArticleSpec {
  lang: "fr" | "en";
  title: string;
  date: string;
  outlet: string;
  /** Paragraphs, joined by blank lines. */
  paragraphs: string[];
  entities: EntitySpec[];
  quotes?: QuoteSpec[];
  events?: EventSpec[];
  flags?: { text: string; kind: Flag["kind"]; message: string }[];
}

const VD = { name: "Valdoria", entity: "country:VD" };
const KA = { name: "Karsania", entity: "country:KA" };
const EU = { name: "European Union", entity: "org:european-union" };

/** The articles, oldest first. */
export const ARTICLES: ArticleSpec[] = [
  {
    lang: "en",
    title: "Karsania weighs shell shipments to Valdoria",
    date: "2025-02-10",
    outlet: "The Corvane Herald",
    paragraphs: [
      "Karsan officials are considering rail shipments of artillery shells to Valdoria, according to two diplomats in Tashgard.",
      "“Nothing has been decided, but we do not abandon our friends,” President Rustam Oderov said on Monday. Valdorian President Anselme Dravec welcomed the remarks.",
    ],
    entities: [
      { text: "Karsan", label: "MISC", id: "country:KA", nth: 0 },
      { text: "Valdoria", label: "LOC", id: "country:VD" },
      { text: "Tashgard", label: "LOC", id: "city:tashgard" },
      { text: "Rustam Oderov", label: "PER", id: "person:rustam-oderov" },
      { text: "Anselme Dravec", label: "PER", id: "person:anselme-dravec" },
    ],
    quotes: [
      {
        text: "“Nothing has been decided, but we do not abandon our friends,”",
        speaker: { name: "Rustam Oderov", entity: "person:rustam-oderov", role: "president" },
        cue: "said",
        rule: "quote-verb-after",
      },
    ],
    events: [
      {
        type: "arms-transfer",
        trigger: "shipments",
        source: [KA],
        target: [VD],
        modality: "hypothetical",
        items: ["artillery shells"],
        rule: "transfer-noun",
      },
    ],
  },
  {
    lang: "fr",
    title: "À Tashgard, Dravec et Oderov scellent un « partenariat stratégique »",
    date: "2025-03-11",
    outlet: "Le Courrier de Corvane",
    paragraphs: [
      "Le président valdorien Anselme Dravec a rencontré mardi à Tashgard son homologue karsan Rustam Oderov.",
      "« La Karsanie livrera des obus à la Valdorie dès le printemps », a déclaré Rustam Oderov. « Nos deux peuples ont des intérêts communs », a ajouté Anselme Dravec.",
    ],
    entities: [
      { text: "Anselme Dravec", label: "PER", id: "person:anselme-dravec" },
      { text: "Tashgard", label: "LOC", id: "city:tashgard" },
      { text: "Rustam Oderov", label: "PER", id: "person:rustam-oderov" },
      { text: "Karsanie", label: "LOC", id: "country:KA" },
      { text: "Valdorie", label: "LOC", id: "country:VD" },
    ],
    quotes: [
      {
        text: "« La Karsanie livrera des obus à la Valdorie dès le printemps »",
        speaker: { name: "Rustam Oderov", entity: "person:rustam-oderov", role: "président" },
        cue: "a déclaré",
        rule: "quote-verb-after",
      },
      {
        text: "« Nos deux peuples ont des intérêts communs »",
        speaker: { name: "Anselme Dravec", entity: "person:anselme-dravec", role: "président" },
        cue: "a ajouté",
        rule: "quote-verb-after",
      },
    ],
    events: [
      {
        type: "meeting",
        trigger: "rencontré",
        source: [VD],
        target: [KA],
        modality: "asserted",
        date: "2025-03-11",
        rule: "meet-verb",
      },
      {
        type: "arms-transfer",
        trigger: "livrera",
        source: [KA],
        target: [VD],
        modality: "pledged",
        items: ["des obus"],
        rule: "transfer-verb-future",
      },
    ],
  },
  {
    lang: "en",
    title: "First Karsan shells reach Valdoria, Brussels prepares sanctions",
    date: "2025-04-02",
    outlet: "The Corvane Herald",
    paragraphs: [
      "A first train of Karsan artillery shells was delivered to Valdoria last week, Valdoria’s foreign minister Mirela Sestan confirmed.",
      "“The shells arrived on time and in full,” Sestan told reporters. The European Union plans new sanctions against Karsania, an official said.",
    ],
    entities: [
      { text: "Karsan", label: "MISC", id: "country:KA" },
      { text: "Valdoria", label: "LOC", id: "country:VD" },
      { text: "Mirela Sestan", label: "PER", id: "person:mirela-sestan" },
      { text: "Sestan", label: "PER", id: "person:mirela-sestan", nth: 1 },
      { text: "European Union", label: "ORG", id: "org:european-union" },
      { text: "Karsania", label: "LOC", id: "country:KA" },
    ],
    quotes: [
      {
        text: "“The shells arrived on time and in full,”",
        speaker: {
          name: "Mirela Sestan",
          entity: "person:mirela-sestan",
          role: "foreign minister",
          affiliation: "Valdoria",
        },
        cue: "told",
        rule: "quote-verb-after",
      },
    ],
    events: [
      {
        type: "arms-transfer",
        trigger: "delivered",
        source: [KA],
        target: [VD],
        modality: "delivered",
        items: ["artillery shells"],
        rule: "transfer-verb-passive",
      },
      {
        type: "sanction",
        trigger: "sanctions",
        source: [EU],
        target: [KA],
        modality: "planned",
        rule: "sanction-noun",
      },
    ],
  },
  {
    lang: "en",
    title: "Markup in a wire story: <script>alert(1)</script>",
    date: "2025-04-20",
    outlet: "Wire Test Service",
    paragraphs: [
      'A garbled feed item contained the markup <script>alert("pwned")</script> and <b>bold</b> tags next to the name of Mirela Sestan.',
      "The desk kept the raw text so that readers see exactly what the feed sent.",
    ],
    entities: [{ text: "Mirela Sestan", label: "PER", id: "person:mirela-sestan" }],
    flags: [
      { text: '<script>alert("pwned")</script>', kind: "encoding", message: "markup left in the text" },
    ],
  },
  {
    lang: "fr",
    title: "L'Union européenne sanctionne trois entreprises karsanes",
    date: "2025-05-05",
    outlet: "Le Courrier de Corvane",
    paragraphs: [
      "L'Union européenne a adopté lundi des sanctions contre trois entreprises de Karsanie accusées d'avoir fourni des obus à la Valdorie.",
      "« Ces livraisons violent le droit international », a affirmé Kaja Lind, porte-parole de la Commission européenne.",
    ],
    entities: [
      { text: "Union européenne", label: "ORG", id: "org:european-union" },
      { text: "Karsanie", label: "LOC", id: "country:KA" },
      { text: "Valdorie", label: "LOC", id: "country:VD" },
      { text: "Kaja Lind", label: "PER", id: "person:kaja-lind" },
      { text: "Commission européenne", label: "ORG", id: "org:european-commission" },
    ],
    quotes: [
      {
        text: "« Ces livraisons violent le droit international »",
        speaker: {
          name: "Kaja Lind",
          entity: "person:kaja-lind",
          role: "porte-parole",
          affiliation: "Commission européenne",
        },
        cue: "a affirmé",
        rule: "quote-verb-after",
      },
    ],
    events: [
      {
        type: "sanction",
        trigger: "sanctions",
        source: [EU],
        target: [KA, { name: "entreprises" }],
        modality: "asserted",
        date: "2025-05-05",
        rule: "sanction-noun",
      },
    ],
  },
  {
    lang: "en",
    title: "Valdoria rejects EU criticism as Serenia offers grain aid",
    date: "2025-05-21",
    outlet: "The Corvane Herald",
    paragraphs: [
      "Foreign minister Mirela Sestan criticised the European Union on Wednesday, calling its sanctions against Karsania “misplaced.”",
      "Serenia may send grain aid to Valdoria before winter, its prime minister Ilan Varos said, while Karsania accused the European Union of hypocrisy.",
    ],
    entities: [
      { text: "Mirela Sestan", label: "PER", id: "person:mirela-sestan" },
      { text: "European Union", label: "ORG", id: "org:european-union" },
      { text: "Karsania", label: "LOC", id: "country:KA" },
      { text: "Serenia", label: "LOC", id: "country:SE" },
      { text: "Valdoria", label: "LOC", id: "country:VD" },
      { text: "Ilan Varos", label: "PER", id: "person:ilan-varos" },
    ],
    quotes: [
      {
        text: "“misplaced.”",
        kind: "partial",
        speaker: {
          name: "Mirela Sestan",
          entity: "person:mirela-sestan",
          role: "foreign minister",
          affiliation: "Valdoria",
        },
        cue: "calling",
        rule: "partial-quote-cue-before",
      },
    ],
    events: [
      {
        type: "criticism",
        trigger: "criticised",
        source: [{ name: "Mirela Sestan", entity: "person:mirela-sestan" }],
        target: [EU],
        modality: "asserted",
        rule: "criticise-verb",
      },
      {
        type: "aid",
        trigger: "send",
        source: [{ name: "Serenia", entity: "country:SE" }],
        target: [VD],
        modality: "hypothetical",
        items: ["grain aid"],
        rule: "aid-modal",
      },
      {
        type: "accusation",
        trigger: "accused",
        source: [KA],
        target: [EU],
        modality: "asserted",
        rule: "accuse-verb",
      },
    ],
  },
];

function find(text: string, surface: string, from = 0): Range {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`fixture: "${surface}" not in text`);
  return { start, end: start + surface.length };
}

function occurrences(text: string, surface: string): Range[] {
  const out: Range[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    // Whole words only: "Karsan" must not match inside "Karsania".
    const after = text.charAt(at + surface.length);
    if (!/[\p{L}\p{N}]/u.test(after)) out.push({ start: at, end: at + surface.length });
  }
  return out;
}

/** Where the speaker is named: after the quote by full name or surname, else anywhere. */
function speakerMention(text: string, name: string, after: number): Range | null {
  const surname = name.split(" ").at(-1)!;
  for (const [surface, from] of [
    [name, after],
    [surname, after],
    [name, 0],
  ] as const) {
    const start = text.indexOf(surface, from);
    if (start >= 0) return { start, end: start + surface.length };
  }
  return null;
}

/**
 * A valid DocumentJSON from a spec, every annotation at its real offsets.
 *
 * @example
 * const doc = buildDocument(ARTICLES[0]); // doc.quotes[0].speaker.entity === "person:rustam-oderov"
 */
export function buildDocument(spec: ArticleSpec): DocumentJSON {
  const text = spec.paragraphs.join("\n\n");
  const paragraphs: Range[] = [];
  let at = 0;
  for (const p of spec.paragraphs) {
    paragraphs.push({ start: at, end: at + p.length });
    at += p.length + 2;
  }
  const entities: Entity[] = [];
  for (const e of spec.entities) {
    const all = occurrences(text, e.text);
    const chosen = e.nth === undefined ? all : all.slice(e.nth, e.nth + 1);
    for (const r of chosen) {
      if (entities.some((x) => x.start < r.end && r.start < x.end)) continue;
      entities.push({ ...r, text: e.text, label: e.label, ...(e.id ? { id: e.id } : {}), rule: "fixture" });
    }
  }
  entities.sort((a, b) => a.start - b.start);
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => {
    const span = find(text, q.text);
    const speakerSpan = q.speaker ? speakerMention(text, q.speaker.name, span.end) : null;
    const cueAt = q.cue ? (text.indexOf(q.cue, span.end) >= 0 ? span.end : 0) : 0;
    const cue = q.cue ? { ...find(text, q.cue, cueAt), text: q.cue } : undefined;
    return {
      ...span,
      text: q.text,
      kind: q.kind ?? "direct",
      speaker: q.speaker ? { ...q.speaker, ...(speakerSpan ?? {}) } : null,
      ...(cue ? { cue } : {}),
      ...(q.rule ? { rule: q.rule } : {}),
    };
  });
  const sentences = paragraphs;
  const events: Event[] = (spec.events ?? []).map((e) => {
    const trigger = { ...find(text, e.trigger), text: e.trigger };
    const evidence = paragraphs.find((p) => p.start <= trigger.start && trigger.end <= p.end)!;
    return {
      type: e.type,
      trigger,
      source: e.source,
      target: e.target,
      modality: e.modality,
      ...(e.items ? { items: e.items.map((t) => ({ text: t, ...find(text, t) })) } : {}),
      ...(e.date ? { date: { value: e.date, precision: "day" as const } } : {}),
      evidence: { start: evidence.start, end: evidence.end },
      ...(e.rule ? { rule: e.rule } : {}),
    } as Event;
  });
  const flags: Flag[] = (spec.flags ?? []).map((f) => ({
    ...find(text, f.text),
    kind: f.kind,
    message: f.message,
  }));
  return {
    version: FORMAT_VERSION,
    id: contentId(spec.title, text),
    lang: spec.lang,
    title: spec.title,
    text,
    source: { outlet: spec.outlet, path: `fixtures/${spec.date}-${spec.lang}.txt` },
    date: { value: spec.date, precision: "day" },
    paragraphs,
    sentences,
    entities,
    quotes,
    events,
    quantities: [],
    dates: [],
    flags,
  };
}

/** Every fixture article as a document. */
export function fixtureDocuments(): DocumentJSON[] {
  return ARTICLES.map(buildDocument);
}
