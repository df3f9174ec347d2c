/**
 * The knowledge-base graph as graphology's serialised JSON: actors as nodes,
 * one directed edge per (source, target, event type) with counts and dates.
 */
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { GraphData } from "../store/store.ts";

/**
 * @example
 * toGraphology(await store.graph()); // { options, attributes, nodes: [{key, attributes}], edges: [...] }
 */
export function toGraphology(data: GraphData): SerializedGraph {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of data.nodes) {
    graph.addNode(n.id, { label: n.name, entityLabel: n.label, events: n.events });
  }
  for (const e of data.edges) {
    graph.addEdgeWithKey(`${e.source}->${e.target}:${e.type}`, e.source, e.target, {
      type: e.type,
      count: e.count,
      mentions: e.mentions,
      firstDate: e.firstDate,
      lastDate: e.lastDate,
    });
  }
  return graph.export();
}
