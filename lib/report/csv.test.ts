import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDay, resolveEntries } from "../analysis/analyze";
import { analyzeDays } from "../analysis/usual";
import { csvCell, dayCsv, daysCsv } from "./csv";
import { emptyDay, toAnalyzeRequest } from "../day/day";
import type { Day } from "../schema/day";

/** A small RFC 4180 reader, written for the test: quoted fields, doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

function analyse(day: Day, index = 0) {
  const request = toAnalyzeRequest(day, index);
  const resolved = resolveEntries(request.entries);
  if (!resolved.ok) throw new Error("bad day");
  return analyzeDay(day.profile, resolved.entries, day.supplements);
}

function resolveOk(day: Day, index: number) {
  const resolved = resolveEntries(toAnalyzeRequest(day, index).entries);
  if (!resolved.ok) throw new Error("bad day");
  return resolved.entries;
}

describe("the day as CSV", () => {
  // SR28 per 100 g: banana 09040 Mg 27, K 358, Ca 5; Pinot Noir 14099 no values; 2% milk 01079 Mg 11, K 140, Ca 120.
  const day: Day = {
    ...emptyDay(),
    days: [
      {
        label: "Day 1",
        entries: [
          { uid: "w", meal: "dinner", foodId: "14099", amount: 150, portion: null },
          { uid: "b", meal: "breakfast", foodId: "09040", amount: 118, portion: null },
          { uid: "m", meal: "breakfast", foodId: "01079", amount: 244, portion: null, recipe: "Porridge", dish: "d1" },
        ],
      },
    ],
    supplements: [{ name: "Magnesium citrate, 500 mg tablet", magnesium: 81, potassium: 0, calcium: 0, count: 2 }],
  };
  const rows = readCsv(dayCsv(day, analyse(day)).replace(/^\uFEFF/, ""));

  it("has one line per food by meal, then the supplements, the totals and the 'at least' note", () => {
    expect(rows[0]).toEqual(["Meal", "Food", "NDB id", "Grams", "Magnesium mg", "Potassium mg", "Calcium mg", "USDA name"]);
    // Food: the everyday name (by hand for banana and 2% milk; the wine by the rule: "Alcoholic Beverage" is a
    // category head, dropped); USDA name: SR28's full name.
    expect(rows[1]).toEqual(["Breakfast", "Banana", "09040", "118", "31.9", "422.4", "5.9", "Bananas, raw"]);
    expect(rows[2]).toEqual(["Breakfast", "Reduced-fat milk (2%) (in Porridge)", "01079", "244", "26.8", "341.6", "292.8", "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D"]);
    expect(rows[3]).toEqual(["Dinner", "Wine, table, red, Pinot Noir", "14099", "150", "", "", "", "Alcoholic Beverage, wine, table, red, Pinot Noir"]);
    expect(rows[4]).toEqual(["Supplement", "Magnesium citrate, 500 mg tablet (2 a day)", "", "", "162", "0", "0", ""]);
    // 31.86 + 26.84 + 162 = 220.7; 422.44 + 341.6 = 764.04; 5.9 + 292.8 = 298.7
    expect(rows[5]).toEqual(["Total", "All foods and supplements", "", "", "220.7", "764", "298.7", ""]);
    expect(rows[6]![0]).toBe("Note");
    expect(rows[6]![1]).toBe("Totals are at least what is shown: USDA has no value for magnesium, potassium and calcium in Alcoholic Beverage, wine, table, red, Pinot Noir. Unknown is not counted as zero: the true total may be higher and the gap smaller.");
    expect(rows).toHaveLength(7);
  });

  it("adds calcium as it counts toward the target, and why, when spinach makes it differ from the labels", () => {
    // A cup of cooked spinach (11458: 136 mg/100 g × 180 g = 244.8 mg) counts × 0.185 (Heaney 1988) = 45.288.
    const withSpinach: Day = { ...emptyDay(), days: [{ label: "Day 1", entries: [{ uid: "s", meal: "dinner", foodId: "11458", amount: 180, portion: null }] }], supplements: [] };
    const lines = readCsv(dayCsv(withSpinach, analyse(withSpinach)).replace(/^\uFEFF/, ""));
    expect(lines[2]).toEqual(["Total", "All foods and supplements", "", "", "156.6", "838.8", "244.8", ""]);
    expect(lines[3]).toEqual(["Toward target", "Calcium as it counts toward the target", "", "", "", "", "45.3", ""]);
    expect(lines[4]![0]).toBe("Note");
    expect(lines[4]![1]).toMatch(/^Calcium toward your target: 45 mg of the 245 mg on the labels\. .* Source: Heaney et al\. 1988\.$/);
    expect(rows.some((r) => r[0] === "Toward target")).toBe(false); // the day above: milk and banana count as labelled
  });

  it("says when a food is eaten some days a week: its line is a typical day's share", () => {
    // Banana 118 g twice a week: 33.71 g, K 422.44 × 2/7 = 120.7 mg a typical day.
    const often: Day = { ...emptyDay(), days: [{ label: "Day 1", entries: [{ uid: "b", meal: "breakfast", foodId: "09040", amount: 118, portion: null, perWeek: 2 }] }], supplements: [] };
    const lines = readCsv(dayCsv(often, analyse(often)).replace(/^\uFEFF/, ""));
    expect(lines[1]).toEqual(["Breakfast", "Banana, 2 days a week: a typical day's share", "09040", "33.7", "9.1", "120.7", "1.7", "Bananas, raw"]);
  });

  it("covers several days: a Day column, each day's foods and total, then the average", () => {
    // Mon: banana 236 g (Mg 63.72, K 844.88, Ca 11.8); Tue: 2% milk 244 g (Mg 26.84, K 341.6, Ca 292.8).
    // Average: Mg 45.28, K 593.24, Ca 152.3; a 100 mg magnesium tablet every day adds 100 to each.
    const week: Day = {
      ...emptyDay(),
      days: [
        { label: "Mon", entries: [{ uid: "b", meal: "breakfast", foodId: "09040", amount: 236, portion: null }] },
        { label: "Tue", entries: [{ uid: "m", meal: "dinner", foodId: "01079", amount: 244, portion: null }] },
      ],
      supplements: [{ name: "Magnesium", magnesium: 100, potassium: 0, calcium: 0, count: 1 }],
    };
    const average = analyzeDays(week.profile, [0, 1].map((i) => ({ label: week.days[i]!.label, entries: resolveOk(week, i) })), week.supplements);
    const lines = readCsv(daysCsv(week, [analyse(week, 0), analyse(week, 1)], average).replace(/^\uFEFF/, ""));
    // How sure, for a woman of 35 over 2 days. Mg: z = (145.28 − 265) / √(702.25 + 7,396/2) = −119.72 / 66.33 = −1.80,
    // 3.6%. K (an AI): z = (593.24 − 2,600) / (845/√2) = −3.36. Ca: z = (152.3 − 800) / √(10,000 + 105,625/2) = −2.58.
    expect(lines.filter((l) => l[1] === "How sure").map((l) => l[2])).toEqual([
      "Magnesium: 2 days averaging 145 mg: only about 4% likely your usual magnesium is enough, so it is probably short.",
      "Potassium: 2 days averaging 593 mg: the days can't tell whether your usual potassium is enough. They are under 1% sure it reaches the Adequate Intake (2,600 mg), which is not a requirement: being under it does not show a shortfall.",
      "Calcium: 2 days averaging 152 mg: only under 1% likely your usual calcium is enough, so it is probably short.",
    ]);
    expect(lines.filter((l) => l[1] !== "How sure" && !(l[1] === "Note" && l[0]!.startsWith("Average")))).toEqual([
      ["Day", "Meal", "Food", "NDB id", "Grams", "Magnesium mg", "Potassium mg", "Calcium mg", "USDA name"],
      ["Mon", "Breakfast", "Banana", "09040", "236", "63.7", "844.9", "11.8", "Bananas, raw"],
      ["Mon", "Total", "All foods and supplements", "", "", "163.7", "844.9", "11.8", ""],
      ["Tue", "Dinner", "Reduced-fat milk (2%)", "01079", "244", "26.8", "341.6", "292.8", "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D"],
      ["Tue", "Total", "All foods and supplements", "", "", "126.8", "341.6", "292.8", ""],
      ["Every day", "Supplement", "Magnesium (1 a day)", "", "", "100", "0", "0", ""],
      ["Average of 2 days", "Average", "All foods and supplements, a day", "", "", "145.3", "593.2", "152.3", ""],
    ]);
  });

  it("starts with a byte-order mark and ends lines with CRLF", () => {
    const text = dayCsv(day, analyse(day));
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(rows.length + 1);
  });

  it("quotes cells so that any name comes back as typed, and defuses formulas", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const back = readCsv(`${csvCell(text)}\r\n`)[0]![0]!;
        expect(back).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      }),
    );
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
  });
});
