/** Checks shared by every Store for user merges and splits. */
import { DossierError } from "../../errors.ts";
import { slug } from "./derive.ts";

/** E_USAGE for empty ids, E_STORE_NOT_FOUND for ids the KB never saw. */
export function checkMerge(keep: string, others: string[], known: (id: string) => boolean): void {
  if (!keep || others.length === 0 || others.some((o) => !o)) {
    throw new DossierError("E_USAGE", "merge needs the id to keep and at least one id to merge into it");
  }
  for (const id of [keep, ...others]) {
    if (!known(id)) throw new DossierError("E_STORE_NOT_FOUND", `no entity with id ${id}`);
  }
}

export function checkSplit(
  id: string,
  options: { alias?: string; into?: string },
  known: (id: string) => boolean,
): void {
  if (!id) throw new DossierError("E_USAGE", "split needs an entity id");
  if (options.alias !== undefined && !options.alias.trim())
    throw new DossierError("E_USAGE", "--alias must not be empty");
  if (options.into !== undefined && options.alias === undefined) {
    throw new DossierError("E_USAGE", "--into needs --alias: which mentions move");
  }
  if (!known(id)) throw new DossierError("E_STORE_NOT_FOUND", `no entity with id ${id}`);
}

/**
 * The id a split-off name becomes: `into`, else the kind of `id` with the alias's slug.
 *
 * @example
 * splitTarget("person:anton-brel", "Karl Brel"); // "person:karl-brel"
 */
export function splitTarget(id: string, alias: string, into?: string): string {
  if (into) return into;
  const kind = id.includes(":") ? id.slice(0, id.indexOf(":")) : "entity";
  const target = `${kind}:${slug(alias) || "unknown"}`;
  return target === id ? `${target}-2` : target;
}
