import assert from "node:assert/strict";
import { test } from "node:test";
import { csvColumn, csvRecords } from "./csv.ts";

test("CSV records: quoted fields, doubled quotes, newlines inside quotes, CRLF", () => {
  const csv =
    'url,date,text\r\nhttps://a,2020-01-02,"Il a dit ""non"",\npuis est parti."\r\nhttps://b,2020-01-03,plain\n';
  assert.deepEqual(csvRecords(csv), [
    { url: "https://a", date: "2020-01-02", text: 'Il a dit "non",\npuis est parti.' },
    { url: "https://b", date: "2020-01-03", text: "plain" },
  ]);
  assert.deepEqual(csvColumn(csv, "url"), ["https://a", "https://b"]);
  assert.deepEqual(csvColumn(csv, "missing"), []);
});

/** The character-at-a-time parser csvRecords replaced, as the reference for its edge cases. */
function referenceRows(csv: string): string[][] {
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
  return rows;
}

test("CSV records: same fields as a character-at-a-time parser on odd input", () => {
  const cases = [
    'h\nab"c,d"e\n', // a quote inside an unquoted field opens a quoted run
    'h\n"un\r\nterminated', // CR kept inside quotes, unterminated quote at the end
    'h\r\nx\r\r\ny,"",""""\n', // stray CRs dropped outside quotes, empty and quote-only fields
    "h,i\nno newline at the end",
    "",
    "h\n\n\n",
  ];
  // Random strings over the characters that matter.
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  for (let k = 0; k < 300; k++) {
    let s = "";
    const n = next() % 40;
    for (let i = 0; i < n; i++) s += 'ab",\r\né'[next() % 8];
    cases.push(`h,i,j\n${s}`);
  }
  for (const csv of cases) {
    const rows = referenceRows(csv);
    const header = rows.shift() ?? [];
    const expected = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
    assert.deepEqual(csvRecords(csv), expected, JSON.stringify(csv));
  }
});
