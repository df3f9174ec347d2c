/**
 * What the UI tests, the screenshots and the bench share: a knowledge base in
 * a temp dir served with the API and the UI, and a headless Debian Chromium
 * driven by playwright-core.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type ServerType, serve } from "@hono/node-server";
import type { Hono } from "hono";
import { type BrowserContext, chromium } from "playwright-core";
import { createApp } from "../../src/api/app.ts";
import type { DocumentJSON } from "../../src/doc/json.ts";
import { openStore, type Store } from "../../src/store/store.ts";
import { uiRoutes } from "../../src/ui/routes.ts";
import { fixtureDocuments } from "./fixture.ts";

export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const ROOT = resolve(import.meta.dirname, "../..");
const WEB = join(ROOT, "web");
const DIST = join(WEB, "dist");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds web/dist when it is missing or older than web/src (about a second). */
export function ensureWebBuild(): void {
  const index = join(DIST, "index.html");
  const sources = Math.max(newestMtime(join(WEB, "src")), statSync(join(WEB, "index.html")).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const vite = join(ROOT, "node_modules/vite/bin/vite.js");
  const result = spawnSync(process.execPath, [vite, "build", WEB, "--logLevel", "warn"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`web build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface Served {
  url: string;
  store: Store;
  app: Hono;
  close(): Promise<void>;
}

/** The API and the UI over a store, on a free port of 127.0.0.1. */
export async function serveStore(store: Store, onClose: () => void = () => {}): Promise<Served> {
  const app = createApp({ store }) as unknown as Hono;
  uiRoutes(app);
  const server: ServerType = await new Promise((done) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => done(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    app,
    close: async () => {
      await new Promise((done) => server.close(() => done(null)));
      await store.close();
      onClose();
    },
  };
}

/** A fresh SQLite knowledge base in a temp dir holding `docs` (the hand-built fixture by default), served. */
export async function serveFixtureKb(docs: DocumentJSON[] = fixtureDocuments()): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), "dossier-e2e-"));
  const store = await openStore(join(dir, "kb.db"));
  for (const doc of docs) await store.put(doc);
  return serveStore(store, () => rmSync(dir, { recursive: true, force: true }));
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile and nothing that phones home. */
export async function launchBrowser(viewport = { width: 1280, height: 860 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "dossier-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // The fresh --user-data-dir is `profile`: playwright passes it itself.
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
