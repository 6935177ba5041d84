import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { analyzeDay, resolveEntries } from "./analyze";
import { AnalyzeRequestSchema, type EntryInput } from "../schema/analysis";
import type { Profile, Supplement } from "../schema/day";

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
    // Calcium toward the target: almonds' 75.32 mg count × 0.454 (Weaver 1999, 21.2% at 80 mg vs milk 46.66%) =
    // 34.19528; banana and milk as on the label: 5.9 + 275.72 + 34.19528 = 315.81528.
    expect(result.calciumCounted).toBeCloseTo(315.82, 2);
    expect(result.gaps).toEqual({ magnesium: 188.14, potassium: 1650.24, calcium: 684.1847 });
    expect(result.percent.magnesium).toBeCloseTo((131.86 / 320) * 100, 3);
    expect(result.percent.potassium).toBeCloseTo((949.76 / 2600) * 100, 3);
    expect(result.percent.calcium).toBeCloseTo((315.81528 / 1000) * 100, 2);
    expect(result.status).toEqual({ magnesium: "below", potassium: "below", calcium: "below" });
    expect(result.contributions[0]).toEqual({ foodId: "09040", name: "Bananas, raw", everydayName: "Banana", britishName: "Banana", grams: 118, magnesium: 31.86, potassium: 422.44, calcium: 5.9, calciumCounted: 5.9 });
    expect(result.contributions[2]!.calciumCounted).toBeCloseTo(34.2, 2);
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
    // Toward the calcium target raw spinach's 99 mg count × 0.185 (Heaney 1988: 5.1% vs milk 27.6%) = 18.315:
    // 179.5 + 13.8 + 18.315 = 211.615, a gap of 788.385.
    expect(result.gaps).toEqual({ magnesium: 143.4, potassium: 2479.3, calcium: 788.385 });
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

// ---- Issue 11: incomplete totals, supplements, limits, calcium as absorbed -----------------------------------
// Expected values worked out by hand from SR28 (per 100 g): banana 09040 Mg 27, K 358, Ca 5; Pinot Noir 14099 no
// Mg, K or Ca; Velveeta cheese spread 01191 Ca 466, K 335, no Mg; pumpkin seeds 12014 Mg 592; spinach, cooked 11458
// Ca 136; milk 2% 01079 Ca 120.
const at = (ageYears: number, standard: Profile["standard"] = "us", sex: Profile["sex"] = "female"): Profile => ({ ageYears, sex, lifeStage: null, standard });
const day = (profile: Profile, entries: { foodId: string; grams: number }[], supplements: Supplement[] = []) => {
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error("bad test day");
  return analyzeDay(profile, resolved.entries, supplements);
};
const pill = (name: string, mg: Partial<Record<"magnesium" | "potassium" | "calcium", number>>, count = 1): Supplement => ({
  name,
  magnesium: mg.magnesium ?? 0,
  potassium: mg.potassium ?? 0,
  calcium: mg.calcium ?? 0,
  count,
});

describe("incomplete totals", () => {
  it("flags each mineral a food of the day has no value for, and keeps the known part as the total", () => {
    const a = day(at(35), [
      { foodId: "09040", grams: 118 },
      { foodId: "14099", grams: 150 },
      { foodId: "01191", grams: 28 },
    ]);
    expect(a.complete).toEqual({ magnesium: false, potassium: false, calcium: false });
    expect(a.totals.magnesium).toBeCloseTo(31.86, 6); // 27 × 1.18; wine and cheese spread unknown
    expect(a.totals.potassium).toBeCloseTo(422.44 + 93.8, 6); // 358 × 1.18 + 335 × 0.28
    expect(a.totals.calcium).toBeCloseTo(5.9 + 130.48, 6); // 5 × 1.18 + 466 × 0.28
  });

  it("is complete when every food has every value, and for supplements", () => {
    const a = day(at(35), [{ foodId: "09040", grams: 118 }], [pill("Magnesium citrate", { magnesium: 100 })]);
    expect(a.complete).toEqual({ magnesium: true, potassium: true, calcium: true });
  });

  it("is complete for magnesium only when the one food lacking a value lacks another mineral", () => {
    const a = day(at(35), [{ foodId: "01191", grams: 28 }]);
    expect(a.complete).toEqual({ magnesium: false, potassium: true, calcium: true });
  });
});

describe("supplements", () => {
  it("add mg per unit × units a day to the totals, and say how much came from them", () => {
    const a = day(at(35), [{ foodId: "09040", grams: 118 }], [
      pill("Magnesium citrate", { magnesium: 100 }, 2),
      pill("Calcium carbonate", { calcium: 500 }, 1),
      pill("Potassium gluconate", { potassium: 99 }, 0.5),
    ]);
    expect(a.fromSupplements).toEqual({ magnesium: 200, potassium: 49.5, calcium: 500 });
    expect(a.totals.magnesium).toBeCloseTo(31.86 + 200, 6);
    expect(a.totals.potassium).toBeCloseTo(422.44 + 49.5, 6);
    expect(a.totals.calcium).toBeCloseTo(5.9 + 500, 6);
    expect(a.gaps.calcium).toBeCloseTo(1000 - 505.9, 6);
  });

  it("count none when taken zero times a day", () => {
    expect(day(at(35), [], [pill("Magnesium oxide", { magnesium: 241 }, 0)]).fromSupplements.magnesium).toBe(0);
  });
});

describe("upper limits: which intake they judge", () => {
  it("magnesium (US, 350 mg from supplements from 9 years): tablets above it are flagged, food never is", () => {
    // 300 g of pumpkin seeds: 1,776 mg of magnesium from food, no warning.
    expect(day(at(35), [{ foodId: "12014", grams: 300 }]).status.magnesium).toBe("meets");
    expect(day(at(35), [], [pill("Magnesium oxide", { magnesium: 241 }, 2)]).status.magnesium).toBe("above-upper-limit"); // 482 > 350
    expect(day(at(35), [], [pill("Magnesium oxide", { magnesium: 241 }, 1)]).status.magnesium).toBe("below"); // 241 ≤ 350
    expect(day(at(35), [{ foodId: "12014", grams: 300 }], [pill("Magnesium glycinate", { magnesium: 100 }, 3)]).status.magnesium).toBe("meets"); // 300 ≤ 350
  });

  it("magnesium for a child of 5 (US UL 110 mg) and of 3 under EFSA (no UL below 4 years)", () => {
    expect(day(at(5), [], [pill("Chewable", { magnesium: 60 }, 2)]).status.magnesium).toBe("above-upper-limit"); // 120 > 110
    expect(day(at(3, "efsa"), [], [pill("Chewable", { magnesium: 60 }, 5)]).status.magnesium).toBe("meets"); // 300 ≥ AI 170, no UL
    expect(day(at(30, "efsa"), [], [pill("Magnesium", { magnesium: 130 }, 2)]).status.magnesium).toBe("above-upper-limit"); // 260 > 250
  });

  it("calcium under US and EFSA rules counts food and supplements together", () => {
    // 1,700 g of 2% milk: 2,040 mg; with a 500 mg tablet, 2,540 mg > 2,500 (US, 19-50 years).
    expect(day(at(35), [{ foodId: "01079", grams: 1700 }]).status.calcium).toBe("meets");
    expect(day(at(35), [{ foodId: "01079", grams: 1700 }], [pill("Calcium carbonate", { calcium: 500 })]).status.calcium).toBe("above-upper-limit");
    // From 51 the US UL is 2,000 mg: the milk alone passes it.
    expect(day(at(60), [{ foodId: "01079", grams: 1700 }]).status.calcium).toBe("above-upper-limit");
  });

  it("UK guidance levels judge supplements alone: calcium 1,500 mg, potassium 3,700 mg (not given from 65)", () => {
    expect(day(at(40, "uk"), [{ foodId: "01079", grams: 2500 }]).status.calcium).toBe("meets"); // 3,000 mg of food
    expect(day(at(40, "uk"), [], [pill("Calcium carbonate", { calcium: 500 }, 4)]).status.calcium).toBe("above-upper-limit"); // 2,000 > 1,500
    expect(day(at(40, "uk"), [], [pill("Potassium", { potassium: 1000 }, 4)]).status.potassium).toBe("above-upper-limit"); // 4,000 > 3,700
    expect(day(at(70, "uk"), [], [pill("Potassium", { potassium: 1000 }, 4)]).status.potassium).toBe("meets"); // no level shown; 4,000 ≥ 3,500
  });
});

describe("calcium as absorbed", () => {
  it("counts spinach's calcium at about a sixth of milk's and a supplement's like milk's", () => {
    // 180 g cooked spinach: 244.8 mg on the label × (0.051 / 0.276, Heaney 1988) = 45.2; a 500 mg tablet counts 500.
    const a = day(at(35), [{ foodId: "11458", grams: 180 }], [pill("Calcium carbonate", { calcium: 500 })]);
    expect(a.totals.calcium).toBeCloseTo(744.8, 6);
    expect(a.calciumAbsorbable).toBeCloseTo(244.8 * (0.051 / 0.276) + 500, 0);
  });

  it("equals label calcium for milk", () => {
    const a = day(at(35), [{ foodId: "01079", grams: 244 }]);
    expect(a.calciumAbsorbable).toBeCloseTo(a.totals.calcium, 6);
  });
});

describe("how often: an entry eaten some days a week", () => {
  it("counts perWeek ÷ 7 of it in the typical day: a banana twice a week, two bananas half the week", () => {
    // 09040 banana, Mg 27, K 358, Ca 5 per 100 g. 118 g × 2/7 = 33.7143 g: Mg 9.1029, K 120.6971, Ca 1.6857.
    const twice = analyze(woman35, [{ foodId: "09040", grams: 118, perWeek: 2 }]);
    expect(twice.contributions[0]!.grams).toBeCloseTo(33.7143, 4);
    expect(twice.totals.magnesium).toBeCloseTo(9.1029, 4);
    expect(twice.totals.potassium).toBeCloseTo(120.6971, 4);
    expect(twice.totals.calcium).toBeCloseTo(1.6857, 4);
    // 2 × 1 medium (118 g) on 3.5 days a week = 236 × 0.5 = 118 g a typical day.
    const half = analyze(woman35, [{ foodId: "09040", amount: 2, portion: '1 medium (7" to 7-7/8" long)', perWeek: 3.5 }]);
    expect(half.contributions[0]!.grams).toBeCloseTo(118, 6);
  });

  it("perWeek 7 is the same as saying nothing, for any food and amount", () => {
    const ids = ["09040", "01079", "12061", "11458", "18075"];
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.double({ min: 1, max: 2000, noNaN: true }), (foodId, grams) => {
        const every = analyze(woman35, [{ foodId, grams, perWeek: 7 }]);
        const unsaid = analyze(woman35, [{ foodId, grams }]);
        expect(every).toEqual(unsaid);
      }),
      { numRuns: 100 },
    );
  });
});
