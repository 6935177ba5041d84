import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyzeDay, resolveEntries } from "./analyze";
import { AnalyzeRequestSchema, type EntryInput, type Profile } from "./schema";

const woman35: Profile = { ageYears: 35, sex: "female", lifeStage: null, standard: "us" };
const man25: Profile = { ageYears: 25, sex: "male", lifeStage: null, standard: "us" };
const woman60: Profile = { ageYears: 60, sex: "female", lifeStage: null, standard: "us" };

function analyze(profile: Profile, entries: EntryInput[]) {
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
  return analyzeDay(profile, resolved.entries);
}

// Every figure below is computed by hand from SR28 per-100 g values: mg = grams / 100 x value.
describe("analysis arithmetic against USDA figures", () => {
  it("a breakfast of banana, milk and almonds for a woman of 35", () => {
    // 09040 banana 118 g: Mg 27, K 358, Ca 5 -> 31.86, 422.44, 5.9
    // 01077 whole milk 244 g: Mg 10, K 132, Ca 113 -> 24.4, 322.08, 275.72
    // 12061 almonds 28 g: Mg 270, K 733, Ca 269 -> 75.6, 205.24, 75.32
    const result = analyze(woman35, [
      { foodId: "09040", grams: 118 },
      { foodId: "01077", grams: 244 },
      { foodId: "12061", grams: 28 },
    ]);
    expect(result.totals).toEqual({ magnesium: 131.86, potassium: 949.76, calcium: 356.94 });
    expect(result.gaps).toEqual({ magnesium: 188.14, potassium: 1650.24, calcium: 643.06 });
    expect(result.percent.magnesium).toBeCloseTo((131.86 / 320) * 100, 3);
    expect(result.percent.potassium).toBeCloseTo((949.76 / 2600) * 100, 3);
    expect(result.percent.calcium).toBeCloseTo((356.94 / 1000) * 100, 3);
    expect(result.status).toEqual({ magnesium: "below", potassium: "below", calcium: "below" });
    expect(result.contributions[0]).toEqual({ foodId: "09040", name: "Bananas, raw", grams: 118, magnesium: 31.86, potassium: 422.44, calcium: 5.9 });
    expect(result.missing).toEqual([]);
    expect(result.targets.magnesium).toMatchObject({ amount: 320, kind: "RDA", upperLimit: 350, upperLimitAppliesTo: "supplements" });
    expect(result.targets.potassium).toMatchObject({ amount: 2600, kind: "AI", upperLimit: null, upperLimitAppliesTo: null });
    expect(result.targets.calcium).toMatchObject({ amount: 1000, kind: "RDA", upperLimit: 2500, upperLimitAppliesTo: "diet" });
  });

  it("a day with a food USDA never analysed for magnesium: counted as unknown, and listed", () => {
    // 01188 cheese sauce 50 g: Ca 359 -> 179.5, Mg unknown, K 240 -> 120
    // 12014 pumpkin seeds 30 g: Mg 592, K 809, Ca 46 -> 177.6, 242.7, 13.8
    // 11457 spinach 100 g: Mg 79, K 558, Ca 99
    const result = analyze(man25, [
      { foodId: "01188", grams: 50 },
      { foodId: "12014", grams: 30 },
      { foodId: "11457", grams: 100 },
    ]);
    expect(result.totals).toEqual({ magnesium: 256.6, potassium: 920.7, calcium: 292.3 });
    expect(result.gaps).toEqual({ magnesium: 143.4, potassium: 2479.3, calcium: 707.7 });
    expect(result.contributions[0]!.magnesium).toBeNull();
    expect(result.missing).toEqual([{ foodId: "01188", name: "KRAFT CHEEZ WHIZ Pasteurized Process Cheese Sauce", nutrients: ["magnesium"] }]);
  });

  it("household portions: two medium bananas and a cup of milk", () => {
    // 2 x 118 g banana = 236 g: Mg 63.72, K 844.88, Ca 11.8
    // 01077 whole milk, "1 cup" = 244 g: Mg 24.4, K 322.08, Ca 275.72
    const result = analyze(woman35, [
      { foodId: "09040", amount: 2, portion: '1 medium (7" to 7-7/8" long)' },
      { foodId: "01077", amount: 1, portion: "cup" },
    ]);
    expect(result.contributions.map((c) => c.grams)).toEqual([236, 244]);
    expect(result.totals).toEqual({ magnesium: 88.12, potassium: 1166.96, calcium: 287.52 });
  });

  it("food above the magnesium UL is no warning; calcium above the UL for the whole diet is", () => {
    // 12014 pumpkin seeds 100 g: 592 mg Mg (UL 350 is for supplements only)
    // 01009 cheddar 300 g: 710 x 3 = 2130 mg Ca (UL 2000 for a woman of 60)
    const result = analyze(woman60, [
      { foodId: "12014", grams: 100 },
      { foodId: "01009", grams: 300 },
    ]);
    expect(result.totals.magnesium).toBe(592 + 81);
    expect(result.totals.calcium).toBe(46 + 2130);
    expect(result.status.magnesium).toBe("meets");
    expect(result.status.calcium).toBe("above-upper-limit");
    expect(result.gaps).toEqual({ magnesium: 0, potassium: 2600 - 809 - 228, calcium: 0 });
  });

  it("an empty day has zero totals and the whole target as its gap", () => {
    const result = analyze(man25, []);
    expect(result.totals).toEqual({ magnesium: 0, potassium: 0, calcium: 0 });
    expect(result.gaps).toEqual({ magnesium: 400, potassium: 3400, calcium: 1000 });
    expect(result.percent).toEqual({ magnesium: 0, potassium: 0, calcium: 0 });
  });

  it("totals equal the sum of contributions and gaps are never negative, for any day", () => {
    const ids = ["09040", "01077", "12061", "12014", "01188", "11457", "01009", "20010"];
    fc.assert(
      fc.property(
        fc.array(fc.record({ foodId: fc.constantFrom(...ids), grams: fc.double({ min: 0.1, max: 10_000, noNaN: true }) }), { maxLength: 30 }),
        (entries) => {
          const result = analyze(woman35, entries);
          for (const mineral of ["magnesium", "potassium", "calcium"] as const) {
            const sum = result.contributions.reduce((s, c) => s + (c[mineral] ?? 0), 0);
            expect(result.totals[mineral]).toBeCloseTo(sum, 2);
            expect(result.gaps[mineral]).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});

describe("resolving entries", () => {
  it("names unknown foods and unknown portions, listing the portions there are", () => {
    const resolved = resolveEntries([
      { foodId: "99999", grams: 10 },
      { foodId: "09040", amount: 1, portion: "bunch" },
    ]);
    expect(resolved.ok).toBe(false);
    if (resolved.ok) return;
    expect(resolved.issues[0]).toMatchObject({ path: ["entries", 0, "foodId"], message: expect.stringContaining("99999") });
    expect(resolved.issues[1]!.message).toContain('"1 medium (7" to 7-7/8" long)"');
  });

  it("accepts a portion by its unit alone, ignoring case", () => {
    const resolved = resolveEntries([{ foodId: "09040", amount: 1.5, portion: "Cup, Sliced" }]);
    expect(resolved.ok && resolved.entries[0]!.grams).toBe(225);
  });
});

describe("the analyze request schema", () => {
  const valid = { profile: { ageYears: 35, sex: "female" }, entries: [{ foodId: "09040", grams: 118 }] };

  it("defaults lifeStage to null and standard to us", () => {
    expect(AnalyzeRequestSchema.parse(valid).profile).toEqual({ ageYears: 35, sex: "female", lifeStage: null, standard: "us" });
  });

  it.each([
    ["age 0", { ...valid, profile: { ageYears: 0, sex: "female" } }],
    ["age 121", { ...valid, profile: { ageYears: 121, sex: "female" } }],
    ["age 30.5", { ...valid, profile: { ageYears: 30.5, sex: "female" } }],
    ["sex other", { ...valid, profile: { ageYears: 30, sex: "other" } }],
    ["pregnant man", { ...valid, profile: { ageYears: 30, sex: "male", lifeStage: "pregnant" } }],
    ["pregnant at 60", { ...valid, profile: { ageYears: 60, sex: "female", lifeStage: "pregnant" } }],
    ["standard who", { ...valid, profile: { ageYears: 30, sex: "female", standard: "who" } }],
    ["negative grams", { ...valid, entries: [{ foodId: "09040", grams: -5 }] }],
    ["11 kg", { ...valid, entries: [{ foodId: "09040", grams: 11_000 }] }],
    ["grams as text", { ...valid, entries: [{ foodId: "09040", grams: "100" }] }],
    ["bad id", { ...valid, entries: [{ foodId: "9040", grams: 100 }] }],
    ["grams and portion", { ...valid, entries: [{ foodId: "09040", grams: 100, amount: 1, portion: "cup" }] }],
    ["501 entries", { ...valid, entries: Array.from({ length: 501 }, () => ({ foodId: "09040", grams: 1 })) }],
    ["no entries", { profile: valid.profile }],
  ])("rejects %s", (_name, body) => {
    expect(AnalyzeRequestSchema.safeParse(body).success).toBe(false);
  });
});
