/**
 * Generated inflections of speech-verb lemmas, so that the tables in
 * src/lang list lemmas only. French: the tenses that report speech in news
 * (present, imperfect, passé simple, future, conditional, participles) of
 * first- and second-group verbs, with the spelling changes of -cer, -ger,
 * é/e + consonant + -er and -eler. English: -s, -ed, -ing with the usual
 * spelling rules. Irregular verbs come from the tables.
 */

/**
 * Third-person and participle forms of a French verb.
 *
 * @example
 * frenchForms("annoncer"); // ["annoncer", "annonce", "annoncent", "annoncé", …, "annonçait", …]
 */
export function frenchForms(lemma: string): string[] {
  const v = lemma.replace(/^s'|^se /, "");
  const out = new Set<string>([v]);
  if (v.endsWith("er")) {
    const stem = v.slice(0, -2);
    // Stem before a or o: annonç-, interroge-.
    const soft = stem.endsWith("c") ? `${stem.slice(0, -1)}ç` : stem.endsWith("g") ? `${stem}e` : stem;
    // Stem before a silent e: révèl-, achèv-, appell-.
    let heavy = stem;
    const m = /^(.*)([eé])([^aeiouyéèêàâîôû]+)$/.exec(stem);
    if (m && m[3].length <= 2 && !/^(.*)(ll|tt|ss)$/.test(stem)) {
      heavy = /(app|rapp|interp)el$/.test(stem) ? `${stem}l` : `${m[1]}è${m[3]}`;
    }
    for (const f of [`${heavy}e`, `${heavy}ent`, `${heavy}es`]) out.add(f);
    for (const f of [`${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`]) out.add(f);
    for (const f of [`${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}èrent`, `${soft}ant`]) out.add(f);
    for (const f of [`${heavy}era`, `${heavy}eront`, `${heavy}erait`, `${heavy}eraient`]) out.add(f);
    for (const f of [`${stem}era`, `${stem}erait`]) out.add(f);
  } else if (v.endsWith("ir")) {
    const stem = v.slice(0, -2);
    for (const s of [
      "it",
      "issent",
      "i",
      "ie",
      "is",
      "ies",
      "issait",
      "issaient",
      "irent",
      "ira",
      "iront",
      "irait",
      "iraient",
      "issant",
    ])
      out.add(stem + s);
  } else if (v.endsWith("re")) {
    const stem = v.slice(0, -2);
    for (const s of ["", "ent", "u", "ue", "ait", "aient", "it", "ra", "rait", "ant"]) out.add(stem + s);
  }
  return [...out];
}

/**
 * Forms of a regular English verb.
 *
 * @example
 * englishForms("deny"); // ["deny", "denies", "denied", "denying"]
 */
export function englishForms(lemma: string): string[] {
  const v = lemma;
  const out = new Set<string>([v]);
  if (/[^aeiou]y$/.test(v)) {
    out.add(`${v.slice(0, -1)}ies`);
    out.add(`${v.slice(0, -1)}ied`);
    out.add(`${v}ing`);
  } else if (v.endsWith("e")) {
    out.add(`${v}s`);
    out.add(`${v}d`);
    out.add(`${v.slice(0, -1)}ing`);
  } else {
    out.add(/(s|x|z|ch|sh)$/.test(v) ? `${v}es` : `${v}s`);
    out.add(`${v}ed`);
    out.add(`${v}ing`);
  }
  // One-syllable consonant-vowel-consonant verbs double the consonant: quip, slam.
  const m = /^[^aeiou]*[aeiou]([bdgklmnprt])$/.exec(v);
  if (m) {
    out.add(`${v}${m[1]}ed`);
    out.add(`${v}${m[1]}ing`);
  }
  return [...out];
}
