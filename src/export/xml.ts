/**
 * GraphML and GEXF documents of the knowledge-base graph: actors as nodes,
 * one directed edge per (source, target, event type) carrying the number of
 * merged events, their mentions and date range. Both load in Gephi.
 */
import type { GraphData } from "../store/store.ts";

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const edgeId = (e: GraphData["edges"][number]) => `${e.source}->${e.target}:${e.type}`;

/**
 * GraphML (http://graphml.graphdrawing.org/xmlns).
 *
 * @example
 * writeFileSync("kb.graphml", toGraphML(await store.graph()));
 */
export function toGraphML(graph: GraphData): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="mentions" for="edge" attr.name="mentions" attr.type="int"/>',
    '  <key id="firstDate" for="edge" attr.name="firstDate" attr.type="string"/>',
    '  <key id="lastDate" for="edge" attr.name="lastDate" attr.type="string"/>',
    '  <graph id="dossier" edgedefault="directed">',
  ];
  const data = (key: string, value: string | number | null) =>
    value === null ? "" : `<data key="${key}">${xmlEscape(String(value))}</data>`;
  for (const n of graph.nodes) {
    lines.push(
      `    <node id="${xmlEscape(n.id)}">${data("label", n.name)}${data("kind", n.label)}${data("events", n.events)}</node>`,
    );
  }
  for (const e of graph.edges) {
    lines.push(
      `    <edge id="${xmlEscape(edgeId(e))}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">` +
        `${data("type", e.type)}${data("weight", e.count)}${data("mentions", e.mentions)}` +
        `${data("firstDate", e.firstDate)}${data("lastDate", e.lastDate)}</edge>`,
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

/**
 * GEXF 1.2 (http://www.gexf.net/1.2draft), Gephi's own format.
 *
 * @example
 * writeFileSync("kb.gexf", toGexf(await store.graph()));
 */
export function toGexf(graph: GraphData, created = new Date()): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    `  <meta lastmodifieddate="${created.toISOString().slice(0, 10)}">`,
    "    <creator>Dossier</creator>",
    "    <description>actors and the events between them</description>",
    "  </meta>",
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="events" title="events" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '      <attribute id="firstDate" title="firstDate" type="string"/>',
    '      <attribute id="lastDate" title="lastDate" type="string"/>',
    "    </attributes>",
    "    <nodes>",
  ];
  const values = (pairs: [string, string | number | null][]) => {
    const present = pairs.filter(([, v]) => v !== null);
    if (present.length === 0) return "";
    return `<attvalues>${present.map(([k, v]) => `<attvalue for="${k}" value="${xmlEscape(String(v))}"/>`).join("")}</attvalues>`;
  };
  for (const n of graph.nodes) {
    lines.push(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.name)}">${values([
        ["kind", n.label],
        ["events", n.events],
      ])}</node>`,
    );
  }
  lines.push("    </nodes>", "    <edges>");
  for (const e of graph.edges) {
    lines.push(
      `      <edge id="${xmlEscape(edgeId(e))}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" label="${xmlEscape(e.type)}" weight="${e.count}">${values(
        [
          ["type", e.type],
          ["mentions", e.mentions],
          ["firstDate", e.firstDate],
          ["lastDate", e.lastDate],
        ],
      )}</edge>`,
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}
