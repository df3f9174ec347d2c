const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Records of a CSV file with a header row (RFC 4180: quoted fields, doubled
 * quotes, newlines inside quotes), keyed by column name.
 *
 * @example
 * csvRecords('url,text\nhttps://x,"Il a dit ""non"""\n'); // [{ url: "https://x", text: 'Il a dit "non"' }]
 */
export function csvRecords(csv: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  // Fields are sliced from the file a run of plain characters at a time: appending them one character at a time
  // built a rope of thousands of one-character strings per field, which V8 flattens (and the GC marks) later.
  let run = 0;
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) continue;
      field += csv.slice(run, i);
      if (csv.charCodeAt(i + 1) === QUOTE) {
        field += '"';
        i++;
      } else quoted = false;
      run = i + 1;
    } else if (c === QUOTE || c === COMMA || c === LF || c === CR) {
      field += csv.slice(run, i);
      run = i + 1;
      if (c === QUOTE) quoted = true;
      else if (c === COMMA) {
        row.push(field);
        field = "";
      } else if (c === LF) {
        row.push(field);
        rows.push(row);
        row = [];
        field = "";
      }
    }
  }
  field += csv.slice(run);
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  const header = rows.shift() ?? [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/** The non-empty values of one column. */
export function csvColumn(csv: string, name: string): string[] {
  return csvRecords(csv)
    .map((r) => r[name] ?? "")
    .filter((v) => v.length > 0);
}
