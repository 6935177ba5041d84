// /api/analyze with several recorded days: the average day, each day's totals, and how sure the average is.
// Expected values are worked out by hand from SR28 per 100 g: banana (09040) Mg 27, K 358, Ca 5; whole milk (01077)
// Mg 10, K 132, Ca 113.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "./route";

const post = (body: unknown) =>
  POST(new Request("http://test/api/analyze", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
const woman = { ageYears: 35, sex: "female" };
const banana = (grams: number) => ({ foodId: "09040", grams });
const milk = { foodId: "01077", amount: 1, portion: "1 cup" }; // 244 g

describe("POST /api/analyze with days", () => {
  it("answers for the average of the days, with each day and how sure the average is", async () => {
    const response = await post({
      profile: woman,
      days: [
        { label: "Mon", entries: [banana(118)] }, // Mg 31.86, K 422.44, Ca 5.9
        { label: "Tue", entries: [milk] }, // Mg 24.4, K 322.08, Ca 275.72
        { label: "Wed", entries: [banana(236), milk] }, // Mg 88.12, K 1,166.96, Ca 287.52
      ],
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    // Means: Mg 144.38 / 3 = 48.13; K 1,911.48 / 3 = 637.16; Ca 569.14 / 3 = 189.71
    expect(body.totals.magnesium).toBeCloseTo(48.13, 2);
    expect(body.totals.potassium).toBeCloseTo(637.16, 2);
    expect(body.totals.calcium).toBeCloseTo(189.71, 2);
    expect(body.usual.mean).toEqual(body.totals);
    expect(body.usual.days).toBe(3);
    // One row per food in the average day: banana (118 + 236) / 3 = 118 g, milk 488 / 3 = 162.6667 g
    expect(body.contributions.map((c: { foodId: string; grams: number }) => [c.foodId, c.grams])).toEqual([
      ["09040", 118],
      ["01077", 162.6667], // rounded to 4 places, as every figure
    ]);
    expect(body.usual.perDay.map((d: { label: string; totals: unknown }) => [d.label, d.totals])).toEqual([
      ["Mon", { magnesium: 31.86, potassium: 422.44, calcium: 5.9 }],
      ["Tue", { magnesium: 24.4, potassium: 322.08, calcium: 275.72 }],
      ["Wed", { magnesium: 88.12, potassium: 1166.96, calcium: 287.52 }],
    ]);
    const { magnesium, potassium, calcium } = body.usual.adequacy;
    // Mg: EAR 265, SDr 26.5, SD within 86: z = (48.13 − 265) / √(702.25 + 7,396/3) = −216.87 / 56.28 = −3.85
    expect(magnesium).toMatchObject({ method: "EAR", reference: 265, sdRequirement: 26.5, sdWithin: 86, verdict: "likely-short" });
    expect(magnesium.z).toBeCloseTo(-3.853, 2);
    // K: AI 2,600, SD within 845: z = (637.16 − 2,600) / (845 / √3) = −1,962.84 / 487.86 = −4.02; never "short"
    expect(potassium).toMatchObject({ method: "AI", reference: 2600, sdRequirement: null, verdict: "cannot-tell" });
    expect(potassium.z).toBeCloseTo(-4.023, 2);
    // Ca: EAR 800, SDr 100, SD within 325: z = (189.71 − 800) / √(10,000 + 105,625/3) = −610.29 / 212.62 = −2.87
    expect(calcium).toMatchObject({ method: "EAR", reference: 800, sdRequirement: 100, sdWithin: 325, verdict: "likely-short" });
    expect(calcium.z).toBeCloseTo(-2.87, 2);
    expect(calcium.source).toMatch(/IOM 2000/);
    expect(calcium.probability).toBeCloseTo(0.00205, 4); // Φ(−2.87)
  });

  it("counts an entry eaten some days a week at perWeek ÷ 7 inside a day", async () => {
    const body = await (await post({ profile: woman, days: [{ label: "Day 1", entries: [{ ...banana(118), perWeek: 2 }] }] })).json();
    expect(body.totals.magnesium).toBeCloseTo((31.86 * 2) / 7, 2); // 9.10
  });

  it.each([
    ["both entries and days", { profile: woman, entries: [], days: [{ label: "Mon", entries: [] }] }, "days", "not both"],
    ["neither entries nor days", { profile: woman }, "entries", "entries is required"],
    ["15 days", { profile: woman, days: Array.from({ length: 15 }, (_, i) => ({ label: `Day ${i + 1}`, entries: [] })) }, "days", "At most 14 days"],
    ["no days", { profile: woman, days: [] }, "days", "at least one day"],
    ["a day with no label", { profile: woman, days: [{ label: " ", entries: [] }] }, "days.0.label", "label must not be empty"],
    ["a bad perWeek in a day", { profile: woman, days: [{ label: "Mon", entries: [{ ...banana(118), perWeek: 9 }] }] }, "days.0.entries.0.perWeek", "perWeek"],
    ["an unknown food in the second day", { profile: woman, days: [{ label: "Mon", entries: [] }, { label: "Tue", entries: [{ foodId: "99999", grams: 5 }] }] }, "days.1.entries.0.foodId", "99999"],
  ])("answers 400 for %s, naming the field", async (_name, body, path, fragment) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error.message).toContain(fragment);
    expect(json.error.issues.map((i: { path: (string | number)[] }) => i.path.join("."))).toContain(path);
  });

  it("the average of n identical days is the one day", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 700 }), async (n, bananaGrams, milkGrams) => {
        const entries = [banana(bananaGrams), { foodId: "01077", grams: milkGrams }];
        const one = await (await post({ profile: woman, entries })).json();
        const many = await (await post({ profile: woman, days: Array.from({ length: n }, (_, i) => ({ label: `Day ${i + 1}`, entries })) })).json();
        for (const m of ["magnesium", "potassium", "calcium"]) expect(many.totals[m]).toBeCloseTo(one.totals[m], 6);
        expect(many.gaps).toEqual(one.gaps);
        expect(many.calciumCounted).toBeCloseTo(one.calciumCounted, 6);
      }),
      { numRuns: 25 },
    );
  });

  it("perWeek 7 is the same as no perWeek", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 900 }), async (grams) => {
        const every = await (await post({ profile: woman, entries: [banana(grams)] })).json();
        const seven = await (await post({ profile: woman, entries: [{ ...banana(grams), perWeek: 7 }] })).json();
        expect(seven.totals).toEqual(every.totals);
      }),
      { numRuns: 25 },
    );
  });
});
