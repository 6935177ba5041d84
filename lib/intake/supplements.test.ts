import { describe, expect, it } from "vitest";
import { analyzeDay, resolveEntries } from "../analysis/analyze";
import type { Profile, Supplement } from "../schema/day";
import { hasPotassiumSupplement, supplementLimitNotes, SUPPLEMENT_PRESETS, upperLimitWarnings } from "./supplements";

// Molar masses worked out here from standard atomic weights, not taken from the module.
const A = { Mg: 24.305, Ca: 40.078, K: 39.098, C: 12.011, H: 1.008, N: 14.007, O: 15.999 };
const MgO = A.Mg + A.O;
const MG3_CITRATE2 = 3 * A.Mg + 2 * (6 * A.C + 5 * A.H + 7 * A.O);
const MG_GLYCINATE2 = A.Mg + 2 * (2 * A.C + 4 * A.H + A.N + 2 * A.O);
const CACO3 = A.Ca + A.C + 3 * A.O;
const K_GLUCONATE = 6 * A.C + 11 * A.H + A.K + 7 * A.O;

describe("supplement presets", () => {
  it.each([
    ["mg-oxide", "magnesium", 400 * (A.Mg / MgO)],
    ["mg-citrate", "magnesium", 500 * ((3 * A.Mg) / MG3_CITRATE2)],
    ["mg-glycinate", "magnesium", 500 * (A.Mg / MG_GLYCINATE2)],
    ["ca-carbonate", "calcium", 1250 * (A.Ca / CACO3)],
    ["ca-citrate", "calcium", 950 * 0.21], // NIH ODS: 21% calcium
    ["k-gluconate", "potassium", 595 * (A.K / K_GLUCONATE)],
  ] as const)("%s holds its elemental %s within 1 mg of the salt's share, and says where that comes from", (id, mineral, expected) => {
    const preset = SUPPLEMENT_PRESETS.find((p) => p.id === id)!;
    expect(Math.abs(preset[mineral] - expected)).toBeLessThan(1);
    expect(preset.source.length).toBeGreaterThan(20);
    for (const other of ["magnesium", "potassium", "calcium"] as const) if (other !== mineral) expect(preset[other]).toBe(0);
  });

  it("covers the forms people take: magnesium citrate, oxide and glycinate, calcium carbonate and citrate, potassium gluconate", () => {
    expect(SUPPLEMENT_PRESETS.map((p) => p.id).sort()).toEqual(["ca-carbonate", "ca-citrate", "k-gluconate", "mg-citrate", "mg-glycinate", "mg-oxide"]);
  });
});

describe("warnings", () => {
  const woman: Profile = { ageYears: 40, sex: "female", lifeStage: null, standard: "us" };
  const analysis = (profile: Profile, supplements: Supplement[], foods: { foodId: string; grams: number }[] = []) => {
    const resolved = resolveEntries(foods);
    if (!resolved.ok) throw new Error("bad day");
    return analyzeDay(profile, resolved.entries, supplements);
  };
  const oxide = (count: number): Supplement => ({ name: "Magnesium oxide", magnesium: 241, potassium: 0, calcium: 0, count });

  it("says magnesium tablets above the UL pass it, in whole mg, and that food does not count", () => {
    const [warning, ...rest] = upperLimitWarnings(analysis(woman, [oxide(2)]));
    expect(rest).toEqual([]);
    expect(warning!.mineral).toBe("magnesium");
    expect(warning!.text).toContain("482 mg a day from your supplements, above the 350 mg upper limit (UL)");
    expect(warning!.text).toContain("Magnesium in food does not count toward it.");
  });

  it("says nothing for a food-only day high in magnesium (300 g pumpkin seeds: 1,776 mg)", () => {
    expect(upperLimitWarnings(analysis(woman, [], [{ foodId: "12014", grams: 300 }]))).toEqual([]);
  });

  it("calls the UK level guidance, not a UL", () => {
    const uk: Profile = { ...woman, standard: "uk" };
    const [warning] = upperLimitWarnings(analysis(uk, [{ name: "Calcium", magnesium: 0, potassium: 0, calcium: 500, count: 4 }]));
    expect(warning!.text).toContain("2,000 mg a day from your supplements, above the 1,500 mg UK guidance level (guidance, not a UL)");
  });

  it("counts food and supplements together for calcium under the US UL", () => {
    const [warning] = upperLimitWarnings(
      analysis(woman, [{ name: "Calcium carbonate", magnesium: 0, potassium: 0, calcium: 500, count: 1 }], [{ foodId: "01079", grams: 1700 }]),
    );
    expect(warning!.text).toContain("2,540 mg a day from food and supplements together, above the 2,500 mg upper limit (UL)");
  });

  it("says beside the supplements the limit they pass, on the part it covers", () => {
    // Two 241 mg tablets: 482 mg from supplements against the US UL of 350 mg for magnesium from supplements.
    expect(supplementLimitNotes(analysis(woman, [oxide(2)], [{ foodId: "12014", grams: 300 }]))).toEqual([
      "Supplements: 482 mg of magnesium a day, above the 350 mg limit for magnesium from supplements. Ask a doctor or pharmacist before taking this much.",
    ]);
    // 1,700 g of 2% milk (120 mg/100 g: 2,040 mg) and a 500 mg tablet: 2,540 mg against the US UL for all calcium.
    expect(supplementLimitNotes(analysis(woman, [{ name: "Ca", magnesium: 0, potassium: 0, calcium: 500, count: 1 }], [{ foodId: "01079", grams: 1700 }]))).toEqual([
      "Food and supplements: 2,540 mg of calcium a day, above the 2,500 mg limit for all calcium; the supplements give 500 mg of it. Ask a doctor or pharmacist before taking this much.",
    ]);
    const uk: Profile = { ...woman, standard: "uk" };
    expect(supplementLimitNotes(analysis(uk, [{ name: "Ca", magnesium: 0, potassium: 0, calcium: 500, count: 4 }]))[0]).toMatch(
      /^Supplements: 2,000 mg of calcium a day, above the 1,500 mg guidance level for calcium from supplements\./,
    );
    expect(supplementLimitNotes(analysis(woman, [oxide(1)]))).toEqual([]);
  });

  it("knows when a potassium supplement is in the day", () => {
    expect(hasPotassiumSupplement([oxide(1)])).toBe(false);
    expect(hasPotassiumSupplement([{ name: "K", magnesium: 0, potassium: 99, calcium: 0, count: 1 }])).toBe(true);
    expect(hasPotassiumSupplement([{ name: "K", magnesium: 0, potassium: 99, calcium: 0, count: 0 }])).toBe(false);
  });
});
