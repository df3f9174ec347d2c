/**
 * A small deterministic force layout (Fruchterman–Reingold) for the actor
 * network: no random seed, so the same graph is drawn the same way every
 * time (stable screenshots, stable tests).
 */
export interface LayoutInput {
  nodes: string[];
  edges: { source: string; target: string; weight?: number }[];
}

/**
 * Positions in roughly [-1, 1]²: nodes start on a golden-angle spiral, then
 * repel each other and are pulled together along edges while the step cools.
 *
 * @example
 * const xy = forceLayout({ nodes: ["a", "b"], edges: [{ source: "a", target: "b" }] });
 * xy.get("a"); // { x: …, y: … }
 */
export function forceLayout(input: LayoutInput, iterations?: number): Map<string, { x: number; y: number }> {
  const n = input.nodes.length;
  const index = new Map(input.nodes.map((id, i) => [id, i]));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    const r = Math.sqrt((i + 0.5) / Math.max(1, n));
    x[i] = r * Math.cos(i * golden);
    y[i] = r * Math.sin(i * golden);
  }
  const links: [number, number, number][] = [];
  for (const e of input.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a !== undefined && b !== undefined && a !== b) links.push([a, b, Math.log2(1 + (e.weight ?? 1))]);
  }
  const k = 1.2 / Math.sqrt(Math.max(1, n));
  const steps = iterations ?? Math.max(40, Math.min(300, Math.floor(60000 / Math.max(1, n))));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = 0.1;
  for (let step = 0; step < steps; step++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ddx = x[i] - x[j];
        let ddy = y[i] - y[j];
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 1e-9) {
          ddx = 1e-3 * (i - j);
          ddy = 1e-3;
          d2 = ddx * ddx + ddy * ddy;
        }
        const f = (k * k) / d2;
        dx[i] += ddx * f;
        dy[i] += ddy * f;
        dx[j] -= ddx * f;
        dy[j] -= ddy * f;
      }
    }
    for (const [a, b, w] of links) {
      const ddx = x[a] - x[b];
      const ddy = y[a] - y[b];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-6;
      const f = (d / k) * w;
      dx[a] -= ddx * f;
      dy[a] -= ddy * f;
      dx[b] += ddx * f;
      dy[b] += ddy * f;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps components from drifting apart.
      dx[i] -= x[i] * 0.05;
      dy[i] -= y[i] * 0.05;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const move = Math.min(len, temperature);
      x[i] += (dx[i] / len) * move;
      y[i] += (dy[i] / len) * move;
    }
    temperature *= 0.97;
  }
  // Turn the widest spread horizontal (principal axis), to fill a landscape canvas.
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
    sxy += (x[i] - mx) * (y[i] - my);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  for (let i = 0; i < n; i++) {
    const px = x[i] - mx;
    const py = y[i] - my;
    x[i] = px * cos - py * sin;
    y[i] = px * sin + py * cos;
  }
  // Small networks read best on a ring (a chain on a line hides its labels under its edges):
  // keep the force layout's order, by position along the line or by angle around the centre.
  if (n >= 3 && n <= 10) {
    let spreadX = 0;
    let spreadY = 0;
    for (let i = 0; i < n; i++) {
      spreadX += x[i] * x[i];
      spreadY += y[i] * y[i];
    }
    const flat = spreadY < 0.12 * spreadX;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) =>
      flat ? x[a] - x[b] : Math.atan2(y[a], x[a]) - Math.atan2(y[b], x[b]),
    );
    order.forEach((node, rank) => {
      const angle = Math.PI + (2 * Math.PI * rank) / n;
      x[node] = 1.6 * Math.cos(angle);
      y[node] = Math.sin(angle);
    });
  }
  const out = new Map<string, { x: number; y: number }>();
  for (let i = 0; i < n; i++) out.set(input.nodes[i], { x: x[i], y: y[i] });
  return out;
}
