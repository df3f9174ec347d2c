import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc } from "../doc/doc.ts";
import { createPipeline } from "../pipeline/default.ts";
import { ARGUMENT_CASES_FR } from "./fixtures/arguments-fr.ts";

const full = createPipeline({ until: "events" });

test("French transfer and meeting arguments: invented fixtures, one per rule", () => {
  const failures: string[] = [];
  for (const c of ARGUMENT_CASES_FR) {
    const evs = full.run(new Doc({ text: c.text, lang: "fr" })).events.filter((e) => e.type === c.type);
    const ev = evs.at(c.nth ?? -1);
    if (!ev) {
      failures.push(`${c.rule}: no ${c.type}`);
      continue;
    }
    const names = (xs: { name: string }[]) => xs.map((x) => x.name.toLowerCase());
    const got = `${names(ev.source)} → ${names(ev.target)} ${ev.modality}`;
    if (c.modality && ev.modality !== c.modality) failures.push(`${c.rule}: ${got}`);
    for (const [want, have] of [
      [c.source, names(ev.source)],
      [c.target, names(ev.target)],
    ] as const) {
      if (!want) continue;
      if (want.length === 0 && have.length) failures.push(`${c.rule}: ${got}`);
      for (const w of want)
        if (!have.some((g) => g.includes(w))) failures.push(`${c.rule}: ${w} not in ${got}`);
    }
    for (const bad of c.notActors ?? []) {
      const re = new RegExp(bad);
      if ([...names(ev.source), ...names(ev.target)].some((g) => re.test(g)))
        failures.push(`${c.rule}: ${bad} in ${got}`);
    }
  }
  assert.deepEqual(failures, []);
});
