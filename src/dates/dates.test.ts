import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { Doc } from "../doc/doc.ts";
import { toJSON } from "../doc/json.ts";
import type { ArticleDate, DateMention } from "../doc/types.ts";
import { validateDocument } from "../doc/validate.ts";
import { parseNewsRecord } from "../ingest/record.ts";
import { Pipeline } from "../pipeline/pipeline.ts";
import { langid } from "../segment/0-langid.ts";
import { paragraphs } from "../segment/1-paragraphs.ts";
import { sentences } from "../segment/2-sentences.ts";
import { tokens } from "../segment/3-tokens.ts";
import { dates } from "./component.ts";
import { anchorOf, resolveDate } from "./resolve.ts";

const pipeline = new Pipeline([langid, paragraphs, sentences, tokens, dates]);

const DAY: ArticleDate = { value: "2025-03-13", precision: "day" }; // a Thursday
const MONTH: ArticleDate = { value: "2023-09", precision: "month" };
const YEAR: ArticleDate = { value: "2024", precision: "year" };

function run(text: string, lang: "fr" | "en", date: ArticleDate | null = DAY): DateMention[] {
  const doc = pipeline.run(new Doc({ text, lang, date }));
  assert.deepEqual(validateDocument(toJSON(doc)), []);
  return doc.dates;
}

/** "text=value[..endValue]/precision initial" for compact comparisons. */
function brief(list: DateMention[]): string[] {
  return list.map((d) => `${d.text}=${d.value}${d.endValue ? `..${d.endValue}` : ""}/${d.precision[0]}`);
}

test("French dates against a day-precision article date (Thursday 13 March 2025)", () => {
  const cases: [string, string[]][] = [
    ["Il a signé mardi à Tashgard.", ["mardi=2025-03-11/d"]],
    ["Il a parlé jeudi.", ["jeudi=2025-03-13/d"]],
    ["Il doit regagner Orvane samedi.", ["samedi=2025-03-15/d"]],
    [
      "Ils se sont vus mardi dernier et se reverront lundi prochain.",
      ["mardi dernier=2025-03-11/d", "lundi prochain=2025-03-17/d"],
    ],
    ["Il est arrivé hier soir et repart demain.", ["hier soir=2025-03-12/d", "demain=2025-03-14/d"]],
    ["Les convois sont passés la semaine dernière.", ["la semaine dernière=2025-03-03..2025-03-09/d"]],
    [
      "Au cours des trois derniers mois, Orvane a livré 40 chars.",
      ["trois derniers mois=2024-12..2025-03/m"],
    ],
    [
      "Ces deux dernières semaines, les combats ont repris.",
      ["deux dernières semaines=2025-02-27..2025-03-13/d"],
    ],
    ["Les trois derniers mois de 2024 ont été calmes.", ["2024=2024/y"]],
    ["En début de semaine, Tashgard a annoncé une aide.", ["début de semaine=2025-03-10..2025-03-16/d"]],
    ["Les fins de mois sont difficiles.", []],
    ["Il y a trois mois, le convoi est passé.", ["Il y a trois mois=2024-12/m"]],
    [
      "Le plan couvre la période 2024-2030 ; la saison 2023/2024 aussi.",
      ["2024-2030=2024..2030/y", "2023/2024=2023..2024/y"],
    ],
    ["Des experts interrogés ce mois-ci.", ["ce mois-ci=2025-03/m"]],
    ["Au début du mois, le ton a changé.", ["début du mois=2025-03/m"]],
    ["Les combats durent depuis juillet.", ["depuis juillet=2024-07..2025-03/m"]],
    ["La visite aura lieu fin août ou mi-septembre.", ["fin août=2025-08/m", "mi-septembre=2025-09/m"]],
    ["L'année dernière, il a vendu des armes ; en 2022 aussi.", ["L'année dernière=2024/y", "2022=2022/y"]],
    ["Le sommet du 3 mars et celui du mardi 11 mars.", ["3 mars=2025-03-03/d", "mardi 11 mars=2025-03-11/d"]],
    ["Le 14 janv. 2022, Tashgard avait nié.", ["14 janv. 2022=2022-01-14/d"]],
    [
      "Il a été signé le mois dernier ; l'an dernier, rien.",
      ["le mois dernier=2025-02/m", "l'an dernier=2024/y"],
    ],
    [
      "Les images prises entre le 3 et le 6 février.",
      ["entre le 3 et le 6 février=2025-02-03..2025-02-06/d"],
    ],
    ["Livrés entre octobre et février.", ["entre octobre et février=2024-10..2025-02/m"]],
    [
      "Du 3 au 6 mai et du lundi au mercredi, à la fin du mois.",
      [
        "Du 3 au 6 mai=2025-05-03..2025-05-06/d",
        "du lundi au mercredi=2025-03-10..2025-03-12/d",
        "fin du mois=2025-03/m",
      ],
    ],
    ["Ils sont tous du mois de mars.", ["mois de mars=2025-03/m"]],
    ["Depuis l'automne dernier, rien n'a changé.", ["Depuis l'automne dernier=2024-09..2025-03/m"]],
    ["Il est arrivé il y a trois jours.", ["il y a trois jours=2025-03-10/d"]],
    [
      "Cette année, ce week-end, le 12/08/2024.",
      ["Cette année=2025/y", "ce week-end=2025-03-08..2025-03-09/d", "12/08/2024=2024-08-12/d"],
    ],
  ];
  for (const [text, expected] of cases) assert.deepEqual(brief(run(text, "fr")), expected, text);
});

test("English dates against a day-precision article date", () => {
  const cases: [string, string[]][] = [
    ["The trains crossed last week.", ["last week=2025-03-03..2025-03-09/d"]],
    ["Over the past three months, Orvane delivered 40 tanks.", ["past three months=2024-12..2025-03/m"]],
    ["In the last two weeks, fighting resumed.", ["last two weeks=2025-02-27..2025-03-13/d"]],
    ["In the last three months of 2024, exports fell.", ["2024=2024/y"]],
    ["The talks should last three days.", []],
    [
      "Exports fell in 2022-23, then rose in 2019–2023 terms.",
      ["2022-23=2022..2023/y", "2019–2023=2019..2023/y"],
    ],
    ["He spoke on Tuesday and will leave on Saturday.", ["Tuesday=2025-03-11/d", "Saturday=2025-03-15/d"]],
    ["Experts interviewed earlier this month agreed.", ["earlier this month=2025-03/m"]],
    ["The visit will take place in late August.", ["late August=2025-08/m"]],
    ["The summit on Tuesday, March 11, 2025 ended.", ["Tuesday, March 11, 2025=2025-03-11/d"]],
    ["Taken between Feb. 3 and Feb. 6.", ["between Feb. 3 and Feb. 6=2025-02-03..2025-02-06/d"]],
    ["Fighting has raged since July.", ["since July=2024-07..2025-03/m"]],
    [
      "From March 3 to March 6, from 2019 to 2021, from three sources.",
      ["From March 3 to March 6=2025-03-03..2025-03-06/d", "from 2019 to 2021=2019..2021/y"],
    ],
    ["Last year it sold arms, and in 2022 too.", ["Last year=2024/y", "2022=2022/y"]],
    [
      "He arrived yesterday, three days ago, by the end of the year.",
      ["yesterday=2025-03-12/d", "three days ago=2025-03-10/d", "the end of the year=2025/y"],
    ],
    ["She may march in May 2025 or in mid-September.", ["May 2025=2025-05/m", "mid-September=2025-09/m"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(brief(run(text, "en")), expected, text);
});

test("durations are not dates", () => {
  for (const text of [
    "Il part pour un voyage de six jours.",
    "Le contrat court pendant trois ans, sur cinq ans au total.",
    "Elle a duré moins de vingt minutes et deux années de combats.",
  ])
    assert.deepEqual(run(text, "fr"), [], text);
  for (const text of [
    "He will make a six-day trip.",
    "The contract runs for three years, over five years in total.",
    "Two years of fighting; the meeting lasted twenty minutes.",
  ])
    assert.deepEqual(run(text, "en"), [], text);
});

test("never more precise than the article date allows", () => {
  // month-precision article (2023-09): shifts finer than a month stay at the month
  assert.deepEqual(brief(run("Il a parlé mardi.", "fr", MONTH)), ["mardi=2023-09/m"]);
  assert.deepEqual(brief(run("Il est venu hier.", "fr", MONTH)), ["hier=2023-09/m"]);
  assert.deepEqual(brief(run("Ils se sont vus la semaine dernière.", "fr", MONTH)), [
    "la semaine dernière=2023-09/m",
  ]);
  assert.deepEqual(brief(run("He spoke on Tuesday.", "en", MONTH)), ["Tuesday=2023-09/m"]);
  // a month shift is exact against a month
  assert.deepEqual(brief(run("Le traité, scellé le mois dernier.", "fr", MONTH)), [
    "le mois dernier=2023-08/m",
  ]);
  // but not against a year
  assert.deepEqual(brief(run("Le traité, scellé le mois dernier.", "fr", YEAR)), ["le mois dernier=2024/y"]);
  assert.deepEqual(brief(run("Il a parlé mardi.", "fr", YEAR)), ["mardi=2024/y"]);
  // stated fields keep their precision: the text states day and month, the year comes from the article
  assert.deepEqual(brief(run("Le sommet du 3 mars.", "fr", YEAR)), ["3 mars=2024-03-03/d"]);
  assert.deepEqual(brief(run("The summit on March 3.", "en", YEAR)), ["March 3=2024-03-03/d"]);
  assert.deepEqual(brief(run("L'année dernière, rien.", "fr", YEAR)), ["L'année dernière=2023/y"]);
  // the year of a month without one is the nearest to the article date
  assert.deepEqual(
    brief(run("Le 28 décembre, il a signé.", "fr", { value: "2025-01-05", precision: "day" })),
    ["28 décembre=2024-12-28/d"],
  );
  // without an article date only what the text fully states is kept
  assert.deepEqual(brief(run("Mardi, puis le 14 janvier 2022.", "fr", null)), [
    "14 janvier 2022=2022-01-14/d",
  ]);
});

test("resolveDate examples", () => {
  const a = anchorOf({ value: "2025-06-02", precision: "day" });
  assert.deepEqual(resolveDate({ kind: "relative", unit: "year", shift: -1 }, a), {
    value: "2024",
    precision: "year",
  });
  assert.deepEqual(resolveDate({ kind: "season", months: [12, 2], shift: -1 }, a), {
    value: "2024-12",
    precision: "month",
    endValue: "2025-02",
  });
  assert.equal(resolveDate({ kind: "weekday", weekday: 1 }, null), null);
});

test("the sample corpus: month-dated articles get no day, durations no date, all documents valid", () => {
  const root = new URL("../../examples/", import.meta.url).pathname;
  const all: Record<string, string[]> = {};
  for (const lang of ["fr", "en"] as const) {
    for (const file of readdirSync(`${root}${lang}`).filter((f) => f.endsWith(".txt"))) {
      const record = parseNewsRecord(readFileSync(`${root}${lang}/${file}`, "utf8"));
      const doc = pipeline.run(new Doc({ ...record, lang }));
      assert.deepEqual(validateDocument(toJSON(doc)), [], file);
      all[`${lang}/${file.slice(0, 2)}`] = brief(doc.dates);
      if (record.date?.precision === "month") {
        for (const d of doc.dates) assert.notEqual(d.precision, "day", `${file}: ${d.text}`);
      }
      for (const d of doc.dates)
        assert.ok(!/jours|days|ans\b|years/.test(d.text) || /il y a|ago/.test(d.text), d.text);
    }
  }
  assert.deepEqual(all["fr/10"], [
    "le mois dernier=2025-03/m",
    "avril=2025-04/m",
    "l’été=2025-06..2025-08/m",
    "la semaine dernière=2025-04/m",
  ]);
  assert.deepEqual(all["en/04"], [
    "Sunday=2025-03-09/d",
    "Monday=2025-03-03/d",
    "Tuesday, March 11=2025-03-11/d",
    "1991=1991/y",
  ]);
  assert.ok(all["fr/14"].includes("depuis l'an dernier=2024..2025/y"));
  assert.ok(all["fr/11"].includes("entre octobre et mars=2024-10..2025-03/m"));
});

test("the tense of the verb a month belongs to, from the parse (article of 15 March 2024)", async () => {
  const { createPipeline } = await import("../pipeline/default.ts");
  const parsed = createPipeline({ until: "dates" });
  const date: ArticleDate = { value: "2024-03-15", precision: "day" };
  const cases: [string, "fr" | "en", string][] = [
    // past verbs: last September, although next September is nearer
    ["La Corée du Nord a livré des obus en septembre.", "fr", "2023-09"],
    ["Le sommet s'est tenu en novembre.", "fr", "2023-11"],
    ["Le traité fut signé en août.", "fr", "2023-08"],
    ["The deal was signed in August.", "en", "2023-08"],
    ["Kim pledged in September to send more shells.", "en", "2023-09"],
    ["The envoy left last October.", "en", "2023-10"],
    // ahead: future, « aller », a copula in the present, an end point, within two months
    ["Le sommet aura lieu en septembre.", "fr", "2024-09"],
    ["Le sommet va se tenir en août.", "fr", "2024-08"],
    ["Le sommet est prévu en août.", "fr", "2024-08"],
    ["He said the summit is in August.", "en", "2024-08"],
    ["They extended the curfew to September.", "en", "2024-09"],
    ["The minister announced the talks on April 28.", "en", "2024-04-28"],
    // a deadline word only when it stands right before the date
    ["Talks stalled before resuming in late October.", "en", "2023-10"],
    ["She joined the ministry in March of 2016.", "en", "2016-03"],
    ["He was arrested in May, 2018, in Tashgard.", "en", "2018-05"],
    // the article is dated Friday 15 March: « ce vendredi » is today, even before a future verb
    ["On apprend ce vendredi que les résultats seront publiés.", "fr", "2024-03-15"],
    ["Officials said this Friday that the results will be published.", "en", "2024-03-15"],
    ["Les résultats seront publiés vendredi.", "fr", "2024-03-22"],
    // « dernier » / « prochain » after the month, also with no tense to read (a bare participle)
    ["La directrice nommée en septembre dernier a parlé.", "fr", "2023-09"],
    ["Le sommet aura lieu en février prochain.", "fr", "2025-02"],
    // a year counted from the article date; a completed tense before "by", not before "until"
    ["Students marched in January of this year.", "en", "2024-01"],
    ["The envoys met on May 20 last year.", "en", "2023-05-20"],
    ["Le sommet du 20 mai de l'année dernière a échoué.", "fr", "2023-05-20"],
    ["The agency had delivered the doses by September 22.", "en", "2023-09-22"],
    ["Events have been planned in the old town until December.", "en", "2024-12"],
    ["The curfew was expected to end on November 15.", "en", "2023-11-15"],
  ];
  for (const [text, lang, value] of cases) {
    const doc = parsed.run(new Doc({ text, lang, date }));
    assert.deepEqual(
      doc.dates.map((d) => d.value),
      [value],
      text,
    );
  }
});
