/**
 * Serves the built web UI (web/dist) from the API's hono app: hashed assets
 * under /assets with long caching, and index.html for every client route
 * (/, /articles/:id, /entities/:id, /graph, /timeline, /quotes) so a reload
 * or a shared link lands on the right page. /api/* and /openapi.json are
 * left to the API (its own 404 body included).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import type { Env, Hono } from "hono";

export interface UiOptions {
  /** The built UI (default: web/dist beside this repository's src/). */
  dist?: string;
}

/** Where `npm run build:web` writes the UI. */
export const DEFAULT_DIST = resolve(import.meta.dirname, "../../web/dist");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** The UI's pages; anything else outside /api that is not a file is a 404 page (still the app). */
const CLIENT_ROUTES = [
  /^\/$/,
  /^\/articles\/[^/]+\/?$/,
  /^\/entities\/[^/]+\/?$/,
  /^\/graph\/?$/,
  /^\/timeline\/?$/,
  /^\/quotes\/?$/,
];

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  // Scripts and styles only from the app itself: article text can never become code.
  "content-security-policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

const MISSING_BUILD = `<!doctype html><meta charset="utf-8"><title>Dossier</title>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>The web UI is not built</h1><p>Run <code>npm run build:web</code>, then reload. The JSON API is at <a href="/api/health">/api</a>.</p>`;

/**
 * Adds the UI's routes to an app (after the API's routes, so /api/* keeps its answers).
 *
 * @example
 * const app = createApp({ store });
 * uiRoutes(app);
 * serve({ fetch: app.fetch, port: 8080 });
 */
export function uiRoutes<E extends Env>(app: Hono<E>, options: UiOptions = {}): Hono<E> {
  const dist = resolve(options.dist ?? DEFAULT_DIST);
  let indexHtml: string | null = null;
  const index = (): string | null => {
    if (indexHtml === null && existsSync(join(dist, "index.html")))
      indexHtml = readFileSync(join(dist, "index.html"), "utf8");
    return indexHtml;
  };

  app.get("*", async (c, next) => {
    const path = c.req.path;
    if (path.startsWith("/api/") || path === "/api" || path === "/openapi.json") return next();
    const file = safeFile(dist, path);
    if (file) {
      const body = await readFile(file);
      const immutable = path.startsWith("/assets/");
      return c.body(body, 200, {
        "content-type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        ...SECURITY_HEADERS,
      });
    }
    const html = index();
    if (html === null) return c.html(MISSING_BUILD, 503);
    const known = CLIENT_ROUTES.some((r) => r.test(path));
    const headers: Record<string, string> = { "cache-control": "no-cache", ...SECURITY_HEADERS };
    // The article's JSON starts downloading with the scripts instead of after them.
    const article = /^\/articles\/([A-Za-z0-9._~%:-]{1,300})\/?$/.exec(path);
    if (article) headers.link = `</api/articles/${article[1]}>; rel=preload; as=fetch; crossorigin=anonymous`;
    // Unknown paths still get the app (it shows its own "not found" page), with a 404 status.
    return c.html(html, known ? 200 : 404, headers);
  });
  return app;
}

/** A regular file inside `root` for a URL path, or null (no traversal, no directories, no index.html). */
function safeFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded === "/" || decoded.endsWith("/index.html")) return null;
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}
