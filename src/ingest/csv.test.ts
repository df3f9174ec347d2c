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
