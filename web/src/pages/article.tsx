/**
 * `/articles/:id`: the text with every layer highlighted at its offsets and a
 * side panel of the extracted facts. Article text is only ever rendered as
 * text nodes (Preact escapes strings); nothing here sets HTML.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import { api } from "../api.ts";
import {
  Empty,
  entityHref,
  formatArticleDate,
  ModalityBadge,
  PageHeading,
  Show,
  speakerColour,
  TypeBadge,
  useAsync,
  usePageTitle,
} from "../components.tsx";
import { blocksOf, type Mark, marksOf, type Segment } from "../highlight.ts";
import type { Article, DocEvent, Entity, Quote } from "../types.ts";

type Layer = "entity" | "quote" | "event" | "flag" | "other";

/** How a bounded or estimated quantity reads in the facts panel: « plus de 1 500 » → ≥ 1500. */
const BOUND_SIGNS = { approx: "≈ ", min: "≥ ", max: "≤ " } as const;

const LAYERS: { layer: Layer; label: string }[] = [
  { layer: "entity", label: "Entities" },
  { layer: "quote", label: "Quotes" },
  { layer: "event", label: "Events" },
  { layer: "flag", label: "Flags" },
  { layer: "other", label: "Dates & quantities" },
];

export function ArticlePage({ id }: { id: string }) {
  const state = useAsync((signal) => api.article(id, signal), [id]);
  usePageTitle(state.data ? (state.data.title ?? "Article") : state.error ? "Article not found" : "Article");
  return (
    <Show state={state} what="Loading the article">
      {(article) => <ArticleView article={article} />}
    </Show>
  );
}

function speakerKey(q: Quote): string | null {
  return q.speaker ? (q.speaker.entity ?? q.speaker.name) : null;
}

function ArticleView({ article }: { article: Article }) {
  const marks = useMemo(() => marksOf(article), [article]);
  const blocks = useMemo(() => blocksOf(article, marks), [article, marks]);
  const [hidden, setHidden] = useState<Set<Layer>>(new Set());
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    performance.mark("article-rendered");
    // Deep links (#fact-quote-0) land on their span once the text exists.
    const target =
      window.location.hash.startsWith("#fact-") && document.getElementById(window.location.hash.slice(1));
    if (target) goTo(target.id.slice(5), setSelected);
  }, [article]);

  const toggle = (layer: Layer) => {
    const next = new Set(hidden);
    if (next.has(layer)) next.delete(layer);
    else next.add(layer);
    setHidden(next);
  };
  const counts: Record<Layer, number> = {
    entity: article.entities.length,
    quote: article.quotes.length,
    event: article.events.length,
    flag: article.flags?.length ?? 0,
    other: (article.dates?.length ?? 0) + (article.quantities?.length ?? 0),
  };
  const hiddenClasses = [...hidden].map((l) => `hide-${l}`).join(" ");

  return (
    <>
      <PageHeading
        sub={
          <>
            {formatArticleDate(article.date)}
            {article.source?.outlet && <> · {article.source.outlet}</>}
            {article.source?.byline && <> · {article.source.byline}</>} · language {article.lang ?? "unknown"}
            {safeUrl(article.source?.url) && (
              <>
                {" "}
                ·{" "}
                <a href={safeUrl(article.source?.url)!} rel="noopener noreferrer" target="_blank">
                  original
                </a>
              </>
            )}
          </>
        }
      >
        {article.title ?? "(untitled article)"}
      </PageHeading>
      <div class="article-layout">
        <div class="article-main">
          <fieldset class="layer-toggles">
            <legend>Highlight</legend>
            {LAYERS.map(({ layer, label }) => (
              <label key={layer} class={`toggle toggle-${layer}`}>
                <input
                  type="checkbox"
                  checked={!hidden.has(layer) && counts[layer] > 0}
                  disabled={counts[layer] === 0}
                  onChange={() => toggle(layer)}
                />
                {label} <span class="count">{counts[layer]}</span>
              </label>
            ))}
          </fieldset>
          <SpeakerLegend quotes={article.quotes} />
          {/* biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: a mouse shortcut; the facts panel gives keyboards the same links. */}
          <div
            class={`article-text ${hiddenClasses}`}
            lang={article.lang ?? undefined}
            data-testid="article-text"
            onClick={(event) => {
              const key = (event.target as HTMLElement).closest?.("[data-mark]")?.getAttribute("data-mark");
              if (key) setSelected(key.split(" ")[0]);
            }}
          >
            {blocks.map((block) => (
              <p key={block.start}>
                {block.segments.map((s) => (
                  <SegmentView key={s.start} segment={s} article={article} selected={selected} />
                ))}
              </p>
            ))}
          </div>
        </div>
        <FactsPanel article={article} marks={marks} selected={selected} onSelect={setSelected} />
      </div>
    </>
  );
}

function safeUrl(url: string | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function SpeakerLegend({ quotes }: { quotes: Quote[] }) {
  const speakers = new Map<string, string>();
  for (const q of quotes) {
    const key = speakerKey(q);
    if (key && q.speaker && !speakers.has(key)) speakers.set(key, q.speaker.name);
  }
  if (speakers.size === 0) return null;
  return (
    <ul class="speaker-legend" aria-label="Speakers">
      {[...speakers].map(([key, name]) => (
        <li key={key}>
          <span class="swatch" style={{ background: speakerColour(key) }} aria-hidden="true" />
          {name}
        </li>
      ))}
    </ul>
  );
}

function SegmentView({
  segment,
  article,
  selected,
}: {
  segment: Segment;
  article: Article;
  selected: string | null;
}) {
  if (segment.marks.length === 0) return <>{segment.text}</>;
  const classes: string[] = ["mark"];
  let style: Record<string, string> | undefined;
  const titles: string[] = [];
  for (const m of segment.marks) {
    classes.push(`m-${m.kind}`);
    if (m.key === selected) classes.push("selected");
    if (m.kind === "entity") {
      const e = article.entities[m.index];
      classes.push(`ent-${e.label}`);
      titles.push(`${e.label} ${e.canonical ?? e.id ?? e.text}`);
    } else if (m.kind === "quote") {
      const q = article.quotes[m.index];
      style = { "--speaker": speakerColour(speakerKey(q)) };
      titles.push(
        q.speaker
          ? `Quote by ${q.speaker.name}${q.speaker.role ? `, ${q.speaker.role}` : ""}`
          : `Quote (${q.kind}), no speaker`,
      );
    } else if (m.kind === "event") {
      const e = article.events[m.index];
      titles.push(`Event ${e.type} (${e.modality})`);
    } else if (m.kind === "flag") {
      titles.push(`Flag: ${article.flags![m.index].message}`);
    } else if (m.kind === "cue") {
      titles.push("Quote cue");
    } else if (m.kind === "date") {
      titles.push(`Date ${article.dates![m.index].value}`);
    } else if (m.kind === "quantity") {
      const q = article.quantities![m.index];
      titles.push(`Quantity ${q.value}${q.unit ? ` ${q.unit}` : ""}`);
    }
  }
  const anchor = segment.starts[0];
  return (
    <span
      class={classes.join(" ")}
      style={style}
      title={titles.join(" · ")}
      data-mark={segment.marks.map((m) => m.key).join(" ")}
      id={anchor ? `fact-${anchor.key}` : undefined}
      tabIndex={anchor ? -1 : undefined}
    >
      {segment.starts.slice(1).map((m) => (
        <span key={m.key} id={`fact-${m.key}`} tabIndex={-1} />
      ))}
      {segment.text}
    </span>
  );
}

/** Scrolls to a fact's span, focuses it and flashes it. */
function goTo(key: string, select: (key: string) => void): void {
  const element = document.getElementById(`fact-${key}`);
  if (!element) return;
  select(key);
  element.scrollIntoView({ block: "center", behavior: "smooth" });
  element.focus({ preventScroll: true });
  window.history.replaceState(null, "", `#fact-${key}`);
}

function SpanLink({
  markKey,
  children,
  onSelect,
}: {
  markKey: string;
  children: preact.ComponentChildren;
  onSelect: (key: string) => void;
}) {
  return (
    <a
      class="span-link"
      href={`#fact-${markKey}`}
      onClick={(event) => {
        event.preventDefault();
        goTo(markKey, onSelect);
      }}
    >
      {children}
    </a>
  );
}

function FactsPanel({
  article,
  marks,
  selected,
  onSelect,
}: {
  article: Article;
  marks: Mark[];
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  const has = new Set(marks.map((m) => m.key));
  const item = (key: string) => `fact ${key === selected ? "selected" : ""}`;
  const dates = article.dates ?? [];
  const quantities = article.quantities ?? [];
  const flags = article.flags ?? [];
  const empty = article.entities.length + article.quotes.length + article.events.length + flags.length === 0;
  return (
    <aside class="facts" aria-label="Extracted facts">
      <h2>Extracted facts</h2>
      {empty && <Empty>No entities, quotes or events were extracted from this article yet.</Empty>}
      {article.quotes.length > 0 && (
        <section aria-labelledby="facts-quotes">
          <h3 id="facts-quotes">Quotes ({article.quotes.length})</h3>
          <ul>
            {article.quotes.map((q, i) => (
              <li key={i} class={item(`quote-${i}`)} style={{ "--speaker": speakerColour(speakerKey(q)) }}>
                <div class="fact-head">
                  <span class="swatch" aria-hidden="true" />
                  {q.speaker ? <SpeakerName quote={q} /> : <span class="muted">no speaker</span>}
                  <span class="badge">{q.kind}</span>
                </div>
                <q class="fact-text">{trim(q.text.replace(/^[«“"„‘]\s*|\s*[»”"’]$/g, ""), 160)}</q>
                <div class="fact-foot">
                  {has.has(`quote-${i}`) && (
                    <SpanLink markKey={`quote-${i}`} onSelect={onSelect}>
                      Show in text
                    </SpanLink>
                  )}
                  {q.cue && <span>cue “{q.cue.text}”</span>}
                  {q.rule && <span>rule {q.rule}</span>}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {article.events.length > 0 && (
        <section aria-labelledby="facts-events">
          <h3 id="facts-events">Events ({article.events.length})</h3>
          <ul>
            {article.events.map((e, i) => (
              <li key={i} class={item(`event-${i}`)}>
                <div class="fact-head">
                  <TypeBadge type={e.type} />
                  <ModalityBadge modality={e.modality} />
                </div>
                <p class="fact-text">
                  <Actors actors={e.source} /> <span aria-hidden="true">→</span>
                  <span class="sr-only">to</span> <Actors actors={e.target} />
                </p>
                <EventDetails event={e} />
                <div class="fact-foot">
                  {has.has(`event-${i}`) && (
                    <SpanLink markKey={`event-${i}`} onSelect={onSelect}>
                      trigger “{e.trigger.text}”
                    </SpanLink>
                  )}
                  {e.mode && <span>mode {e.mode}</span>}
                  {e.rule && <span>rule {e.rule}</span>}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {article.entities.length > 0 && (
        <section aria-labelledby="facts-entities">
          <h3 id="facts-entities">Entities ({article.entities.length})</h3>
          <ul class="entity-facts">
            {groupEntities(article.entities).map((g) => (
              <li key={g.key} class={`${item(`entity-${g.indices[0]}`)} ent-${g.entity.label}`}>
                <span class="label-tag">{g.entity.label}</span>
                {g.entity.id ? (
                  <a href={entityHref(g.entity.id)}>{g.entity.canonical ?? g.entity.text}</a>
                ) : (
                  <span>{g.entity.text}</span>
                )}
                <span class="mentions">
                  {g.indices.map((idx, n) => (
                    <SpanLink key={idx} markKey={`entity-${idx}`} onSelect={onSelect}>
                      <span class="sr-only">mention </span>
                      {n + 1}
                    </SpanLink>
                  ))}
                </span>
                {g.entity.rule && <span class="rule">{g.entity.rule}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {flags.length > 0 && (
        <section aria-labelledby="facts-flags">
          <h3 id="facts-flags">Flags ({flags.length})</h3>
          <ul>
            {flags.map((f, i) => (
              <li key={i} class={item(`flag-${i}`)}>
                <div class="fact-head">
                  <span class="badge flag">{f.kind}</span>
                </div>
                <p class="fact-text">{f.message}</p>
                {has.has(`flag-${i}`) && (
                  <SpanLink markKey={`flag-${i}`} onSelect={onSelect}>
                    Show in text
                  </SpanLink>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {dates.length + quantities.length > 0 && (
        <details class="more-facts">
          <summary>Dates and quantities ({dates.length + quantities.length})</summary>
          <ul class="compact">
            {dates.map((d, i) => (
              <li key={`d${i}`}>
                <SpanLink markKey={`date-${i}`} onSelect={onSelect}>
                  {d.text}
                </SpanLink>{" "}
                = {d.value}
              </li>
            ))}
            {quantities.map((q, i) => (
              <li key={`q${i}`}>
                <SpanLink markKey={`quantity-${i}`} onSelect={onSelect}>
                  {q.text}
                </SpanLink>{" "}
                = {q.bound ? BOUND_SIGNS[q.bound] : ""}
                {q.value}
                {q.unit ? ` ${q.unit}` : ""}
                {q.currency ? ` ${q.currency}` : ""}
              </li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}

function SpeakerName({ quote }: { quote: Quote }) {
  const s = quote.speaker!;
  const role = [s.role, s.affiliation].filter(Boolean).join(", ");
  return (
    <span class="speaker">
      {s.entity ? <a href={entityHref(s.entity)}>{s.name}</a> : s.name}
      {role && <span class="muted"> · {role}</span>}
    </span>
  );
}

function Actors({ actors }: { actors: DocEvent["source"] }) {
  if (actors.length === 0) return <span class="muted">?</span>;
  return (
    <>
      {actors.map((a, i) => (
        <span key={i}>
          {i > 0 && ", "}
          {a.entity ? <a href={entityHref(a.entity)}>{a.name}</a> : a.name}
        </span>
      ))}
    </>
  );
}

function EventDetails({ event }: { event: DocEvent }) {
  const parts: string[] = [];
  if (event.items?.length) parts.push(event.items.map((i) => i.text).join("; "));
  if (event.value) parts.push(`${event.value.amount} ${event.value.currency}`);
  if (event.date) parts.push(event.date.value);
  if (event.location) parts.push(`in ${event.location.name}`);
  if (event.reportedBy) parts.push(`according to ${event.reportedBy.name}`);
  if (parts.length === 0) return null;
  return <p class="fact-detail">{parts.join(" · ")}</p>;
}

function groupEntities(entities: Entity[]): { key: string; entity: Entity; indices: number[] }[] {
  const groups = new Map<string, { key: string; entity: Entity; indices: number[] }>();
  entities.forEach((e, i) => {
    const key = e.id ?? `${e.label}:${e.text}`;
    const g = groups.get(key);
    if (g) g.indices.push(i);
    else groups.set(key, { key, entity: e, indices: [i] });
  });
  return [...groups.values()].sort(
    (a, b) => b.indices.length - a.indices.length || a.indices[0] - b.indices[0],
  );
}

function trim(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
