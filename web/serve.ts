/**
 * Local development server: the API (src/api) and the built UI on one port.
 *
 *   npx node web/serve.ts --db dossier.db --port 8787   # an existing knowledge base
 *   npx node web/serve.ts --fixtures                    # the hand-built KB of the UI tests
 *
 * With `npx vite web` running too, the Vite dev server proxies /api here (web/vite.config.ts).
 */
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import { createApp } from "../src/api/app.ts";
import { openStore } from "../src/store/store.ts";
import { uiRoutes } from "../src/ui/routes.ts";
import { fixtureDocuments } from "../test/e2e/fixture.ts";
import { ensureWebBuild } from "../test/e2e/harness.ts";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    port: { type: "string", default: "8787" },
    fixtures: { type: "boolean" },
  },
});
ensureWebBuild();
const store = await openStore(values.fixtures ? ":memory:" : (values.db ?? "dossier.db"), {
  create: !!values.fixtures,
});
if (values.fixtures) for (const doc of fixtureDocuments()) await store.put(doc);
const app = createApp({ store }) as unknown as Hono;
uiRoutes(app);
serve({ fetch: app.fetch, port: Number(values.port), hostname: "127.0.0.1" }, (info) =>
  console.log(
    `web: http://127.0.0.1:${info.port} (${values.fixtures ? "fixture KB" : (values.db ?? "dossier.db")})`,
  ),
);
