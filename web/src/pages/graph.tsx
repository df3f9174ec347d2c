/**
 * `/graph`: the actor network drawn with sigma (WebGL). Node size is activity,
 * edges are event types coloured by the modality of their latest report.
 * A table below gives the same network to keyboards and screen readers.
 */
import { MultiDirectedGraph } from "graphology";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import Sigma from "sigma";
import { api, collect } from "../api.ts";
import {
  Empty,
  EntityLink,
  EventCard,
  entityHref,
  MODALITY_COLOURS,
  PageHeading,
  Show,
  useAsync,
  usePageTitle,
} from "../components.tsx";
import { forceLayout } from "../layout.ts";
import { navigate, useLocation } from "../router.ts";
import { type GraphData, type GraphEdge, type MergedEvent, MODALITIES, type Modality } from "../types.ts";

const LABEL_COLOURS: Record<string, string> = {
  PER: "#2563eb",
  ORG: "#0d9488",
  LOC: "#d97706",
  MISC: "#7c3aed",
  EQUIP: "#db2777",
};

interface Filters {
  type: string;
  modality: string;
  from: string;
  to: string;
  lang: string;
  /** "1" draws actors that are only a description (the government, les habitants). */
  generic: string;
}

/** Actors the KB knows only by a common noun carry `actor:` ids (no named entity behind them). */
const isGeneric = (id: string) => id.startsWith("actor:");

/** The graph without description-only actors and the links that touch them. */
function namedOnly(graph: GraphData): GraphData {
  return {
    nodes: graph.nodes.filter((n) => !isGeneric(n.id)),
    edges: graph.edges.filter((e) => !isGeneric(e.source) && !isGeneric(e.target)),
  };
}

interface Network {
  graph: GraphData;
  /** Merged events behind the edges, to colour them and to list them on click. */
  events: MergedEvent[];
}

/** Edges grouped by unordered pair of actors ("a\u0000b", a < b). */
function edgePairs(edges: GraphEdge[]): Map<string, GraphEdge[]> {
  const pairs = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  return pairs;
}

function edgeKey(e: { source: string; target: string; type: string }): string {
  return `${e.source}\u0000${e.target}\u0000${e.type}`;
}

/** The modality of the latest report among the merged events behind each edge. */
function edgeModalities(events: MergedEvent[]): Map<string, Modality> {
  const latest = new Map<string, { modality: Modality; when: string }>();
  for (const e of events) {
    const when = e.lastSeen ?? "";
    for (const s of e.sources)
      for (const t of e.targets) {
        const key = edgeKey({ source: s.id, target: t.id, type: e.type });
        const seen = latest.get(key);
        if (!seen || when >= seen.when) latest.set(key, { modality: e.modality, when });
      }
  }
  return new Map([...latest].map(([k, v]) => [k, v.modality]));
}

export function GraphPage() {
  usePageTitle("Network");
  const { query } = useLocation();
  const filters: Filters = {
    type: query.get("type") ?? "",
    modality: query.get("modality") ?? "",
    from: query.get("from") ?? "",
    to: query.get("to") ?? "",
    lang: query.get("lang") ?? "",
    generic: query.get("generic") ?? "",
  };
  const deps = [filters.type, filters.modality, filters.from, filters.to, filters.lang, filters.generic];
  const state = useAsync<Network>(async () => {
    const { generic, ...params } = filters;
    const [graph, events] = await Promise.all([api.graph(params), collect(api.events, params, 2000)]);
    return { graph: generic ? graph : namedOnly(graph), events };
  }, deps);
  const types = useAsync(
    async () => [...new Set((await collect(api.events, {}, 2000)).map((e) => e.type))].sort(),
    [],
  );
  const [selectedEdge, setSelectedEdge] = useState<GraphEdge[] | null>(null);

  const set = (key: keyof Filters, value: string) => {
    const params = new URLSearchParams(query);
    if (value) params.set(key, value);
    else params.delete(key);
    const qs = params.toString();
    setSelectedEdge(null);
    navigate(qs ? `/graph?${qs}` : "/graph", { replace: true });
  };
  const select = (key: keyof Filters, label: string, options: string[], any: string) => (
    <label>
      {label}
      <select value={filters[key]} onChange={(e) => set(key, (e.target as HTMLSelectElement).value)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  const month = (key: keyof Filters, label: string) => (
    <label>
      {label}
      <input
        type="month"
        value={filters[key]}
        onChange={(e) => set(key, (e.target as HTMLInputElement).value)}
      />
    </label>
  );

  return (
    <>
      <PageHeading sub="Actors linked by the events between them. Click an actor for its page, a link for its events.">
        Actor network
      </PageHeading>
      <fieldset class="filters">
        <legend class="sr-only">Filter the network</legend>
        {select("type", "Event type", types.data ?? [], "all types")}
        {select("modality", "Modality", MODALITIES, "any modality")}
        {month("from", "From")}
        {month("to", "To")}
        {select("lang", "Language", ["en", "fr"], "all languages")}
        <label class="check">
          <input
            type="checkbox"
            name="generic"
            checked={filters.generic === "1"}
            onChange={(e) => set("generic", (e.target as HTMLInputElement).checked ? "1" : "")}
          />
          Unnamed actors (the government, residents…)
        </label>
      </fieldset>
      <Show state={state} what="Loading the network">
        {(network) =>
          network.graph.nodes.length === 0 ? (
            <Empty>
              No actors linked by events
              {Object.values(filters).some(Boolean) ? " with these filters" : " yet"}.
            </Empty>
          ) : (
            <NetworkView network={network} onEdge={setSelectedEdge} selectedEdge={selectedEdge} />
          )
        }
      </Show>
    </>
  );
}

function NetworkView({
  network,
  onEdge,
  selectedEdge,
}: {
  network: Network;
  onEdge: (edges: GraphEdge[] | null) => void;
  selectedEdge: GraphEdge[] | null;
}) {
  const { graph: data, events } = network;
  const container = useRef<HTMLDivElement>(null);
  const modalities = useMemo(() => edgeModalities(events), [events]);
  const [webglError, setWebglError] = useState<string | null>(null);
  const names = useMemo(() => new Map(data.nodes.map((n) => [n.id, n.name])), [data]);
  const pairs = useMemo(() => edgePairs(data.edges), [data]);

  useEffect(() => {
    if (!container.current) return;
    const graph = new MultiDirectedGraph();
    const positions = forceLayout({
      nodes: data.nodes.map((n) => n.id),
      edges: data.edges.map((e) => ({ source: e.source, target: e.target, weight: e.count })),
    });
    const maxEvents = Math.max(1, ...data.nodes.map((n) => n.events));
    for (const n of data.nodes) {
      const p = positions.get(n.id)!;
      graph.addNode(n.id, {
        label: n.name,
        x: p.x,
        y: p.y,
        size: 5 + 14 * Math.sqrt(n.events / maxEvents),
        color: LABEL_COLOURS[n.label ?? ""] ?? "#64748b",
      });
    }
    // One drawn link per pair of actors: parallel and opposite edges would overlap on a straight line.
    for (const [pair, group] of pairs) {
      const [a, b] = pair.split("\u0000");
      if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
      const latest = group.slice().sort((x, y) => (y.lastDate ?? "").localeCompare(x.lastDate ?? ""))[0];
      const modality = latest.modality ?? modalities.get(edgeKey(latest)) ?? "asserted";
      const oneWay = group.every((e) => e.source === latest.source);
      const count = group.reduce((sum, e) => sum + e.count, 0);
      graph.addEdgeWithKey(pair, latest.source, latest.target, {
        label: [...new Set(group.map((e) => e.type))].join(" · "),
        size: 1.5 + 2 * Math.log2(1 + count),
        color: MODALITY_COLOURS[modality],
        type: oneWay ? "arrow" : "line",
      });
    }
    let renderer: Sigma | null = null;
    try {
      renderer = new Sigma(graph, container.current, {
        renderEdgeLabels: true,
        enableEdgeEvents: true,
        allowInvalidContainer: true,
        labelRenderedSizeThreshold: 0,
        labelSize: 13,
        labelWeight: "600",
        edgeLabelSize: 11,
        defaultEdgeType: "arrow",
      });
    } catch (error) {
      setWebglError(String((error as Error).message ?? error));
      return;
    }
    container.current.dataset.drawnNodes = String(graph.order);
    container.current.dataset.drawnEdges = String(graph.size);
    renderer.on("clickNode", ({ node }) => navigate(entityHref(node)));
    renderer.on("clickEdge", ({ edge }) => onEdge(pairs.get(edge) ?? null));
    renderer.on("enterNode", () => container.current?.classList.add("pointer"));
    renderer.on("leaveNode", () => container.current?.classList.remove("pointer"));
    renderer.on("enterEdge", () => container.current?.classList.add("pointer"));
    renderer.on("leaveEdge", () => container.current?.classList.remove("pointer"));
    return () => renderer?.kill();
  }, [data, modalities, pairs]);

  const usedModalities = new Set(
    data.edges.map((e) => e.modality ?? modalities.get(edgeKey(e)) ?? "asserted"),
  );
  return (
    <div class="graph-layout">
      <div class="graph-stage">
        <div
          ref={container}
          class="graph-canvas"
          role="img"
          aria-label={`Network of ${data.nodes.length} actors and ${data.edges.length} event links; the same data is in the table below.`}
          data-testid="graph"
          data-nodes={data.nodes.length}
          data-edges={data.edges.length}
        />
        {webglError && (
          <p class="state error">
            The network could not be drawn here ({webglError}); the table below lists it.
          </p>
        )}
        <div class="graph-legend" aria-hidden="true">
          {Object.entries(LABEL_COLOURS).map(([label, colour]) => (
            <span key={label}>
              <span class="dot" style={{ background: colour }} />
              {label}
            </span>
          ))}
          <span class="sep" />
          {MODALITIES.filter((m) => usedModalities.has(m)).map((m) => (
            <span key={m}>
              <span class="line" style={{ background: MODALITY_COLOURS[m] }} />
              {m}
            </span>
          ))}
        </div>
      </div>
      <aside class="graph-side" aria-live="polite" aria-label="Selected link">
        {selectedEdge ? (
          <EdgeEvents edges={selectedEdge} events={events} names={names} onClose={() => onEdge(null)} />
        ) : (
          <p class="muted">Select a link (or use the table) to list the events behind it.</p>
        )}
      </aside>
      <details class="graph-table" open={data.edges.length <= 12}>
        <summary>Links as a table ({data.edges.length})</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Source</th>
              <th scope="col">Event type</th>
              <th scope="col">Target</th>
              <th scope="col">Events</th>
              <th scope="col">Dates</th>
              <th scope="col">
                <span class="sr-only">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.edges.map((e, i) => (
              <tr key={i}>
                <td>
                  <EntityLink actor={{ id: e.source, name: names.get(e.source) ?? e.source }} />
                </td>
                <td>{e.type}</td>
                <td>
                  <EntityLink actor={{ id: e.target, name: names.get(e.target) ?? e.target }} />
                </td>
                <td>{e.count}</td>
                <td>
                  {[e.firstDate, e.lastDate]
                    .filter(Boolean)
                    .filter((d, k, a) => a.indexOf(d) === k)
                    .join(" – ")}
                </td>
                <td>
                  <button type="button" class="link-button" onClick={() => onEdge([e])}>
                    Events
                    <span class="sr-only">
                      {" "}
                      {e.type} from {names.get(e.source)} to {names.get(e.target)}
                    </span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function EdgeEvents({
  edges,
  events,
  names,
  onClose,
}: {
  edges: GraphEdge[];
  events: MergedEvent[];
  names: Map<string, string>;
  onClose: () => void;
}) {
  const behind = events.filter((e) =>
    edges.some(
      (edge) =>
        e.type === edge.type &&
        e.sources.some((s) => s.id === edge.source) &&
        e.targets.some((t) => t.id === edge.target),
    ),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [edges]);
  const first = edges[0];
  const oneWay = edges.every((e) => e.source === first.source);
  const count = edges.reduce((sum, e) => sum + e.count, 0);
  const mentions = edges.reduce((sum, e) => sum + e.mentions, 0);
  return (
    <div class="edge-events">
      <div class="edge-head">
        <h2 ref={heading} tabIndex={-1}>
          {names.get(first.source) ?? first.source} {oneWay ? "→" : "↔"}{" "}
          {names.get(first.target) ?? first.target}
        </h2>
        <button type="button" class="secondary" onClick={onClose} aria-label="Close the event list">
          ×
        </button>
      </div>
      <p class="muted">
        {[...new Set(edges.map((e) => e.type))].join(", ")}: {count} merged event{count === 1 ? "" : "s"},{" "}
        {mentions} report{mentions === 1 ? "" : "s"}
      </p>
      {behind.length === 0 ? (
        <Empty>The events behind this link are not in the current listing.</Empty>
      ) : (
        <div class="event-stack" data-testid="edge-events">
          {behind.map((e) => (
            <EventCard key={e.id} event={e} />
          ))}
        </div>
      )}
    </div>
  );
}
