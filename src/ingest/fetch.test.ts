import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { fetchUrl, isNonPublicAddress } from "./fetch.ts";
import { readInputs } from "./index.ts";
import type { IngestOptions, InputItem } from "./types.ts";

const PARAGRAPH =
  "<p>The foreign ministers of Valdonia and Kestrel met on Thursday in Orvane for a summit on regional security and humanitarian aid.</p>";
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Summit in Orvane</title>
<meta property="og:site_name" content="Northern Ledger"><meta property="article:published_time" content="2023-09-14">
</head><body><article><h1>Summit in Orvane</h1>${PARAGRAPH.repeat(3)}</article></body></html>`;

let server: Server;
let base = "";

function feed(): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Northern Ledger</title><language>en</language>
<item><title>Summit in Orvane</title><link>${base}/page</link><pubDate>Thu, 14 Sep 2023 08:00:00 GMT</pubDate>
<description>Ministers met in Orvane.</description></item>
<item><title>Gone</title><link>${base}/missing</link><description>Teaser.</description></item>
<item><title>Loop</title><link>${base}/feed</link><description>Teaser.</description></item>
</channel></rss>`;
}

before(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    } else if (path === "/text") {
      res
        .writeHead(200, { "content-type": "text/plain; charset=utf-8" })
        .end("date 2023-09 Le sommet s'est ouvert.");
    } else if (path === "/latin1") {
      res
        .writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" })
        .end(Buffer.from("Sommet à Genève, été.", "latin1"));
    } else if (path === "/feed") {
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(feed());
    } else if (path.startsWith("/hop/")) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/page" }).end();
    } else if (path === "/to-ftp") {
      res.writeHead(301, { location: "ftp://example.org/file" }).end();
    } else if (path === "/slow") {
      setTimeout(() => res.writeHead(200).end("late"), 2000).unref();
    } else if (path === "/big") {
      res
        .writeHead(200, { "content-type": "text/plain", "content-length": String(50_000) })
        .end("x".repeat(50_000));
    } else if (path === "/big-chunked") {
      res.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 50; i++) res.write("y".repeat(1000));
      res.end();
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function collect(inputs: string[], options: IngestOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

async function errorCodeOf(url: string, options: IngestOptions): Promise<string> {
  const items = await collect([url], options);
  assert.equal(items.length, 1);
  return items[0].ok ? "ok" : items[0].error.code;
}

const local: IngestOptions = { allowPrivate: true, timeoutMs: 3000 };

test("an HTML page by URL", async () => {
  const [item] = await collect([`${base}/page`], local);
  assert.ok(item.ok);
  assert.equal(item.article.title, "Summit in Orvane");
  assert.deepEqual(item.article.source, { url: `${base}/page`, outlet: "Northern Ledger" });
  assert.deepEqual(item.article.date, { value: "2023-09-14", precision: "day" });
  assert.equal(item.article.lang, "en");
  assert.equal(item.article.text.split("\n\n").length, 3);
});

test("plain text by URL is a news record; the Content-Type charset is obeyed", async () => {
  const [text, latin1] = await collect([`${base}/text`, `${base}/latin1`], local);
  assert.ok(text.ok && latin1.ok);
  assert.deepEqual(text.article.date, { value: "2023-09", precision: "month" });
  assert.equal(latin1.article.text, "Sommet à Genève, été.");
});

test("a feed item carrying only a summary is replaced by its linked page", async () => {
  const items = await collect([`${base}/feed`], local);
  assert.equal(items.length, 3);
  const [page, missing, loop] = items;
  assert.ok(page.ok);
  assert.equal(page.article.title, "Summit in Orvane");
  assert.equal(page.article.text.split("\n\n").length, 3, "the page body, not the teaser");
  assert.deepEqual(page.article.source, { url: `${base}/page`, outlet: "Northern Ledger" });
  assert.deepEqual(page.article.date, { value: "2023-09-14", precision: "day" });
  assert.ok(!missing.ok);
  assert.equal(missing.error.code, "E_URL_STATUS");
  assert.equal(missing.input, `${base}/missing`);
  assert.ok(!loop.ok && loop.error.code === "E_INPUT_FORMAT", "a feed linking to a feed does not recurse");
});

test("127.0.0.1 and localhost are refused without allowPrivate", async () => {
  assert.equal(await errorCodeOf(`${base}/page`, {}), "E_URL_PRIVATE");
  assert.equal(await errorCodeOf(`http://localhost:1/`, {}), "E_URL_PRIVATE");
  assert.equal(await errorCodeOf("http://[::1]:1/", {}), "E_URL_PRIVATE");
});

test("every redirect hop is checked against private addresses", async () => {
  const calls: string[] = [];
  const fakeFetch = (async (url: string) => {
    calls.push(url);
    return new Response(null, { status: 302, headers: { location: "http://10.0.0.7/admin" } });
  }) as unknown as typeof fetch;
  await assert.rejects(fetchUrl("http://93.184.216.34/", { fetchImpl: fakeFetch }), {
    code: "E_URL_PRIVATE",
  });
  assert.deepEqual(calls, ["http://93.184.216.34/"]);
});

test("redirects are followed up to the cap", async () => {
  const [ok] = await collect([`${base}/hop/2`], { ...local, maxRedirects: 3 });
  assert.ok(ok.ok);
  assert.equal(ok.article.source.url, `${base}/hop/2`);
  assert.equal(await errorCodeOf(`${base}/hop/5`, { ...local, maxRedirects: 3 }), "E_URL_REDIRECTS");
});

test("only http and https, also after a redirect", async () => {
  assert.equal(await errorCodeOf("ftp://example.org/a.txt", local), "E_URL_SCHEME");
  assert.equal(await errorCodeOf("file:///etc/passwd", local), "E_URL_SCHEME");
  assert.equal(await errorCodeOf(`${base}/to-ftp`, local), "E_URL_SCHEME");
});

test("timeout, size cap, error status, unreachable host", async () => {
  const started = Date.now();
  assert.equal(await errorCodeOf(`${base}/slow`, { ...local, timeoutMs: 200 }), "E_URL_TIMEOUT");
  assert.ok(Date.now() - started < 1500);
  assert.equal(await errorCodeOf(`${base}/big`, { ...local, maxBytes: 10_000 }), "E_INPUT_TOO_LARGE");
  assert.equal(await errorCodeOf(`${base}/big-chunked`, { ...local, maxBytes: 10_000 }), "E_INPUT_TOO_LARGE");
  assert.equal(await errorCodeOf(`${base}/nothing-here`, local), "E_URL_STATUS");
  // A closed port on loopback: connection refused.
  assert.equal(await errorCodeOf("http://127.0.0.1:9/", local), "E_URL_FETCH");
  assert.equal(await errorCodeOf("http://no-such-host.invalid/", {}), "E_URL_FETCH");
});

test("address ranges", () => {
  for (const address of [
    "127.0.0.1",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",
    "0.0.0.0",
    "::1",
    "::",
    "fe80::1",
    "fd00::1",
    "::ffff:192.168.0.1",
    "100.64.0.1",
  ]) {
    assert.ok(isNonPublicAddress(address), address);
  }
  for (const address of ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) {
    assert.ok(!isNonPublicAddress(address), address);
  }
});
