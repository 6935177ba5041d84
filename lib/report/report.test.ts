import { describe, expect, it } from "vitest";
import { encodeShare } from "../day/day";
import {
  amountText,
  cautions,
  foodsByMeal,
  formatReportDate,
  loadReport,
  mgText,
  notCountedNote,
  profileFacts,
  supplementRows,
  type LoadedReport,
} from "./report";
import type { Day, DayEntry, Profile, Supplement } from "../schema/day";
import { POTASSIUM_SUPPLEMENT_CAUTION } from "../intake/supplements";
import { totalsRows } from "../analysis/totals";

// Expected values are worked out here by hand from data/foods.json (SR28, mg per 100 g; mg = grams / 100 × value):
//   almonds 12061      Mg 270 K 733 Ca 269      banana 09040 (1 medium = 118 g) Mg 27 K 358 Ca 5
//   2% milk 01079      Mg 11  K 140 Ca 120      (1 cup = 244 g)
//   whole-wheat bread 18075 Mg 75 K 254 Ca 161 (1 slice = 32 g)    cheddar 01009 Mg 27 K 76 Ca 710 (1 slice (1 oz) = 28 g)
//   Pinot Noir 14099   no Mg, K or Ca value     (1 serving (5 fl oz) = 147 g)
//   spinach, raw 11457 Ca 99                    (absorbed at 0.051 / 0.276 of milk, Heaney 1988)
// Targets (US, female 35): Mg 320 RDA, K 2,600 AI, Ca 1,000 RDA.

const FEMALE_35: Profile = { ageYears: 35, sex: "female", lifeStage: null, standard: "us" };
const BANANA = '1 medium (7" to 7-7/8" long)';

const entry = (e: Omit<DayEntry, "uid">, uid: string): DayEntry => ({ uid, ...e });
const dayOf = (entries: Omit<DayEntry, "uid">[], supplements: Supplement[] = [], profile: Profile = FEMALE_35): Day => ({
  app: "mineral-gap",
  version: 3,
  profile,
  days: [{ label: "Day 1", entries: entries.map((e, i) => entry(e, `e${i}`)) }],
  supplements,
});

/** The report of `day` through its share code, the way the page gets it. */
function reportOf(day: Day): Extract<LoadedReport, { ok: true }> {
  const report = loadReport(encodeShare(day));
  if (!report.ok) throw new Error(report.reason);
  return report;
}

const MG_CITRATE_TWICE: Supplement = { name: "Magnesium citrate", magnesium: 81, potassium: 0, calcium: 0, count: 2 };
const K_GLUCONATE: Supplement = { name: "Potassium gluconate", magnesium: 0, potassium: 99, calcium: 0, count: 1 };

// Added out of meal order on purpose: the report groups them.
const MIXED_DAY = dayOf(
  [
    { meal: "snacks", foodId: "12061", amount: 30, portion: null },
    { meal: "breakfast", foodId: "09040", amount: 2, portion: BANANA },
    { meal: "dinner", foodId: "14099", amount: 1, portion: "1 serving (5 fl oz)" },
    { meal: "lunch", foodId: "18075", amount: 2, portion: "1 slice", recipe: "Cheese sandwich", dish: "d1" },
    { meal: "lunch", foodId: "01009", amount: 1, portion: "1 slice (1 oz)", recipe: "Cheese sandwich", dish: "d1" },
    { meal: "breakfast", foodId: "01079", amount: 1, portion: "1 cup" },
  ],
  [MG_CITRATE_TWICE, K_GLUCONATE],
);

describe("an entry eaten some days a week in the report", () => {
  it("shows the amount as eaten on its days and how often; its minerals are a typical day's share", () => {
    // Banana 118 g twice a week: K 422.44 × 2/7 = 120.7 mg in a typical day.
    const { day, analysis } = reportOf(dayOf([{ meal: "breakfast", foodId: "09040", amount: 118, portion: null, perWeek: 2 }]));
    const [banana] = foodsByMeal(day.days[0]!.entries, analysis)[0]!.foods;
    expect(banana!.amount).toBe("118\u00a0g, 2 days a week");
    expect(banana!.mg.potassium).toBe("121");
  });
});

describe("amountText", () => {
  it("says grams for a gram entry", () => expect(amountText({ amount: 150, portion: null }, 150)).toBe("150\u00a0g"));
  it("says count × portion and the grams for a portion entry", () =>
    expect(amountText({ amount: 2, portion: BANANA }, 236)).toBe(`2 × ${BANANA} =\u00a0236\u00a0g`));
  it("drops the count for one portion", () => expect(amountText({ amount: 1, portion: "1 cup" }, 244)).toBe("1 cup =\u00a0244\u00a0g"));
  it("keeps a half", () => expect(amountText({ amount: 0.5, portion: "1 cup" }, 122)).toBe("0.5 × 1 cup =\u00a0122\u00a0g"));
  it("rounds grams as the main page does: whole from 10 g", () =>
    expect(amountText({ amount: 1, portion: "1 oz (23 whole kernels)" }, 28.35)).toBe("1 oz (23 whole kernels) =\u00a028\u00a0g"));
});

describe("mgText", () => {
  it.each([
    [null, "unknown"],
    [0, "0"],
    [0.3, "<1"],
    [12.6, "13"],
    [1234.5, "1,235"],
  ] as const)("%s -> %s", (mg, text) => expect(mgText(mg)).toBe(text));
});

describe("foodsByMeal", () => {
  it("puts each food under its meal in meal order, with its dish, amount and mg; unknown is never 0", () => {
    // Everyday names by hand (banana, 2% milk, whole-wheat bread: data/everyday-names.json) or by the rule
    // ("Cheese, cheddar" turned round; the wine's category head dropped); USDA's full name beside each.
    const { day, analysis } = reportOf(MIXED_DAY);
    expect(foodsByMeal(day.days[0]!.entries, analysis)).toEqual([
      {
        meal: "breakfast",
        label: "Breakfast",
        foods: [
          // banana 236 g: Mg 63.72, K 844.88, Ca 11.8
          { name: "Banana", usdaName: "Bananas, raw", dish: null, amount: `2 × ${BANANA} =\u00a0236\u00a0g`, mg: { magnesium: "64", potassium: "845", calcium: "12" } },
          // milk 244 g: Mg 26.84, K 341.6, Ca 292.8
          {
            name: "Reduced-fat milk (2%)",
            usdaName: "Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D",
            dish: null,
            amount: "1 cup =\u00a0244\u00a0g",
            mg: { magnesium: "27", potassium: "342", calcium: "293" },
          },
        ],
      },
      {
        meal: "lunch",
        label: "Lunch",
        foods: [
          // bread 64 g: Mg 48, K 162.56, Ca 103.04; cheddar 28 g: Mg 7.56, K 21.28, Ca 198.8
          {
            name: "Whole-wheat bread",
            usdaName: "Bread, whole-wheat, commercially prepared",
            dish: "Cheese sandwich",
            amount: "2 × 1 slice =\u00a064\u00a0g",
            mg: { magnesium: "48", potassium: "163", calcium: "103" },
          },
          { name: "Cheddar cheese", usdaName: "Cheese, cheddar", dish: "Cheese sandwich", amount: "1 slice (1 oz) =\u00a028\u00a0g", mg: { magnesium: "8", potassium: "21", calcium: "199" } },
        ],
      },
      {
        meal: "dinner",
        label: "Dinner",
        foods: [
          {
            name: "Wine, table, red, Pinot Noir",
            usdaName: "Alcoholic Beverage, wine, table, red, Pinot Noir",
            dish: null,
            amount: "1 serving (5 fl oz) =\u00a0147\u00a0g",
            mg: { magnesium: "unknown", potassium: "unknown", calcium: "unknown" },
          },
        ],
      },
      // almonds 30 g: Mg 81, K 219.9, Ca 80.7
      { meal: "snacks", label: "Snacks", foods: [{ name: "Almonds", usdaName: "Nuts, almonds", dish: null, amount: "30\u00a0g", mg: { magnesium: "81", potassium: "220", calcium: "81" } }] },
    ]);
  });

  it("leaves out meals with no food", () => {
    const { day, analysis } = reportOf(dayOf([{ meal: "dinner", foodId: "09040", amount: 1, portion: BANANA }]));
    expect(foodsByMeal(day.days[0]!.entries, analysis).map((m) => m.label)).toEqual(["Dinner"]);
  });
});

describe("supplementRows", () => {
  it("gives mg per unit and units a day", () => {
    expect(supplementRows([MG_CITRATE_TWICE, K_GLUCONATE])).toEqual([
      { name: "Magnesium citrate", mgPerUnit: { magnesium: "81", potassium: "0", calcium: "0" }, perDay: "2" },
      { name: "Potassium gluconate", mgPerUnit: { magnesium: "0", potassium: "99", calcium: "0" }, perDay: "1" },
    ]);
  });
});

describe("totalsRows", () => {
  it("reads 'at least' (and the gap 'up to') where a food has no value", () => {
    // Mg 81 + 63.72 + 48 + 7.56 + 26.84 = 227.12 food + 162 supplements = 389.12: 121.6% of 320, no gap.
    // K 219.9 + 844.88 + 162.56 + 21.28 + 341.6 = 1,590.22 + 99 = 1,689.22: 64.97% of 2,600, gap 910.78.
    // Ca on the labels 80.7 + 11.8 + 103.04 + 198.8 + 292.8 = 687.14. Toward the target almonds' 80.7 mg count ×
    // 0.454 (Weaver 1999: 21.2% at 80 mg vs milk's 46.66% at that load) = 36.64; bread (1.16 as absorbed) counts as
    // its label: 36.64 + 11.8 + 103.04 + 198.8 + 292.8 = 643.08: 64.31% of 1,000, gap 356.92.
    expect(totalsRows(reportOf(MIXED_DAY).analysis)).toEqual([
      { mineral: "magnesium", label: "Magnesium", total: "at least 389", labelTotal: null, targetMg: "320", kind: "RDA", percent: "at least 122%", gap: "none", held: false },
      { mineral: "potassium", label: "Potassium", total: "at least 1,689", labelTotal: null, targetMg: "2,600", kind: "AI", percent: "at least 65%", gap: "up to 911", held: false },
      { mineral: "calcium", label: "Calcium", total: "at least 643", labelTotal: "687 on labels", targetMg: "1,000", kind: "RDA", percent: "at least 64%", gap: "up to 357", held: false },
    ]);
  });

  it("gives plain numbers, as the main page shows them, when every value is known", () => {
    // One banana, 118 g: Mg 31.86 (9.96%), K 422.44 (16.25%), Ca 5.9 (0.59%): whole mg, as the page shows them.
    const rows = totalsRows(reportOf(dayOf([{ meal: "breakfast", foodId: "09040", amount: 1, portion: BANANA }])).analysis);
    expect(rows.map(({ total, percent, gap }) => [total, percent, gap])).toEqual([
      ["32", "10%", "288"],
      ["422", "16%", "2,178"],
      ["6", "1%", "994"],
    ]);
  });
});

describe("totals and profile for a person whose potassium is held down", () => {
  it("says the potassium target does not apply, with no gap, and names the conditions", () => {
    const withCkd = dayOf(MIXED_DAY.days[0]!.entries, MIXED_DAY.supplements, { ...FEMALE_35, conditions: ["kidney-disease"] });
    const { day, analysis } = reportOf(withCkd);
    expect(day.profile.conditions).toEqual(["kidney-disease"]); // carried by the share link
    const rows = totalsRows(analysis, day.profile.conditions);
    expect(rows.map((r) => [r.mineral, r.held, r.gap])).toEqual([
      ["magnesium", false, "none"],
      ["potassium", true, "—"],
      ["calcium", false, "up to 357"],
    ]);
    expect(profileFacts(day.profile).at(-1)).toEqual({ label: "Health conditions", value: "Chronic kidney disease" });
  });
});

describe("cautions", () => {
  it("gives the potassium caution with a potassium supplement", () => {
    const { analysis, day } = reportOf(MIXED_DAY);
    expect(cautions(analysis, day.supplements)).toEqual([POTASSIUM_SUPPLEMENT_CAUTION]);
  });

  it("passes on upper-limit warnings", () => {
    // UK: all three targets are RNIs. Magnesium oxide 241 mg × 2 = 482 mg, over the UK's 400 mg guidance level.
    const oxide: Supplement = { name: "Magnesium oxide", magnesium: 241, potassium: 0, calcium: 0, count: 2 };
    const uk = reportOf(dayOf([{ meal: "lunch", foodId: "12061", amount: 30, portion: null }], [oxide], { ...FEMALE_35, standard: "uk" }));
    const notes = cautions(uk.analysis, uk.day.supplements);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Magnesium: 482 mg a day from your supplements, above the 400 mg UK guidance level \(guidance, not a UL\)/);
  });

});

describe("profile and date", () => {
  it("names age, sex, life stage when there is one, and the standard", () => {
    expect(profileFacts({ ageYears: 30, sex: "female", lifeStage: "lactating", standard: "efsa" })).toEqual([
      { label: "Age", value: "30 years" },
      { label: "Sex", value: "Female" },
      { label: "Life stage", value: "Breastfeeding" },
      { label: "Reference intakes", value: "EFSA Dietary Reference Values (EU)" },
    ]);
    expect(profileFacts({ ageYears: 62, sex: "male", lifeStage: null, standard: "us" }).map((f) => f.label)).toEqual(["Age", "Sex", "Reference intakes"]);
  });

  it("writes the date with the month in words", () => expect(formatReportDate(new Date(2026, 10, 26, 12))).toBe("26 November 2026"));
});

describe("loadReport", () => {
  const base64url = (text: string) => Buffer.from(text).toString("base64url");
  const compact = (entries: unknown[]) => base64url(JSON.stringify({ v: 2, p: [35, "female", null, "us"], e: entries }));

  it("gives the API's analysis for a good link", () => {
    const { analysis } = reportOf(dayOf([{ meal: "breakfast", foodId: "09040", amount: 1, portion: BANANA }]));
    expect(analysis.totals).toEqual({ magnesium: 31.86, potassium: 422.44, calcium: 5.9 });
  });

  it.each([
    ["no day parameter", undefined],
    ["an empty one", ""],
    ["the parameter twice", ["abc", "def"]],
    ["not base64", "%%%not base64%%%"],
    ["base64 of bad JSON", base64url("{\"v\":2,\"p\":[35,")],
  ])("turns %s into a reason, never an exception", (_, code) => {
    const report = loadReport(code);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.reason.length).toBeGreaterThan(5);
  });

  // Worked out by hand: banana 09040 is 118 g a medium one (Mg 27 mg/100 g -> 31.86 mg); the bad entry counts nothing.
  it.each([
    ["an unknown food id", ["99999", 0, 100, null], "It is not in the food table this page uses (food id 99999)."],
    ["an absurd amount", ["09040", 0, 1e9, null], "Its amount (1,000,000,000 g) is more than one entry holds (10,000 g)."],
    ["a portion the food does not have", ["09040", 0, 1, "1 bucket"], "Its measure (“1 bucket”) is not one of this food's measures: put it back in grams."],
    ["a meal out of range", ["09040", 9, 100, null], "Its meal (nothing) is not breakfast, lunch, dinner or snacks."],
  ])("reports the rest of a link with %s, and names what it did not count", (_, bad, reason) => {
    const report = loadReport(compact([["09040", 0, 1, BANANA], bad]));
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.analysis.totals.magnesium).toBe(31.86);
    expect(report.setAside.map((s) => s.reason)).toEqual([reason]);
    expect(notCountedNote(report.setAside)).toContain(reason.replace(/\.$/, ""));
  });
});
