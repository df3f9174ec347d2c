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
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"') {
        if (csv[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
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
