import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { Hono } from "hono";
import { uiRoutes } from "./routes.ts";

const dist = mkdtempSync(join(tmpdir(), "dossier-ui-"));
after(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(join(dist, "assets"));
writeFileSync(join(dist, "index.html"), "<!doctype html><div id=app></div>");
writeFileSync(join(dist, "assets", "index-abc.js"), "console.log(1)");

function app(): Hono {
  const a = new Hono();
  a.get("/api/health", (c) => c.json({ status: "ok" }));
  a.notFound((c) => c.json({ error: { code: "E_NOT_FOUND", message: "no route" } }, 404));
  return uiRoutes(a, { dist });
}

test("client routes get index.html, assets their file", async () => {
  for (const path of [
    "/",
    "/articles/abc",
    "/entities/person%3Aanton-brel",
    "/graph",
    "/timeline",
    "/quotes?q=x",
  ]) {
    const res = await app().request(path);
    assert.equal(res.status, 200, path);
    assert.match(res.headers.get("content-type") ?? "", /text\/html/);
    assert.match(await res.text(), /id=app/);
  }
  const js = await app().request("/assets/index-abc.js");
  assert.equal(js.status, 200);
  assert.match(js.headers.get("content-type") ?? "", /javascript/);
  assert.match(js.headers.get("cache-control") ?? "", /immutable/);
});

test("an article page preloads its JSON", async () => {
  const res = await app().request("/articles/abc123");
  assert.equal(
    res.headers.get("link"),
    "</api/articles/abc123>; rel=preload; as=fetch; crossorigin=anonymous",
  );
  assert.equal((await app().request("/graph")).headers.get("link"), null);
});

test("the API keeps its routes and its JSON 404", async () => {
  const ok = await app().request("/api/health");
  assert.deepEqual(await ok.json(), { status: "ok" });
  const missing = await app().request("/api/nope");
  assert.equal(missing.status, 404);
  assert.equal((await missing.json()).error.code, "E_NOT_FOUND");
});

test("unknown pages are the app with a 404 status; no path escapes dist", async () => {
  const res = await app().request("/no/such/page");
  assert.equal(res.status, 404);
  assert.match(await res.text(), /id=app/);
  for (const path of ["/../package.json", "/%2e%2e/package.json", "/assets/%2e%2e/%2e%2e/package.json"]) {
    const r = await app().request(path);
    assert.notEqual(await r.text(), "console.log(1)");
    assert.doesNotMatch(r.headers.get("content-type") ?? "", /json/, path);
  }
});

test("without a build the UI says how to make one", async () => {
  const a = uiRoutes(new Hono(), { dist: join(dist, "missing") });
  const res = await a.request("/graph");
  assert.equal(res.status, 503);
  assert.match(await res.text(), /npm run build:web/);
});
