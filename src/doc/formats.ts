import type { DocumentJSON } from "./json.ts";

/**
 * brat standoff (.ann) for a document: entities and quotes as text-bound
 * annotations, quote speakers as relations, events as brat events.
 *
 * @example
 * writeFileSync("a.ann", toBrat(json)); writeFileSync("a.txt", json.text);
 */
export function toBrat(doc: DocumentJSON): string {
  const lines: string[] = [];
  let t = 0;
  const tb = (type: string, start: number, end: number): string => {
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${start} ${end}\t${oneLine(doc.text.slice(start, end))}`);
    return id;
  };
  const entityIds = new Map<string, string>();
  for (const e of doc.entities) entityIds.set(`${e.start}:${e.end}`, tb(e.label, e.start, e.end));
  let r = 0;
  let ev = 0;
  for (const q of doc.quotes) {
    const qid = tb(q.kind === "scare" ? "Scare" : "Quote", q.start, q.end);
    if (q.speaker?.start !== undefined && q.speaker.end !== undefined) {
      const sid =
        entityIds.get(`${q.speaker.start}:${q.speaker.end}`) ?? tb("Speaker", q.speaker.start, q.speaker.end);
      lines.push(`R${++r}\tSpokenBy Arg1:${qid} Arg2:${sid}`);
    }
  }
  for (const e of doc.events) {
    const trig = tb(e.type, e.trigger.start, e.trigger.end);
    const args = [`${e.type}:${trig}`];
    for (const role of ["source", "target"] as const) {
      for (const a of e[role]) {
        if (a.start === undefined || a.end === undefined) continue;
        const aid = entityIds.get(`${a.start}:${a.end}`) ?? tb("Actor", a.start, a.end);
        args.push(`${role === "source" ? "Source" : "Target"}:${aid}`);
      }
    }
    const eid = `E${++ev}`;
    lines.push(`${eid}\t${args.join(" ")}`);
    lines.push(`A${ev}\tModality ${eid} ${e.modality}`);
  }
  for (const d of doc.dates) tb("Date", d.start, d.end);
  for (const q of doc.quantities) tb("Quantity", q.start, q.end);
  return lines.length ? `${lines.join("\n")}\n` : "";
}

/**
 * CoNLL-style columns, one token a line, blank line between sentences:
 * ID, FORM, LEMMA, UPOS, FEATS, HEAD, DEPREL, NER (IOB2), START-END.
 */
export function toConll(doc: DocumentJSON): string {
  const tokens = doc.tokens ?? [];
  const out: string[] = [`# doc_id = ${doc.id}`];
  let s = 0;
  let firstOfSentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    while (s < doc.sentences.length && tok.start >= doc.sentences[s].end) {
      s++;
      out.push("");
      firstOfSentence = i;
    }
    const head = tok.head === undefined ? "_" : tok.head < 0 ? "0" : String(tok.head - firstOfSentence + 1);
    out.push(
      [
        i - firstOfSentence + 1,
        tok.text,
        tok.lemma ?? "_",
        tok.pos ?? "_",
        tok.feats || "_",
        head,
        tok.dep ?? "_",
        tok.ent ?? entityTag(doc, tok.start, tok.end),
        `${tok.start}-${tok.end}`,
      ].join("\t"),
    );
  }
  return `${out.join("\n")}\n\n`;
}

function entityTag(doc: DocumentJSON, start: number, end: number): string {
  for (const e of doc.entities) {
    if (start >= e.start && end <= e.end) return `${start === e.start ? "B" : "I"}-${e.label}`;
  }
  return "O";
}

function oneLine(s: string): string {
  return s.replace(/[\n\t]/g, " ");
}
