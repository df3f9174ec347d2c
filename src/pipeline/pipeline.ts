import type { Doc, LayerName } from "../doc/doc.ts";
import { DossierError } from "../errors.ts";

/**
 * A pipeline stage: a named function `(doc) => doc` that declares the layers
 * it needs and the layers it adds. Stages with `langs` run only on documents
 * in those languages; stages without are language-independent.
 *
 * @example
 * const upper: Component = { name: "noop", needs: ["tokens"], adds: [], run: (doc) => doc };
 */
export interface Component {
  readonly name: string;
  readonly needs: readonly LayerName[];
  readonly adds: readonly LayerName[];
  readonly langs?: readonly string[];
  run(doc: Doc): Doc;
}

export interface StageStats {
  name: string;
  /** Total nanoseconds spent in the stage. */
  ns: number;
  /** Words that went through the stage. */
  words: number;
  /** Characters that went through the stage. */
  chars: number;
  docs: number;
}

/**
 * An ordered list of components, checked at construction: every layer a
 * component needs must be added by an earlier one (E_PIPELINE_NEEDS).
 */
export class Pipeline {
  readonly components: readonly Component[];
  readonly stats: StageStats[];

  constructor(components: readonly Component[], given: readonly LayerName[] = []) {
    const have = new Set<LayerName>(given);
    for (const c of components) {
      for (const need of c.needs) {
        if (!have.has(need)) {
          throw new DossierError(
            "E_PIPELINE_NEEDS",
            `component "${c.name}" needs layer "${need}", which no earlier component adds`,
          );
        }
      }
      for (const add of c.adds) have.add(add);
    }
    this.components = components;
    this.stats = components.map((c) => ({ name: c.name, ns: 0, words: 0, chars: 0, docs: 0 }));
  }

  get names(): string[] {
    return this.components.map((c) => c.name);
  }

  /** Runs every applicable component in order, timing each. */
  run(doc: Doc): Doc {
    let d = doc;
    for (let i = 0; i < this.components.length; i++) {
      const c = this.components[i];
      if (c.langs && (d.lang == null || !c.langs.includes(d.lang))) continue;
      const t0 = process.hrtime.bigint();
      d = c.run(d);
      const st = this.stats[i];
      st.ns += Number(process.hrtime.bigint() - t0);
      st.words += d.wordCount;
      st.chars += d.text.length;
      st.docs++;
      for (const add of c.adds) d.layers.add(add);
    }
    return d;
  }

  resetStats(): void {
    for (const s of this.stats) {
      s.ns = 0;
      s.words = 0;
      s.chars = 0;
      s.docs = 0;
    }
  }
}
