import { defineConfig } from "vite";

/** The Dossier web UI: built into web/dist, served by `dossier serve` (src/ui/routes.ts). */
export default defineConfig({
  base: "/",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // One small app: a warning at 500 kB would only flag sigma, which the graph page loads lazily.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `vite web` during development: the API comes from `npx node web/serve.ts --port 8787`.
    proxy: { "/api": "http://127.0.0.1:8787", "/openapi.json": "http://127.0.0.1:8787" },
  },
});
