/** `/timeline`: merged events over time, each with how its modality moved between reports. */
import { api, collect } from "../api.ts";
import {
  BarChart,
  Empty,
  EventCard,
  MODALITY_COLOURS,
  PageHeading,
  Show,
  useAsync,
  usePageTitle,
} from "../components.tsx";
import { navigate, useLocation } from "../router.ts";
import { type MergedEvent, MODALITIES } from "../types.ts";

export function TimelinePage() {
  usePageTitle("Timeline");
  const { query } = useLocation();
  const type = query.get("type") ?? "";
  const modality = query.get("modality") ?? "";
  const buckets = useAsync(() => api.timeline({ type, granularity: "month" }), [type]);
  const events = useAsync(() => collect(api.events, { type, modality }, 2000), [type, modality]);
  const types = useAsync(
    async () => [...new Set((await collect(api.events, {}, 2000)).map((e) => e.type))].sort(),
    [],
  );

  const set = (key: string, value: string) => {
    const params = new URLSearchParams(query);
    if (value) params.set(key, value);
    else params.delete(key);
    const qs = params.toString();
    navigate(qs ? `/timeline?${qs}` : "/timeline", { replace: true });
  };

  return (
    <>
      <PageHeading sub="Events merged across articles, by date, with each change of modality as it was reported.">
        Timeline
      </PageHeading>
      <fieldset class="filters">
        <legend class="sr-only">Filter events</legend>
        <label>
          Event type
          <select value={type} onChange={(e) => set("type", (e.target as HTMLSelectElement).value)}>
            <option value="">all types</option>
            {(types.data ?? []).map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Modality
          <select value={modality} onChange={(e) => set("modality", (e.target as HTMLSelectElement).value)}>
            <option value="">any modality</option>
            {MODALITIES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <section class="panel" aria-labelledby="tl-chart-h">
        <h2 id="tl-chart-h">Event reports per month</h2>
        <Show state={buckets} what="Loading the timeline">
          {(items) => (
            <BarChart
              label="Event mentions per month of article date"
              unit="event reports"
              data={items.filter((b) => b.events > 0).map((b) => ({ period: b.period, value: b.events }))}
            />
          )}
        </Show>
      </section>
      <ModalityLegend />
      <Show state={events} what="Loading events">
        {(items) =>
          items.length === 0 ? <Empty>No events match.</Empty> : <EventsByPeriod events={items} />
        }
      </Show>
    </>
  );
}

function ModalityLegend() {
  return (
    <ul class="modality-legend" aria-label="Modality colours">
      {MODALITIES.map((m) => (
        <li key={m}>
          <span class="swatch" style={{ background: MODALITY_COLOURS[m] }} aria-hidden="true" />
          {m}
        </li>
      ))}
    </ul>
  );
}

function periodOf(event: MergedEvent): string {
  const value = event.date?.value ?? event.firstSeen ?? "";
  return value ? value.slice(0, 7) : "undated";
}

function EventsByPeriod({ events }: { events: MergedEvent[] }) {
  const groups = new Map<string, MergedEvent[]>();
  for (const e of events) {
    const p = periodOf(e);
    groups.set(p, [...(groups.get(p) ?? []), e]);
  }
  const periods = [...groups.keys()].sort((a, b) =>
    a === "undated" ? 1 : b === "undated" ? -1 : a.localeCompare(b),
  );
  return (
    <ol class="timeline" aria-label="Events by month">
      {periods.map((p) => (
        <li key={p} class="timeline-period">
          <h2 class="timeline-date">{p}</h2>
          <div class="event-stack">
            {groups
              .get(p)!
              .sort((a, b) => b.articleCount - a.articleCount)
              .map((e) => (
                <EventCard key={e.id} event={e} />
              ))}
          </div>
        </li>
      ))}
    </ol>
  );
}
