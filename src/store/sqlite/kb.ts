/**
 * The knowledge-base tables of the SQLite store (migration 2): indexing one
 * article into the cross-article aggregates, rebuilding them after a rule
 * change, and the queries behind entities, events, quotes, timeline and graph.
 * Same answers as MemoryKb (the shared contract suite checks both).
 */
import type { DatabaseSync, SQLInputValue, StatementSync } from "node:sqlite";
import type { DocumentJSON } from "../../doc/json.ts";
import type { ArticleDate, EntityLabel, Modality } from "../../doc/types.ts";
import {
  type DerivedArticle,
  type DerivedEvent,
  deriveArticle,
  kinIds,
  normalize,
  Resolver,
  sameEvent,
  shortHash,
} from "../kb/derive.ts";
import { counted, graphOf, mergedEvent } from "../kb/memory-kb.ts";
import {
  bands,
  NEAR_DUPLICATE_THRESHOLD,
  signatureFromBytes,
  signatureToBytes,
  similarity,
} from "../kb/minhash.ts";
import { clampLimit, DEFAULT_LIST_LIMIT, decodeCursor, encodeCursor } from "../query.ts";
import type {
  ActorRef,
  EntityDetail,
  EntityListOptions,
  EntityRule,
  EntitySummary,
  EventFilters,
  EventListOptions,
  EventMention,
  GraphData,
  MergedEvent,
  MergedEventDetail,
  Page,
  QuoteCluster,
  QuoteListOptions,
  TimelineBucket,
  TimelineOptions,
} from "../store.ts";

/**
 * Merged events a new report is compared with, per actor: the latest of the same
 * type with a compatible date. MemoryKb compares with all; they differ only when
 * more than this many such events of one actor fail to match.
 */
const EVENT_CANDIDATES = 50;

const DERIVED_TABLES = [
  "kb_appearances",
  "kb_entities",
  "kb_aliases",
  "kb_roles",
  "kb_quotes",
  "kb_quote_sources",
  "kb_events",
  "kb_event_actors",
  "kb_event_mentions",
  "kb_minhash",
];

interface EventRow {
  ord: number;
  id: string;
  type: string;
  date_value: string | null;
  date_precision: string | null;
  sources: string;
  targets: string;
  items: string;
  quantities: string;
}

/** SQL for "the date in column `col` overlaps [from, to]" (see inRange). */
function rangeSql(col: string, range: { from?: string; to?: string }, params: SQLInputValue[]): string {
  // Each bound has an index-friendly necessary condition (a plain comparison) and the exact test.
  const parts: string[] = [];
  if (range.to !== undefined) {
    parts.push(`(${col} <= ? || char(65535) AND substr(${col}, 1, length(?)) <= ?)`);
    params.push(range.to, range.to, range.to);
  }
  if (range.from !== undefined) {
    parts.push(`(${col} >= substr(?, 1, 4) AND ${col} >= substr(?, 1, length(${col})))`);
    params.push(range.from, range.from);
  }
  return parts.join(" AND ");
}

function pageParams(options: { limit?: number; cursor?: string | null }): { limit: number; offset: number } {
  return { limit: clampLimit(options.limit, DEFAULT_LIST_LIMIT), offset: decodeCursor(options.cursor) };
}

function toPage<T>(rows: T[], limit: number, offset: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, next: rows.length > limit ? encodeCursor(offset + limit) : null };
}

/** Rebuilds every derived KB table from the stored documents and the user rules. */
export function rebuildKnowledgeBase(db: DatabaseSync): void {
  new SqliteKb(db).rebuild();
}

/**
 * @example
 * const kb = new SqliteKb(db);
 * kb.index(seq, doc); // inside the article's transaction
 */
export class SqliteKb {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();
  #resolver: Resolver | null = null;

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  #stmt(sql: string): StatementSync {
    let s = this.#statements.get(sql);
    if (!s) {
      s = this.#db.prepare(sql);
      this.#statements.set(sql, s);
    }
    return s;
  }

  #all<T>(sql: string, ...params: SQLInputValue[]): T[] {
    return this.#stmt(sql).all(...params) as unknown as T[];
  }

  #get<T>(sql: string, ...params: SQLInputValue[]): T | undefined {
    return this.#stmt(sql).get(...params) as unknown as T | undefined;
  }

  rules(): EntityRule[] {
    return this.#all<{ kind: "merge" | "split"; from_id: string; alias: string | null; into_id: string }>(
      "SELECT kind, from_id, alias, into_id FROM kb_rules ORDER BY seq",
    ).map((r) => ({
      kind: r.kind,
      from: r.from_id,
      into: r.into_id,
      ...(r.alias === null ? {} : { alias: r.alias }),
    }));
  }

  #rulesVersion = "";

  /** The resolver for the current rules (re-read when another connection changed them). */
  get resolver(): Resolver {
    const v = this.#get<{ v: string }>(
      "SELECT count(*) || ':' || coalesce(max(seq), 0) AS v FROM kb_rules",
    )!.v;
    if (!this.#resolver || v !== this.#rulesVersion) {
      this.#resolver = new Resolver(this.rules());
      this.#rulesVersion = v;
    }
    return this.#resolver;
  }

  /** Forget cached rules (after a rule change, also one by another connection). */
  invalidate(): void {
    this.#resolver = null;
  }

  /**
   * The entity a name outside the tables joins: `id` when the KB has it, else the one
   * first seen with the same slug as another kind. Point lookups on kb_appearances' key.
   */
  readonly #kinOf = (id: string, slug: string): string | undefined => {
    const ids = kinIds(slug);
    const first = (k: number) => `(SELECT seq FROM kb_appearances WHERE kb_id = ?${k} ORDER BY seq LIMIT 1)`;
    const row = this.#stmt(`SELECT ${ids.map((_, k) => `${first(k + 1)} AS s${k}`).join(", ")}`).get(
      ...ids,
    ) as Record<string, number | null>;
    const seen = ids.map((other, k) => ({ id: other, seq: row[`s${k}`] })).filter((x) => x.seq !== null);
    if (seen.some((x) => x.id === id)) return id;
    return seen.sort((a, b) => a.seq! - b.seq!)[0]?.id;
  };

  /**
   * Indexes a stored article; returns the earlier article it nearly duplicates, if any.
   * `signature`: the text's MinHash when the articles row was inserted with it (else it is computed
   * and written to the row here).
   */
  index(
    seq: number,
    doc: DocumentJSON,
    signature?: Uint32Array | null,
  ): { id: string; similarity: number } | undefined {
    const derived = deriveArticle(doc, this.resolver, this.#kinOf, signature);
    const date = doc.date?.value ?? null;
    const lang = doc.lang ?? "und";
    const near = this.#nearDuplicate(seq, derived.signature, signature === undefined);
    this.#indexEntities(seq, date, lang, derived);
    this.#indexQuotes(seq, doc.id, derived);
    for (const e of derived.events) this.#indexEvent(seq, doc.id, e);
    return near;
  }

  #nearDuplicate(
    seq: number,
    signature: Uint32Array | null,
    store: boolean,
  ): { id: string; similarity: number } | undefined {
    if (!signature) return undefined;
    // (An UPDATE of the row just inserted rewrites its text, document and tokens: tens of microseconds.)
    if (store)
      this.#stmt("UPDATE articles SET minhash = ? WHERE seq = ?").run(signatureToBytes(signature), seq);
    const keys = bands(signature);
    const candidates = new Set<number>();
    const find = this.#stmt("SELECT seq FROM kb_minhash WHERE band = ? AND bucket = ?");
    const insert = this.#stmt("INSERT OR IGNORE INTO kb_minhash (band, bucket, seq) VALUES (?, ?, ?)");
    keys.forEach((bucket, band) => {
      for (const r of find.all(band, bucket) as { seq: number }[]) candidates.add(r.seq);
      insert.run(band, bucket, seq);
    });
    let best: { id: string; similarity: number; seq: number } | undefined;
    for (const other of [...candidates].sort((a, b) => a - b)) {
      if (other >= seq) continue;
      const row = this.#get<{ id: string; minhash: Uint8Array | null }>(
        "SELECT id, minhash FROM articles WHERE seq = ?",
        other,
      );
      if (!row?.minhash) continue;
      const s = similarity(signature, signatureFromBytes(row.minhash));
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity))
        best = { id: row.id, similarity: s, seq: other };
    }
    return best && { id: best.id, similarity: best.similarity };
  }

  #indexEntities(seq: number, date: string | null, lang: string, derived: DerivedArticle): void {
    const appear = this.#stmt("INSERT INTO kb_appearances (kb_id, seq, mentions) VALUES (?, ?, ?)");
    const entity =
      this.#stmt(`INSERT INTO kb_entities (id, name, folded, canonical, label, mentions, articles, first_seen, last_seen)
      VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
        name = CASE WHEN excluded.canonical <> canonical THEN iif(excluded.canonical = 1, excluded.name, name)
                    WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END,
        folded = CASE WHEN excluded.canonical <> canonical THEN iif(excluded.canonical = 1, excluded.folded, folded)
                    WHEN length(excluded.name) > length(name) THEN excluded.folded ELSE folded END,
        canonical = max(canonical, excluded.canonical),
        label = coalesce(label, excluded.label),
        mentions = mentions + excluded.mentions,
        articles = articles + 1,
        first_seen = coalesce(min(first_seen, excluded.first_seen), first_seen, excluded.first_seen),
        last_seen = coalesce(max(last_seen, excluded.last_seen), last_seen, excluded.last_seen)`);
    const alias =
      this.#stmt(`INSERT INTO kb_aliases (kb_id, lang, alias, folded, count) VALUES (?, ?, ?, ?, 1)
      ON CONFLICT DO UPDATE SET count = count + 1`);
    for (const [id, a] of derived.appearances) {
      appear.run(id, seq, a.mentions);
      const name = a.canonical ?? a.names.reduce((x, y) => (y.length > x.length ? y : x), "");
      entity.run(id, name, normalize(name), a.canonical === null ? 0 : 1, a.label, a.mentions, date, date);
      for (const n of a.names) alias.run(id, lang, n, normalize(n));
    }
    const role = this.#stmt(
      "INSERT INTO kb_roles (kb_id, role, count) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET count = count + 1",
    );
    for (const r of derived.roles) role.run(r.id, r.role);
  }

  #indexQuotes(seq: number, _articleId: string, derived: DerivedArticle): void {
    const upsert =
      this.#stmt(`INSERT INTO kb_quotes (id, text, folded, kind, speaker_id, speaker_name, speaker_folded, role, articles)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)
      ON CONFLICT (id) DO UPDATE SET
        speaker_id = iif(speaker_name IS NULL, excluded.speaker_id, speaker_id),
        role = iif(speaker_name IS NULL, excluded.role, role),
        speaker_folded = iif(speaker_name IS NULL, excluded.speaker_folded, speaker_folded),
        speaker_name = coalesce(speaker_name, excluded.speaker_name)`);
    const seen = this.#stmt("SELECT 1 FROM kb_quote_sources WHERE quote_id = ? AND seq = ?");
    const source = this.#stmt("INSERT OR IGNORE INTO kb_quote_sources (quote_id, seq, idx) VALUES (?, ?, ?)");
    const count = this.#stmt("UPDATE kb_quotes SET articles = articles + 1 WHERE id = ?");
    for (const q of derived.quotes) {
      const id = `q-${shortHash(q.key)}`;
      upsert.run(
        id,
        q.text,
        ` ${normalize(q.text)} `,
        q.kind,
        q.speakerId,
        q.speakerName,
        q.speakerName === null ? null : ` ${normalize(q.speakerName)} `,
        q.role,
      );
      if (!seen.get(id, seq)) count.run(id);
      source.run(id, seq, q.idx);
    }
  }

  #indexEvent(seq: number, articleId: string, e: DerivedEvent): void {
    const date = e.date?.value ?? null;
    const compatible = `(e.date_value IS NULL OR ?3 IS NULL
      OR substr(e.date_value, 1, length(?3)) = ?3 OR substr(?3, 1, length(e.date_value)) = e.date_value)`;
    const byOrd = new Map<number, EventRow>();
    const add = (rows: unknown[]) => {
      for (const row of rows as EventRow[]) byOrd.set(row.ord, row);
    };
    // A merged event with actors on both sides must share a source and a target: look up the pairs.
    const pair = this.#stmt(
      `SELECT e.* FROM kb_event_actors s
       JOIN kb_event_actors t ON t.kb_id = ?4 AND t.type = s.type AND t.ord = s.ord AND t.role = 'target'
       JOIN kb_events e ON e.ord = s.ord
       WHERE s.kb_id = ?1 AND s.type = ?2 AND s.role = 'source' AND ${compatible}
       ORDER BY s.ord DESC LIMIT ${EVENT_CANDIDATES}`,
    );
    // Merged events with an empty side (or a report with one) match on any shared actor.
    const oneSided = this.#stmt(
      `SELECT e.* FROM kb_event_actors x JOIN kb_events e ON e.ord = x.ord
       WHERE x.kb_id = ?1 AND x.type = ?2 AND ${compatible} AND (?4 OR e.sources = '[]' OR e.targets = '[]')
       ORDER BY x.ord DESC LIMIT ${EVENT_CANDIDATES}`,
    );
    const reportOneSided = e.sources.length === 0 || e.targets.length === 0 ? 1 : 0;
    for (const src of e.sources) for (const tgt of e.targets) add(pair.all(src.id, e.type, date, tgt.id));
    for (const a of [...e.sources, ...e.targets]) add(oneSided.all(a.id, e.type, date, reportOneSided));
    const candidates = [...byOrd.values()].sort((a, b) => b.ord - a.ord);
    let cluster: ReturnType<typeof fields> | undefined;
    for (const row of candidates) {
      const c = fields(row);
      const shape = {
        type: c.type,
        sources: c.sources.map((a) => a.id),
        targets: c.targets.map((a) => a.id),
        date: c.date?.value ?? null,
        quantities: c.quantities,
      };
      if (sameEvent(shape, e)) {
        cluster = c;
        break;
      }
    }
    let ord: number;
    if (!cluster) {
      cluster = {
        ord: 0,
        id: `ev-${articleId.slice(0, 12)}-${e.idx}`,
        type: e.type,
        sources: [],
        targets: [],
        date: null,
        items: [],
        quantities: [],
      };
    }
    for (const a of e.sources) if (!cluster.sources.some((s) => s.id === a.id)) cluster.sources.push(a);
    for (const a of e.targets) if (!cluster.targets.some((s) => s.id === a.id)) cluster.targets.push(a);
    if (e.date && (!cluster.date || e.date.value.length > cluster.date.value.length))
      cluster.date = e.date as ArticleDate;
    for (const i of e.items) if (!cluster.items.includes(i)) cluster.items.push(i);
    for (const q of e.quantities) if (!cluster.quantities.includes(q)) cluster.quantities.push(q);
    const values = [
      cluster.date?.value ?? null,
      cluster.date?.precision ?? null,
      JSON.stringify(cluster.sources),
      JSON.stringify(cluster.targets),
      JSON.stringify(cluster.items),
      JSON.stringify(cluster.quantities),
    ];
    if (cluster.ord === 0) {
      ord = Number(
        this.#stmt(
          `INSERT INTO kb_events (id, type, date_value, date_precision, sources, targets, items, quantities)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(cluster.id, cluster.type, ...values).lastInsertRowid,
      );
    } else {
      ord = cluster.ord;
      this.#stmt(
        `UPDATE kb_events SET date_value = ?, date_precision = ?, sources = ?, targets = ?, items = ?, quantities = ?
         WHERE ord = ?`,
      ).run(...values, ord);
    }
    const actor = this.#stmt(
      "INSERT OR IGNORE INTO kb_event_actors (kb_id, type, role, ord) VALUES (?, ?, ?, ?)",
    );
    for (const a of e.sources) actor.run(a.id, e.type, "source", ord);
    for (const a of e.targets) actor.run(a.id, e.type, "target", ord);
    this.#stmt("INSERT INTO kb_event_mentions (ord, seq, idx, modality) VALUES (?, ?, ?, ?)").run(
      ord,
      seq,
      e.idx,
      e.modality,
    );
  }

  /** Clears and re-derives every KB table, in article order (call inside a transaction). */
  rebuild(): void {
    this.invalidate();
    for (const t of DERIVED_TABLES) this.#db.exec(`DELETE FROM ${t}`);
    const rows = this.#db.prepare("SELECT seq, document FROM articles ORDER BY seq").iterate() as Iterable<{
      seq: number;
      document: string;
    }>;
    for (const r of rows) this.index(r.seq, JSON.parse(r.document) as DocumentJSON);
  }

  has(id: string): boolean {
    return this.#get("SELECT 1 AS x FROM kb_entities WHERE id = ?", id) !== undefined;
  }

  /** Ids named in rules (known even while merged away). */
  inRules(id: string): boolean {
    return this.#get("SELECT 1 AS x FROM kb_rules WHERE from_id = ? OR into_id = ?", id, id) !== undefined;
  }

  addRule(rule: EntityRule): void {
    this.#stmt("INSERT INTO kb_rules (kind, from_id, alias, into_id, created_at) VALUES (?, ?, ?, ?, ?)").run(
      rule.kind,
      rule.from,
      rule.alias ?? null,
      rule.into,
      new Date().toISOString(),
    );
  }

  deleteMerges(where: { from?: string; into?: string }): string[] {
    const rows = this.#all<{ seq: number; from_id: string }>(
      "SELECT seq, from_id FROM kb_rules WHERE kind = 'merge' AND (? IS NULL OR from_id = ?) AND (? IS NULL OR into_id = ?)",
      where.from ?? null,
      where.from ?? null,
      where.into ?? null,
      where.into ?? null,
    );
    for (const r of rows) this.#stmt("DELETE FROM kb_rules WHERE seq = ?").run(r.seq);
    return rows.map((r) => r.from_id);
  }

  // ---- queries ----

  entities(options: EntityListOptions): Page<EntitySummary> {
    const { limit, offset } = pageParams(options);
    const params: SQLInputValue[] = [];
    const where: string[] = [];
    if (options.label !== undefined) {
      where.push("label = ?");
      params.push(options.label);
    }
    const words = options.q === undefined ? [] : normalize(options.q).split(" ").filter(Boolean);
    if (words.length > 0) {
      where.push(
        `(${words.map(() => "folded LIKE ?").join(" AND ")} OR EXISTS (SELECT 1 FROM kb_aliases a WHERE a.kb_id = kb_entities.id AND ${words.map(() => "a.folded LIKE ?").join(" AND ")}))`,
      );
      for (const w of words) params.push(`%${w}%`);
      for (const w of words) params.push(`%${w}%`);
    }
    const rows = this.#all<SummaryRow>(
      `SELECT * FROM kb_entities ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY articles DESC, id LIMIT ? OFFSET ?`,
      ...params,
      limit + 1,
      offset,
    );
    return toPage(rows.map(toSummary), limit, offset);
  }

  entity(id: string): EntityDetail | null {
    const row = this.#get<SummaryRow>("SELECT * FROM kb_entities WHERE id = ?", id);
    if (!row) return null;
    const aliases: Record<string, Map<string, number>> = {};
    for (const a of this.#all<{ lang: string; alias: string; count: number }>(
      "SELECT lang, alias, count FROM kb_aliases WHERE kb_id = ?",
      id,
    )) {
      aliases[a.lang] ??= new Map();
      aliases[a.lang].set(a.alias, a.count);
    }
    const roles = new Map(
      this.#all<{ role: string; count: number }>("SELECT role, count FROM kb_roles WHERE kb_id = ?", id).map(
        (r) => [r.role, r.count],
      ),
    );
    const eventsAs = (role: string) =>
      this.#all<EventRow>(
        `SELECT e.* FROM kb_event_actors x JOIN kb_events e ON e.ord = x.ord
         WHERE x.kb_id = ? AND x.role = ? ORDER BY x.ord DESC LIMIT 100`,
        id,
        role,
      ).map((r) => this.#merged(r));
    const cooccurring = this.#all<{ id: string; name: string | null; articles: number }>(
      `SELECT b.kb_id AS id, e.name AS name, count(*) AS articles
       FROM kb_appearances a JOIN kb_appearances b ON b.seq = a.seq AND b.kb_id <> a.kb_id
       LEFT JOIN kb_entities e ON e.id = b.kb_id
       WHERE a.kb_id = ? GROUP BY b.kb_id ORDER BY articles DESC, b.kb_id LIMIT 50`,
      id,
    ).map((r) => ({ id: r.id, name: r.name ?? r.id, articles: r.articles }));
    const activity = this.#all<{ period: string; articles: number; mentions: number }>(
      `SELECT substr(ar.date_value, 1, 7) AS period, count(*) AS articles, sum(a.mentions) AS mentions
       FROM kb_appearances a JOIN articles ar ON ar.seq = a.seq
       WHERE a.kb_id = ? AND length(ar.date_value) >= 7 GROUP BY period ORDER BY period`,
      id,
    );
    return {
      ...toSummary(row),
      aliases: Object.fromEntries(Object.entries(aliases).map(([lang, m]) => [lang, counted(m)])),
      roles: counted(roles),
      mergedFrom: this.rules()
        .filter((r) => r.kind === "merge" && r.into === id)
        .map((r) => r.from),
      quotes: this.#quoteList({ speaker: id }, 100, 0),
      eventsAsSource: eventsAs("source"),
      eventsAsTarget: eventsAs("target"),
      cooccurring,
      activity: activity.map((a) => ({ period: a.period, articles: a.articles, mentions: a.mentions })),
    };
  }

  #mentions(ord: number) {
    return this.#all<{
      seq: number;
      idx: number;
      modality: Modality;
      date: string | null;
      articleId: string;
    }>(
      `SELECT m.seq, m.idx, m.modality, a.date_value AS date, a.id AS articleId
       FROM kb_event_mentions m JOIN articles a ON a.seq = m.seq WHERE m.ord = ?`,
      ord,
    );
  }

  #merged(row: EventRow): MergedEvent {
    return mergedEvent(fields(row), this.#mentions(row.ord));
  }

  #eventWhere(f: EventFilters, params: SQLInputValue[]): string {
    const where: string[] = [];
    if (f.type !== undefined) {
      where.push("e.type = ?");
      params.push(f.type);
    }
    if (f.actor !== undefined) {
      where.push("e.ord IN (SELECT ord FROM kb_event_actors WHERE kb_id = ?)");
      params.push(f.actor);
    }
    if (f.modality !== undefined) {
      where.push("e.ord IN (SELECT ord FROM kb_event_mentions WHERE modality = ?)");
      params.push(f.modality);
    }
    if (f.lang !== undefined) {
      where.push(
        "e.ord IN (SELECT m.ord FROM kb_event_mentions m JOIN articles a ON a.seq = m.seq WHERE a.lang = ?)",
      );
      params.push(f.lang);
    }
    if (f.from !== undefined || f.to !== undefined) {
      const when =
        "coalesce(e.date_value, (SELECT min(a.date_value) FROM kb_event_mentions m JOIN articles a ON a.seq = m.seq WHERE m.ord = e.ord))";
      where.push(rangeSql(when, f, params));
    }
    return where.length ? `WHERE ${where.join(" AND ")}` : "";
  }

  events(options: EventListOptions): Page<MergedEvent> {
    const { limit, offset } = pageParams(options);
    const params: SQLInputValue[] = [];
    const where = this.#eventWhere(options, params);
    const rows = this.#all<EventRow>(
      `SELECT e.* FROM kb_events e ${where} ORDER BY e.ord DESC LIMIT ? OFFSET ?`,
      ...params,
      limit + 1,
      offset,
    );
    const page = toPage(rows, limit, offset);
    return { items: page.items.map((r) => this.#merged(r)), next: page.next };
  }

  event(id: string): MergedEventDetail | null {
    const row = this.#get<EventRow>("SELECT * FROM kb_events WHERE id = ?", id);
    if (!row) return null;
    const mentions = this.#all<{
      idx: number;
      modality: Modality;
      id: string;
      title: string | null;
      outlet: string | null;
      lang: string | null;
      date_value: string | null;
      text: string;
      json: string;
    }>(
      `SELECT m.idx, m.modality, a.id, a.title, a.outlet, a.lang, a.date_value, a.text, ev.json
       FROM kb_event_mentions m JOIN articles a ON a.seq = m.seq
       JOIN events ev ON ev.article_id = a.id AND ev.idx = m.idx
       WHERE m.ord = ? ORDER BY m.seq, m.idx`,
      row.ord,
    ).map((m): EventMention => {
      const ev = JSON.parse(m.json) as {
        trigger: { start: number; end: number; text: string };
        evidence: { start: number; end: number };
      };
      return {
        articleId: m.id,
        title: m.title,
        outlet: m.outlet,
        lang: m.lang,
        articleDate: m.date_value,
        modality: m.modality,
        trigger: { start: ev.trigger.start, end: ev.trigger.end, text: ev.trigger.text },
        evidence: {
          start: ev.evidence.start,
          end: ev.evidence.end,
          text: m.text.slice(ev.evidence.start, ev.evidence.end),
        },
      };
    });
    return { ...this.#merged(row), mentions };
  }

  #quoteList(options: QuoteListOptions, limit: number, offset: number): QuoteCluster[] {
    const params: SQLInputValue[] = [];
    const where: string[] = [];
    if (options.speaker !== undefined) {
      const words = normalize(options.speaker).split(" ").filter(Boolean);
      const byName = words.length ? words.map(() => "speaker_folded LIKE ?").join(" AND ") : "0";
      where.push(`(speaker_id = ? OR (${byName}))`);
      params.push(options.speaker, ...words.map((w) => `% ${w} %`));
    }
    for (const w of options.q === undefined ? [] : normalize(options.q).split(" ").filter(Boolean)) {
      where.push("folded LIKE ?");
      params.push(`% ${w} %`);
    }
    const rows = this.#all<{
      ord: number;
      id: string;
      text: string;
      kind: string;
      speaker_id: string | null;
      speaker_name: string | null;
      role: string | null;
      articles: number;
    }>(
      `SELECT ord, id, text, kind, speaker_id, speaker_name, role, articles FROM kb_quotes
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY articles DESC, ord LIMIT ? OFFSET ?`,
      ...params,
      limit,
      offset,
    );
    return rows.map((r) => {
      const sources = this.#all<{
        articleId: string;
        outlet: string | null;
        lang: string | null;
        date: string | null;
        start: number;
        end: number;
      }>(
        `SELECT a.id AS articleId, a.outlet, a.lang, a.date_value AS date, q.start, q.end
         FROM kb_quote_sources s JOIN articles a ON a.seq = s.seq JOIN quotes q ON q.article_id = a.id AND q.idx = s.idx
         WHERE s.quote_id = ? ORDER BY s.seq, s.idx`,
        r.id,
      ).map((s) => ({ ...s }));
      const dates = sources.map((s) => s.date).filter((d): d is string => d !== null);
      return {
        id: r.id,
        text: r.text,
        kind: r.kind,
        speaker: r.speaker_name === null ? null : { id: r.speaker_id, name: r.speaker_name, role: r.role },
        sources,
        articleCount: r.articles,
        firstSeen: dates.length ? dates.reduce((a, b) => (a < b ? a : b)) : null,
        lastSeen: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
      };
    });
  }

  quotes(options: QuoteListOptions): Page<QuoteCluster> {
    const { limit, offset } = pageParams(options);
    return toPage(this.#quoteList(options, limit + 1, offset), limit, offset);
  }

  /** SQL conditions on `a` (articles) for search filters. */
  articleFilters(
    f: {
      entity?: string;
      eventType?: string;
      modality?: string;
      outlet?: string;
      from?: string;
      to?: string;
    },
    params: SQLInputValue[],
  ): string[] {
    const where: string[] = [];
    if (f.entity !== undefined) {
      where.push("a.seq IN (SELECT seq FROM kb_appearances WHERE kb_id = ?)");
      params.push(f.entity);
    }
    if (f.outlet !== undefined) {
      where.push("a.outlet = ?");
      params.push(f.outlet);
    }
    if (f.eventType !== undefined || f.modality !== undefined) {
      const cond: string[] = [];
      if (f.eventType !== undefined) {
        cond.push("type = ?");
        params.push(f.eventType);
      }
      if (f.modality !== undefined) {
        cond.push("modality = ?");
        params.push(f.modality);
      }
      where.push(`a.id IN (SELECT article_id FROM events WHERE ${cond.join(" AND ")})`);
    }
    const range = rangeSql("a.date_value", f, params);
    if (range) where.push(range);
    return where;
  }

  timeline(options: TimelineOptions): TimelineBucket[] {
    const length = options.granularity === "year" ? 4 : options.granularity === "day" ? 10 : 7;
    const params: SQLInputValue[] = [length];
    const events =
      options.type === undefined
        ? "a.n_events"
        : "(SELECT count(*) FROM events ev WHERE ev.article_id = a.id AND ev.type = ?)";
    if (options.type !== undefined) params.push(options.type);
    const where = [`length(a.date_value) >= ${length}`];
    if (options.entity !== undefined) {
      where.push("a.seq IN (SELECT seq FROM kb_appearances WHERE kb_id = ?)");
      params.push(options.entity);
    }
    const range = rangeSql("a.date_value", options, params);
    if (range) where.push(range);
    const rows = this.#all<{ period: string; articles: number; events: number }>(
      `SELECT period, count(*) AS articles, sum(n) AS events FROM
        (SELECT substr(a.date_value, 1, ?) AS period, ${events} AS n FROM articles a WHERE ${where.join(" AND ")})
       ${options.type === undefined ? "" : "WHERE n > 0"}
       GROUP BY period ORDER BY period`,
      ...params,
    );
    return rows.map((r) => ({ period: r.period, articles: r.articles, events: r.events }));
  }

  graph(filters: EventFilters): GraphData {
    const params: SQLInputValue[] = [];
    const where = this.#eventWhere(filters, params);
    const events = this.#all<EventRow>(`SELECT e.* FROM kb_events e ${where} ORDER BY e.ord`, ...params).map(
      (r) => this.#merged(r),
    );
    const names = new Map<string, { name: string; label: EntityLabel | null }>();
    const lookup = this.#stmt("SELECT name, label FROM kb_entities WHERE id = ?");
    return graphOf(events, (id) => {
      if (!names.has(id)) {
        const r = lookup.get(id) as { name: string; label: EntityLabel | null } | undefined;
        if (r) names.set(id, { name: r.name, label: r.label });
      }
      return names.get(id);
    });
  }
}

interface SummaryRow {
  id: string;
  name: string;
  label: EntityLabel | null;
  mentions: number;
  articles: number;
  first_seen: string | null;
  last_seen: string | null;
}

function toSummary(r: SummaryRow): EntitySummary {
  return {
    id: r.id,
    name: r.name,
    label: r.label,
    articleCount: r.articles,
    mentionCount: r.mentions,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  };
}

function fields(r: EventRow) {
  return {
    ord: r.ord,
    id: r.id,
    type: r.type,
    sources: JSON.parse(r.sources) as ActorRef[],
    targets: JSON.parse(r.targets) as ActorRef[],
    date:
      r.date_value === null ? null : ({ value: r.date_value, precision: r.date_precision } as ArticleDate),
    items: JSON.parse(r.items) as string[],
    quantities: JSON.parse(r.quantities) as number[],
  };
}
