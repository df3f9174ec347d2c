import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { DocumentJSON } from "../src/doc/json.ts";
import { validateDocument } from "../src/doc/validate.ts";
import { tempDir } from "./temp-dir.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const MAIN = join(ROOT, "src/cli/main.ts");

function dossier(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function errorLines(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l.startsWith("error "));
}

const tmp = tempDir("dossier-cli-");

describe("dossier extract", () => {
  test("a `date 2023-09 …` French record gives lang fr, a month-precision date and hand-counted sentences", () => {
    const file = join(tmp, "record.txt");
    // Written for this test: 4 sentences, 2 paragraphs; the header shares the first line.
    writeFileSync(
      file,
      " date 2023-09 Le partenariat entre les deux pays s’est renforcé ce mois-ci. M. Morel a rencontré son homologue à Genève.\n\n« Nous avons signé », a-t-il déclaré. Le gén. Duval n’a pas commenté.\n",
    );
    const r = dossier(["extract", file]);
    assert.equal(r.status, 0, r.stderr);
    const doc = JSON.parse(r.stdout) as DocumentJSON;
    assert.equal(doc.lang, "fr");
    assert.deepEqual(doc.date, { value: "2023-09", precision: "month" });
    assert.equal(doc.paragraphs.length, 2);
    assert.deepEqual(
      doc.sentences.map((s) => doc.text.slice(s.start, s.end)),
      [
        "Le partenariat entre les deux pays s’est renforcé ce mois-ci.",
        "M. Morel a rencontré son homologue à Genève.",
        "« Nous avons signé », a-t-il déclaré.",
        "Le gén. Duval n’a pas commenté.",
      ],
    );
    assert.deepEqual(validateDocument(doc), []);
  });

  test("sentence and paragraph counts of the sample corpus match the hand counts in examples/expected.json", () => {
    const expected = JSON.parse(readFileSync(join(ROOT, "examples/expected.json"), "utf8")) as {
      files: { file: string; paragraphs: number; sentences: number; date: string; precision: string }[];
    };
    const byFile = Object.fromEntries(expected.files.map((f) => [f.file, f]));
    const files = Object.keys(byFile);
    assert.ok(files.length >= 24);
    const r = dossier([
      "extract",
      "--compact",
      "--format",
      "jsonl",
      ...files.map((f) => join("examples", f)),
    ]);
    assert.equal(r.status, 0, r.stderr);
    const docs = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as DocumentJSON);
    assert.equal(docs.length, files.length);
    const wrong: string[] = [];
    docs.forEach((d, i) => {
      const e = byFile[files[i]];
      assert.deepEqual(d.date, { value: e.date, precision: e.precision });
      assert.deepEqual(validateDocument(d), []);
      if (d.paragraphs.length !== e.paragraphs || d.sentences.length !== e.sentences) {
        wrong.push(
          `${files[i]}: ${d.paragraphs.length}/${d.sentences.length} vs ${e.paragraphs}/${e.sentences}`,
        );
      }
    });
    assert.deepEqual(wrong, []);
  });

  test("several inputs give JSON Lines in input order; stdin is read with -", () => {
    const a = join(tmp, "a.txt");
    const b = join(tmp, "b.txt");
    writeFileSync(a, "The summit opened on Tuesday in Geneva. Delegations arrived early.");
    writeFileSync(b, "Le sommet s'est ouvert mardi à Genève. Les délégations sont arrivées tôt.");
    const r = dossier(["extract", "--compact", a, b]);
    const docs = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as DocumentJSON);
    assert.deepEqual(
      docs.map((d) => [d.source.path, d.lang]),
      [
        [a, "en"],
        [b, "fr"],
      ],
    );
    assert.equal(docs[0].tokens, undefined);
    const s = dossier(["extract", "-"], "date 2024-05-02\nLe ministre est arrivé. Il a parlé.");
    const d = JSON.parse(s.stdout) as DocumentJSON;
    assert.deepEqual(d.date, { value: "2024-05-02", precision: "day" });
    assert.equal(d.source.path, "-");
    assert.ok(d.tokens && d.tokens.length > 0);
  });

  test("brat and conll formats", () => {
    const file = join(tmp, "fmt.txt");
    writeFileSync(file, "Le ministre est arrivé. Il a parlé.");
    const conll = dossier(["extract", "--format", "conll", file]);
    assert.match(conll.stdout, /^# doc_id = [0-9a-f]{20}\n1\tLe\t/);
    assert.equal(conll.stdout.trim().split("\n\n").length, 2);
    const brat = dossier(["extract", "--format", "brat", file]);
    assert.match(brat.stdout, /^# [0-9a-f]{20} /);
  });

  describe("bad input", () => {
    let server: ReturnType<typeof createServer>;
    let port = 0;
    before(async () => {
      server = createServer((_req, res) => res.end("ok"));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
    });
    after(() => server.close());

    test("each bad input gives one coded line on stderr, no stack trace; the batch goes on; exit non-zero", () => {
      const dir = join(tmp, "bad");
      mkdirSync(dir, { recursive: true });
      const good = join(dir, "good.txt");
      writeFileSync(good, "Le sommet s'est ouvert mardi à Genève. Les délégations sont arrivées tôt.");
      const cases: [string, string][] = [];
      const add = (name: string, content: string | Buffer, code: string) => {
        const p = join(dir, name);
        writeFileSync(p, content);
        cases.push([p, code]);
      };
      add("empty.txt", "", "E_INPUT_EMPTY");
      add(
        "binary.txt",
        Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]),
        "E_INPUT_BINARY",
      );
      add(
        "invalid-utf8.txt",
        Buffer.concat([
          Buffer.from("Le président a parlé à Genève, déjà. "),
          Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
          Buffer.from(" Fin été."),
        ]),
        "E_INPUT_ENCODING",
      );
      add("huge.txt", Buffer.alloc(20 * 2 ** 20, "a b "), "E_INPUT_TOO_LARGE");
      add(
        "no-article.html",
        "<html><head><title>x</title></head><body><nav>menu</nav></body></html>",
        "E_HTML_NO_ARTICLE",
      );
      add(
        "broken.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</item></channel>',
        "E_FEED_PARSE",
      );
      const inputs = [
        ...cases.map(([p]) => p),
        "http://127.0.0.1:1/nothing",
        `http://127.0.0.1:${port}/`,
        good,
      ];
      const r = dossier(["extract", "--compact", "--timeout", "3000", ...inputs]);
      assert.notEqual(r.status, 0);
      assert.doesNotMatch(r.stderr, /^\s+at /m, "no stack trace");
      const lines = errorLines(r.stderr);
      const codes = lines.map((l) => /^error (E_[A-Z_]+):/.exec(l)?.[1]);
      assert.deepEqual(codes, [...cases.map(([, c]) => c), "E_URL_PRIVATE", "E_URL_PRIVATE"]);
      const docs = r.stdout.trim().split("\n").filter(Boolean);
      assert.equal(docs.length, 1, "the good input still came out");
      // With --allow-private, a closed port is an unreachable URL.
      const u = dossier(["extract", "--allow-private", "--timeout", "3000", "http://127.0.0.1:1/nothing"]);
      assert.match(errorLines(u.stderr)[0], /^error E_URL_(FETCH|TIMEOUT): /);
      assert.equal(u.status, 1);
    });

    test("a missing file and a bad option are coded one-liners", () => {
      const r = dossier(["extract", join(tmp, "does-not-exist.txt")]);
      assert.match(errorLines(r.stderr)[0], /^error E_INPUT_NOT_FOUND: /);
      const u = dossier(["extract", "--format", "xml", "x"]);
      assert.equal(u.status, 2);
      assert.match(
        u.stderr,
        /^error E_USAGE: .*\(add --help for usage\)\n$/,
        "one line, nothing from commander",
      );
    });
  });
});

describe("dossier ingest", () => {
  test("ingest is idempotent and prints a summary line; stats and show read the KB", () => {
    const db = join(tmp, "kb.db");
    const first = dossier(["ingest", "examples/fr", "examples/en", "--db", db]);
    assert.equal(first.status, 0, first.stderr);
    const m = /ingested: (\d+) new, 0 duplicate, 0 failed, (\d+) words, [\d.]+ s/.exec(first.stdout);
    assert.ok(m, first.stdout);
    const again = dossier(["ingest", "examples/fr", "examples/en", "--db", db]);
    assert.match(again.stdout, new RegExp(`ingested: 0 new, ${m[1]} duplicate, 0 failed`));
    const stats = JSON.parse(dossier(["stats", "--json", "--db", db]).stdout);
    assert.equal(stats.articles, Number(m[1]));
    const id = JSON.parse(dossier(["extract", "--compact", "examples/en/01-karsan-trains.txt"]).stdout).id;
    const shown = dossier(["show", id.slice(0, 8), "--db", db, "--compact"]);
    assert.equal(JSON.parse(shown.stdout).id, id);
    const found = dossier(["search", "Valdorie", "--db", db, "--lang", "fr", "--json"]);
    const hits = JSON.parse(found.stdout) as { lang: string; snippet: string }[];
    assert.ok(hits.length > 0 && hits.every((h) => h.lang === "fr" && h.snippet.includes("[")));
    const accents = dossier(["search", "president", "--db", db, "--lang", "fr", "--json"]);
    assert.ok(JSON.parse(accents.stdout).length > 0, "accent-insensitive: president finds président");
    assert.equal(dossier(["search", "x", "--db", db, "--from", "2025/01"]).status, 2);
    const missing = dossier(["show", "ffffffffffffffffffff", "--db", db]);
    assert.match(missing.stderr, /^error E_STORE_NOT_FOUND: /m);
  });

  test("a near-duplicate article is reported by ingest", () => {
    const dir = join(tmp, "near");
    mkdirSync(dir, { recursive: true });
    const body =
      "Le ministre valdorien des Affaires étrangères a rencontré mardi son homologue karsan à Tashgard pour préparer le sommet de la semaine prochaine. Les deux délégations ont évoqué la coopération énergétique, les transports ferroviaires et la sécurité de la frontière commune, selon un communiqué publié à l'issue de la rencontre.";
    writeFileSync(join(dir, "a.txt"), body);
    writeFileSync(join(dir, "b.txt"), `${body} Le texte a été mis à jour.`);
    const r = dossier(["ingest", dir, "--db", join(tmp, "near.db")]);
    assert.match(r.stdout, /ingested: 2 new \(1 near-duplicate\)/);
    assert.match(r.stderr, /near-duplicate [0-9a-f]{20} ≈ [0-9a-f]{20} \(\d+ %\)/);
  });

  test("kill -9 during ingest, then the same ingest again: the same final counts as one clean run", async () => {
    // Many small articles so that the kill lands mid-run.
    const dir = join(tmp, "many");
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 400; i++) {
      writeFileSync(
        join(dir, `${String(i).padStart(3, "0")}.txt`),
        `date 2024-0${(i % 9) + 1}\nDépêche ${i}\n\nLe ministre ${i} a rencontré son homologue à Genève. « Nous avons signé l'accord numéro ${i} », a-t-il déclaré.`,
      );
    }
    const clean = join(tmp, "clean.db");
    dossier(["ingest", dir, "--db", clean]);
    const cleanStats = JSON.parse(dossier(["stats", "--json", "--db", clean]).stdout);
    assert.equal(cleanStats.articles, 400);

    const killed = join(tmp, "killed.db");
    const child: ChildProcess = spawn(process.execPath, [MAIN, "ingest", dir, "--db", killed], { cwd: ROOT });
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stderr!.on("data", (chunk: Buffer) => {
        seen += chunk.toString().split("\n").length - 1;
        if (seen >= 50 && !child.killed) {
          child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => resolve());
    });
    await new Promise((r) => child.once("exit", r).once("close", r));
    const partial = JSON.parse(dossier(["stats", "--json", "--db", killed]).stdout);
    assert.ok(partial.articles < 400, `killed after ${partial.articles} articles`);
    const rerun = dossier(["ingest", dir, "--db", killed]);
    assert.match(
      rerun.stdout,
      new RegExp(`ingested: ${400 - partial.articles} new, ${partial.articles} duplicate, 0 failed`),
    );
    const final = JSON.parse(dossier(["stats", "--json", "--db", killed]).stdout);
    assert.deepEqual(final, cleanStats);
  });
});

test("--help works for every command", () => {
  const top = dossier(["--help"]);
  assert.equal(top.status, 0);
  const names = [...top.stdout.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]).filter((n) => n !== "help");
  assert.ok(
    names.includes("extract") &&
      names.includes("ingest") &&
      names.includes("eval") &&
      names.includes("bench"),
  );
  for (const name of names) {
    const r = dossier([name, "--help"]);
    assert.equal(r.status, 0, name);
    assert.match(r.stdout, /Usage: dossier/);
  }
});

test("train ner-prune rewrites a model without retraining; a missing model is one coded line", () => {
  const out = join(tmp, "ner-en.bin");
  const r = dossier(["train", "ner-prune", "--model", "models/ner-en.bin", "--prune", "0.5", "--out", out]);
  assert.equal(r.status, 0, r.stderr);
  // The committed English model was pruned at 0.5: pruning again at the same threshold changes nothing.
  assert.deepEqual(readFileSync(out), readFileSync(join(ROOT, "models/ner-en.bin")));
  const bad = dossier(["train", "ner-prune", "--model", join(tmp, "none.bin"), "--prune", "1", "--out", out]);
  assert.notEqual(bad.status, 0);
  assert.deepEqual(
    errorLines(bad.stderr).map((l) => l.split(":")[0]),
    ["error E_MODEL_LOAD"],
  );
});
