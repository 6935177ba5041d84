// Checks of lib/intake/usual.ts against IOM 2000 (Dietary Reference Intakes: Applications in Dietary Assessment) and
// figures worked out by hand from its formulas; each expected value below is computed in the comment beside it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requirementFor } from "./requirements";
import {
  adequacyFor,
  moreDaysToBeSure,
  normalCdf,
  sdWithinFor,
  zAgainstAdequateIntake,
  zAgainstRequirement,
} from "./usual";
import type { Profile } from "../schema/day";

const woman40: Profile = { ageYears: 40, sex: "female", lifeStage: null, standard: "us" };
const percent = (p: number) => Math.round(p * 100);

describe("the standard normal distribution", () => {
  it("matches a printed z-table", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1)).toBeCloseTo(0.8413, 4);
    expect(normalCdf(-1)).toBeCloseTo(0.1587, 4);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 4);
    expect(normalCdf(1.645)).toBeCloseTo(0.95, 3);
  });
});

describe("IOM 2000 worked examples", () => {
  it("calcium against an AI of 1,000 mg, day-to-day SD 325 mg, mean 1,200 mg (Table 3-2): 73%, 86%, 95%", () => {
    // z = 200 / (325 / √n): 0.615, 1.066, 1.628
    expect(zAgainstAdequateIntake(1200, 1000, 325, 1)).toBeCloseTo(0.615, 3);
    expect(zAgainstAdequateIntake(1200, 1000, 325, 3)).toBeCloseTo(1.066, 3);
    expect(zAgainstAdequateIntake(1200, 1000, 325, 7)).toBeCloseTo(1.628, 3);
    expect([1, 3, 7].map((n) => percent(normalCdf(zAgainstAdequateIntake(1200, 1000, 325, n))))).toEqual([73, 86, 95]);
  });

  it("magnesium, a woman of 40 at the RDA (320 mg) against the EAR 265 mg, SDr 26.5, SD within 86", () => {
    // 3 days: SDD = √(26.5² + 86²/3) = √(702.25 + 2,465.33) = 56.28 (IOM: 56); z = 55 / 56.28 = 0.977 (IOM: about 1, 85%)
    expect(Math.sqrt(26.5 ** 2 + 86 ** 2 / 3)).toBeCloseTo(56.28, 2);
    expect(zAgainstRequirement(320, 265, 26.5, 86, 3)).toBeCloseTo(0.977, 3);
    // 1 day: √(702.25 + 7,396) = 89.99, z = 0.611 → 73%; 7 days: √(702.25 + 1,056.57) = 41.94, z = 1.311 → 91%
    expect(zAgainstRequirement(320, 265, 26.5, 86, 1)).toBeCloseTo(0.611, 3);
    expect(zAgainstRequirement(320, 265, 26.5, 86, 7)).toBeCloseTo(1.311, 3);
    const byDays = [1, 3, 7].map((n) => adequacyFor(woman40, "magnesium", 320, n));
    expect(byDays.map((a) => percent(a.probability))).toEqual([73, 84, 91]);
    expect(byDays.map((a) => a.verdict)).toEqual(["possibly-short", "possibly-short", "likely-adequate"]);
    expect(byDays[1]).toMatchObject({ method: "EAR", reference: 265, sdRequirement: 26.5, sdWithin: 86 });
  });
});

describe("the day-to-day SD table against its source", () => {
  it("women 19–50 hold IOM 2000's figures: magnesium 86 mg (ch. 3: (3,162 − 702) × 3 = 7,380, √ = 85.9), calcium 325 mg", () => {
    expect(Math.sqrt((3162 - 702) * 3)).toBeCloseTo(85.9, 1);
    expect(sdWithinFor(woman40, "magnesium").sd).toBe(86);
    expect(sdWithinFor(woman40, "calcium").sd).toBe(325);
    expect(sdWithinFor({ ...woman40, ageYears: 25 }, "calcium").sd).toBe(325);
  });

  it("other groups are scaled by their US/Canada target, and say so", () => {
    // A man of 40: 86 × 420 / 320 = 112.875; a boy of 15, calcium: 325 × 1,300 / 1,000 = 422.5
    const man = sdWithinFor({ ...woman40, sex: "male" }, "magnesium");
    expect(man.sd).toBeCloseTo(112.875, 6);
    expect(man.source).toContain("scaled");
    expect(sdWithinFor({ ...woman40, sex: "male", ageYears: 15 }, "calcium").sd).toBeCloseTo(422.5, 6);
    // The standard chosen does not change how much a person's eating varies.
    expect(sdWithinFor({ ...woman40, standard: "uk" }, "magnesium").sd).toBe(86);
  });

  it("potassium takes calcium's relative spread: 0.325 × the AI (2,600 mg for a woman) = 845 mg", () => {
    const k = sdWithinFor(woman40, "potassium");
    expect(k.sd).toBeCloseTo(845, 6);
    expect(k.source).toMatch(/no survey figure for potassium/);
  });
});

describe("average requirements by standard", () => {
  it("reads each standard's own EAR or AR, or none where it sets only an AI", () => {
    expect(requirementFor(woman40, "magnesium")).toMatchObject({ amount: 265, sd: 26.5 });
    expect(requirementFor({ ...woman40, ageYears: 60 }, "calcium")).toMatchObject({ amount: 1000, sd: 100 });
    expect(requirementFor({ ...woman40, lifeStage: "pregnant", ageYears: 25 }, "magnesium")).toMatchObject({ amount: 290, sd: 29 });
    expect(requirementFor(woman40, "potassium")).toBeNull();
    expect(requirementFor({ ...woman40, standard: "efsa" }, "calcium")).toMatchObject({ amount: 750, sd: 100 });
    expect(requirementFor({ ...woman40, standard: "efsa", ageYears: 20 }, "calcium")).toMatchObject({ amount: 860, sd: 70 });
    expect(requirementFor({ ...woman40, standard: "efsa" }, "magnesium")).toBeNull();
    expect(requirementFor({ ...woman40, standard: "uk", sex: "male" }, "magnesium")).toMatchObject({ amount: 250, sd: 25 });
    // COMA gives an RNI increment for breastfeeding but no EAR: judged against the RNI, as an AI would be.
    expect(requirementFor({ ...woman40, standard: "uk", lifeStage: "lactating" }, "calcium")).toBeNull();
    expect(adequacyFor({ ...woman40, standard: "uk", lifeStage: "lactating" }, "calcium", 1400, 3)).toMatchObject({ method: "AI", reference: 1250 });
    // No life-stage row in the UK magnesium table: a pregnant woman has the adult EAR.
    expect(requirementFor({ ...woman40, standard: "uk", lifeStage: "pregnant" }, "magnesium")).toMatchObject({ amount: 200 });
  });
});

describe("verdicts", () => {
  it("against an AI the answer is never short", () => {
    const low = adequacyFor(woman40, "potassium", 1000, 14);
    expect(low).toMatchObject({ method: "AI", reference: 2600, sdRequirement: null, verdict: "cannot-tell" });
    expect(low.probability).toBeLessThan(0.001);
    expect(adequacyFor(woman40, "potassium", 3600, 3).verdict).toBe("likely-adequate"); // z = 1,000 / (845/√3) = 2.05
  });

  it("well under the requirement is likely short, near it possibly short", () => {
    expect(adequacyFor(woman40, "magnesium", 150, 3).verdict).toBe("likely-short"); // z = −115 / 56.28 = −2.04
    // One day is never enough to call an intake short: the same 150 mg on one day (z = −1.28, 10%) may be short.
    expect(adequacyFor(woman40, "magnesium", 150, 1)).toMatchObject({ verdict: "possibly-short" });
    expect(adequacyFor(woman40, "magnesium", 150, 1).probability).toBeCloseTo(0.1009, 3);
    const atEar = adequacyFor(woman40, "magnesium", 265, 3);
    expect(atEar.verdict).toBe("possibly-short");
    expect(atEar.probability).toBeCloseTo(0.5, 6);
  });

  it("says how many more days would make the answer surer: to a 'likely' verdict, then to 95%", () => {
    // Mean 350, above the target: the day-to-day SD grows with it, 86 × 350/320 = 94.06. 3 days: √(702.25 +
    // 8,847.75/3) = 60.43, z = 1.407, 92.0% (likely adequate); 4 days 94.2%; 5 days √(702.25 + 1,769.55) = 49.72,
    // z = 1.710, 95.6%: 2 more days.
    expect(adequacyFor(woman40, "magnesium", 350, 3).sdWithin).toBeCloseTo(94.0625, 6);
    expect(moreDaysToBeSure(woman40, "magnesium", 350, 3)).toBe(2);
    // At the RDA, 3 days give 83.6% (may be short); 4 days √(702.25 + 7,396/4) = 50.51, z = 1.089, 86.2%: 1 more day.
    expect(moreDaysToBeSure(woman40, "magnesium", 320, 3)).toBe(1);
    // At the EAR it is 50% however many days: more days will not settle it.
    expect(moreDaysToBeSure(woman40, "magnesium", 265, 3)).toBeNull();
    expect(moreDaysToBeSure(woman40, "magnesium", 500, 3)).toBeNull(); // already sure
    expect(moreDaysToBeSure(woman40, "potassium", 1000, 3)).toBeNull(); // under an AI: more days never show adequacy
  });
});

describe("properties", () => {
  it("for a mean above the reference, the probability rises with the number of days", () => {
    fc.assert(
      fc.property(fc.constantFrom("magnesium", "potassium", "calcium" as const), fc.double({ min: 1.01, max: 3, noNaN: true }), fc.integer({ min: 1, max: 13 }), (mineral, over, n) => {
        const reference = adequacyFor(woman40, mineral, 1, 1).reference;
        const mean = reference * over;
        expect(adequacyFor(woman40, mineral, mean, n + 1).probability).toBeGreaterThanOrEqual(adequacyFor(woman40, mineral, mean, n).probability);
      }),
    );
  });
});
