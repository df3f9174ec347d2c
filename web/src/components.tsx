/** Shared pieces: data loading, states, links, badges, a bar chart. */
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "./api.ts";
import { history } from "./router.ts";
import type { ActorRef, MergedEvent, Modality } from "./types.ts";

export interface Async<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
}

/** Runs `load` whenever `deps` change; stale answers are dropped. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<Async<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ data, error: null, loading: false }),
      (error) => !controller.signal.aborted && setState({ data: null, error, loading: false }),
    );
    return () => controller.abort();
  }, deps);
  return state;
}

/** Sets the document title and moves focus to the page heading, so screen readers announce the new page. */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Dossier` : "Dossier";
  }, [title]);
}

export function Loading({ what = "Loading" }: { what?: string }) {
  return (
    <p class="state" role="status" aria-live="polite">
      {what}…
    </p>
  );
}

export function ErrorBox({ error }: { error: Error }) {
  const code = error instanceof ApiError ? error.code : "E_NETWORK";
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <div class="state error" role="alert">
      <strong>{notFound ? "Not found" : "Something went wrong"}</strong>
      <span>
        {error.message} <code>{code}</code>
      </span>
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state empty">{children}</p>;
}

/** Loading, error or content for one async value. */
export function Show<T>({
  state,
  children,
  what,
}: {
  state: Async<T>;
  children: (data: T) => ComponentChildren;
  what?: string;
}) {
  if (state.error) return <ErrorBox error={state.error} />;
  if (state.data === null) return <Loading what={what} />;
  return <>{children(state.data)}</>;
}

export function entityHref(id: string): string {
  return `/entities/${encodeURIComponent(id)}`;
}

export function articleHref(id: string, hash = ""): string {
  return `/articles/${encodeURIComponent(id)}${hash}`;
}

export function EntityLink({ actor }: { actor: ActorRef | { id: string | null; name: string } }) {
  if (!actor.id) return <span>{actor.name}</span>;
  return (
    <a class="entity-link" href={entityHref(actor.id)}>
      {actor.name}
    </a>
  );
}

export function Actors({ actors }: { actors: ActorRef[] }) {
  if (actors.length === 0) return <span class="muted">—</span>;
  return (
    <>
      {actors.map((a, i) => (
        <>
          {i > 0 && ", "}
          <EntityLink actor={a} />
        </>
      ))}
    </>
  );
}

export const MODALITY_COLOURS: Record<Modality, string> = {
  asserted: "#4b5563",
  reported: "#6b7280",
  hypothetical: "#a16207",
  planned: "#2563eb",
  pledged: "#7c3aed",
  delivered: "#15803d",
  negated: "#b91c1c",
};

export function ModalityBadge({ modality }: { modality: Modality }) {
  return (
    <span class="badge modality" style={{ "--c": MODALITY_COLOURS[modality] ?? "#4b5563" }}>
      {modality}
    </span>
  );
}

export function TypeBadge({ type }: { type: string }) {
  return <span class="badge type">{type}</span>;
}

/** hypothetical → pledged → delivered, as badges joined by arrows. */
export function ModalityHistory({ event }: { event: MergedEvent }) {
  const steps = event.modalityHistory?.length
    ? event.modalityHistory
    : [{ modality: event.modality, date: null, articleId: "" }];
  return (
    <ol class="history" aria-label="Modality history">
      {steps.map((step, i) => (
        <li key={i}>
          {step.articleId ? (
            <a href={articleHref(step.articleId)} title={step.date ? `reported ${step.date}` : "report"}>
              <ModalityBadge modality={step.modality} />
            </a>
          ) : (
            <ModalityBadge modality={step.modality} />
          )}
          {step.date && <span class="history-date">{step.date}</span>}
        </li>
      ))}
    </ol>
  );
}

/** One merged event as a compact card. */
export function EventCard({ event, headingLevel = 3 }: { event: MergedEvent; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article class="event-card" aria-label={`${event.type} event`}>
      <Heading class="event-title">
        <TypeBadge type={event.type} /> <Actors actors={event.sources} /> <span aria-hidden="true">→</span>
        <span class="sr-only">to</span> <Actors actors={event.targets} />
      </Heading>
      <p class="event-meta">
        {event.date && <span>{event.date.value}</span>}
        {event.items.length > 0 && <span>{event.items.slice(0, 3).join("; ")}</span>}
        <span>
          {event.articleCount} article{event.articleCount === 1 ? "" : "s"}, {event.mentionCount} mention
          {event.mentionCount === 1 ? "" : "s"}
        </span>
      </p>
      <ModalityHistory event={event} />
    </article>
  );
}

/** A small SVG bar chart with a text alternative (a visually hidden table). */
export function BarChart({
  data,
  label,
  unit,
  height = 120,
}: {
  data: { period: string; value: number }[];
  label: string;
  unit: string;
  height?: number;
}) {
  if (data.length === 0) return <Empty>No dated activity yet.</Empty>;
  const max = Math.max(1, ...data.map((d) => d.value));
  const barWidth = 24;
  const gap = 6;
  // Room on both sides for the first and last period labels.
  const pad = 16;
  const width = data.length * (barWidth + gap) + 2 * pad;
  return (
    <figure class="chart">
      <div class="chart-scroll">
        <svg
          width={width}
          height={height + 34}
          viewBox={`0 0 ${width} ${height + 34}`}
          role="img"
          aria-label={`${label}: ${data.length} periods, peak ${max} ${unit}`}
        >
          {data.map((d, i) => {
            const h = Math.max(2, (d.value / max) * height);
            const x = pad + i * (barWidth + gap);
            return (
              <g key={d.period}>
                <rect x={x} y={height - h + 14} width={barWidth} height={h} rx="3" class="bar">
                  <title>{`${d.period}: ${d.value} ${unit}`}</title>
                </rect>
                <text x={x + barWidth / 2} y={height - h + 10} class="bar-value" text-anchor="middle">
                  {d.value}
                </text>
                {(data.length <= 16 || i % Math.ceil(data.length / 16) === 0) && (
                  <text x={x + barWidth / 2} y={height + 28} class="bar-label" text-anchor="middle">
                    {shortPeriod(d.period)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption class="sr-only">
        <table>
          <caption>{label}</caption>
          <tbody>
            {data.map((d) => (
              <tr key={d.period}>
                <th scope="row">{d.period}</th>
                <td>
                  {d.value} {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

function shortPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period.length > 7 ? period.slice(2) : period;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${months[Number(m[2]) - 1]} ${m[1].slice(2)}`;
}

/** A stable, readable colour per speaker (eight hues that keep contrast with dark text). */
export const SPEAKER_COLOURS = [
  "#fde68a",
  "#bfdbfe",
  "#fbcfe8",
  "#bbf7d0",
  "#ddd6fe",
  "#fed7aa",
  "#a5f3fc",
  "#e5e7eb",
];

export function speakerColour(key: string | null | undefined): string {
  if (!key) return "#f3f4f6";
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return SPEAKER_COLOURS[h % SPEAKER_COLOURS.length];
}

/** Keeps focus on the heading after navigation (for keyboard and screen-reader users). */
export function PageHeading({ children, sub }: { children: ComponentChildren; sub?: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (history.navigated) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <header class="page-header">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {sub && <p class="page-sub">{sub}</p>}
    </header>
  );
}

export function formatArticleDate(date: { value: string } | null | undefined): string {
  return date?.value ?? "undated";
}
