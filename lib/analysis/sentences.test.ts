import { describe, expect, it } from "vitest";
import { analyzeDay, resolveEntries } from "./analyze";
import { atLeastNote, atLeastSentence, fromSupplementsNote, targetHeld, targetKindsNotes, targetNotes, upperLimitText, usualSentence } from "./sentences";
import { usualOfOneDay } from "../intake/usual";
import { AI_SENTENCE, RDA_SENTENCE } from "../intake/intakes";
import { adequacyFor, moreDaysToBeSure } from "../intake/usual";
import type { Analysis, EntryInput, Mineral } from "../schema/analysis";
import type { Profile, Supplement } from "../schema/day";

// Expected values by hand from data/foods.json (SR28): almonds 12061, Pinot Noir 14099 (no Mg, K or Ca value),
// banana 09040 (Mg 27 K 358 Ca 5; no gap in its values). Targets (US, female 35): Mg 320 RDA, K 2,600 AI, Ca 1,000 RDA.
const FEMALE_35: Profile = { ageYears: 35, sex: "female", lifeStage: null, standard: "us" };
const UK_35: Profile = { ...FEMALE_35, standard: "uk" };
const MG_CITRATE_TWICE: Supplement = { name: "Magnesium citrate", magnesium: 81, potassium: 0, calcium: 0, count: 2 };
const K_GLUCONATE: Supplement = { name: "Potassium gluconate", magnesium: 0, potassium: 99, calcium: 0, count: 1 };

function analysisOf(entries: EntryInput[], supplements: Supplement[] = [], profile: Profile = FEMALE_35) {
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
  return analyzeDay(profile, resolved.entries, supplements);
}
const ALMONDS = { foodId: "12061", grams: 30 };
const WINE = { foodId: "14099", grams: 147 };

describe("fromSupplementsNote", () => {
  it("says how much of the totals supplements give: magnesium citrate 81 mg × 2, potassium gluconate 99 mg × 1", () => {
    expect(fromSupplementsNote(analysisOf([ALMONDS], [MG_CITRATE_TWICE, K_GLUCONATE]))).toBe(
      "Of these totals, supplements give 162 mg of magnesium and 99 mg of potassium.",
    );
  });
  it("is null without supplements", () => expect(fromSupplementsNote(analysisOf([ALMONDS]))).toBeNull());
});

describe("the at-least note", () => {
  it("names the food without a value, once for the minerals it lacks", () => {
    const analysis = analysisOf([ALMONDS, WINE]);
    expect(atLeastNote(analysis)).toEqual({
      lead: "Totals are at least what is shown:",
      text: "USDA has no value for magnesium, potassium and calcium in Alcoholic Beverage, wine, table, red, Pinot Noir. Unknown is not counted as zero: the true total may be higher and the gap smaller.",
    });
    expect(atLeastSentence(analysis)).toBe(
      "Totals are at least what is shown: USDA has no value for magnesium, potassium and calcium in Alcoholic Beverage, wine, table, red, Pinot Noir. Unknown is not counted as zero: the true total may be higher and the gap smaller.",
    );
  });
  it("is null when every value is known", () => {
    expect(atLeastNote(analysisOf([ALMONDS]))).toBeNull();
    expect(atLeastSentence(analysisOf([ALMONDS]))).toBeNull();
  });
});

describe("targets and their limits", () => {
  it("says each target's kind in words, its group and source, and what each upper limit counts", () => {
    const notes = targetNotes(analysisOf([ALMONDS]));
    expect(notes.map((n) => n.label)).toEqual(["Magnesium", "Potassium", "Calcium"]);
    expect(notes[0]!.target).toMatch(/^320 mg a day, the Recommended Dietary Allowance \(RDA\) for females, 31\+ years\. Source: NASEM .*1997/);
    expect(notes[0]!.upperLimit).toBe(
      "Magnesium upper limit: 350 mg a day, the tolerable upper intake level (UL), from supplements and medicines only: magnesium in food does not count toward it, so a food total above it is not a warning. Source: NASEM 1997: UL for magnesium from supplements and medicines, not from food.",
    );
    expect(notes[1]!.target).toMatch(/^2,600 mg a day, the Adequate Intake \(AI\) for females, 19\+ years\. Source: NASEM 2019/);
    expect(notes[1]!.upperLimit).toBe("Potassium: no upper limit is set for this group under this standard (none for potassium from food).");
    expect(notes[2]!.upperLimit).toBe(
      "Calcium upper limit: 2,500 mg a day, the tolerable upper intake level (UL), from food and supplements together. Source: NASEM 2011: UL for calcium from food and supplements together.",
    );
  });

  it("calls UK levels guidance, not a UL, without saying so twice", () => {
    expect(upperLimitText("magnesium", analysisOf([ALMONDS], [], UK_35).targets.magnesium)).toBe(
      "Magnesium upper limit: 400 mg a day, a UK guidance level (guidance, not a tolerable upper limit), from supplements and medicines only: magnesium in food does not count toward it, so a food total above it is not a warning. Source: Expert Group on Vitamins and Minerals 2003: safe upper level for supplemental magnesium, adults.",
    );
  });

  it("says what an RDA and an AI mean only where a target is one (UK: all three are RNIs)", () => {
    expect(targetKindsNotes(analysisOf([ALMONDS]))).toEqual([RDA_SENTENCE, AI_SENTENCE]);
    expect(targetKindsNotes(analysisOf([ALMONDS], [], UK_35))).toEqual([RDA_SENTENCE]);
  });
});

describe("a held potassium target", () => {
  it("is potassium's alone, and only with a condition", () => {
    expect(targetHeld("potassium", ["kidney-disease"])).toBe(true);
    expect(targetHeld("potassium", ["potassium-raising-medicine"])).toBe(true);
    expect(targetHeld("potassium", [])).toBe(false);
    expect(targetHeld("magnesium", ["kidney-disease"])).toBe(false);
    expect(targetHeld("calcium", ["kidney-disease", "potassium-raising-medicine"])).toBe(false);
  });
});

describe("how sure the days are, in words", () => {
  const woman40: Profile = { ageYears: 40, sex: "female", lifeStage: null, standard: "us" };
  const judged = (mineral: Mineral, mean: number, days: number) => ({ ...adequacyFor(woman40, mineral, mean, days), moreDays: moreDaysToBeSure(woman40, mineral, mean, days) });

  it("says how likely the usual intake is enough, and how many more days would settle it", () => {
    // Mg 350 over 3 days: 92.0%; 2 more days give 95.6% (lib/intake/usual.test.ts).
    expect(usualSentence("magnesium", judged("magnesium", 350, 3), 350, 3, "RDA")).toBe(
      "3 days averaging 350 mg: about 92% likely your usual magnesium is enough; 2 more days would make the answer surer.",
    );
    // At the EAR: 50%, and 14 days would not settle it.
    expect(usualSentence("magnesium", judged("magnesium", 265, 3), 265, 3, "RDA")).toBe(
      "3 days averaging 265 mg: about 50% likely your usual magnesium is enough, so it may be short; more days would not settle it, as the average is close to the average requirement.",
    );
    // One day at 100 mg: z = −165 / √(702.25 + 7,396) = −165 / 89.99 = −1.83, 3.3%; one day never says "probably
    // short"; two days (√(702.25 + 3,698) = 66.33, z = −2.49) would.
    expect(usualSentence("magnesium", judged("magnesium", 100, 1), 100, 1, "RDA")).toBe(
      "1 day at 100 mg: about 3% likely your usual magnesium is enough, so it may be short; 1 more day would make the answer surer.",
    );
    expect(usualSentence("magnesium", judged("magnesium", 100, 3), 100, 3, "RDA")).toBe(
      "3 days averaging 100 mg: only under 1% likely your usual magnesium is enough, so it is probably short.",
    );
  });

  it("never calls an intake under an AI short", () => {
    const text = usualSentence("potassium", judged("potassium", 1500, 7), 1500, 7, "AI");
    expect(text).toBe(
      "7 days averaging 1,500 mg: the days can't tell whether your usual potassium is enough. They are under 1% sure it reaches the Adequate Intake (2,600 mg), which is not a requirement: being under it does not show a shortfall.",
    );
    expect(text).not.toMatch(/short\b(?!fall)/);
    // The UK's potassium RNI is judged the same way, and named for what it is.
    expect(usualSentence("potassium", judged("potassium", 1500, 7), 1500, 7, "RNI")).toContain("the Reference Nutrient Intake (2,600 mg), which covers nearly everyone: being under it does not by itself show a shortfall");
    expect(usualSentence("potassium", judged("potassium", 642, 1), 642, 1, "AI")).toMatch(/^1 day at 642 mg: one day can't tell whether your usual potassium is enough\. It is about 1% sure/); // z = −1,958 / 845 = −2.32: 1.0%
  });

  it("judges one day with n = 1", () => {
    const analysis = { totals: { magnesium: 320, potassium: 2600, calcium: 1000 }, calciumCounted: 900 } as Analysis;
    const one = usualOfOneDay(woman40, analysis, "Day 1");
    expect(one.days).toBe(1);
    // Ca judged as counted: 900 against the EAR 800, SDr 100, SD within 325: z = 100 / 340.04 = 0.294
    expect(one.adequacy.calcium.z).toBeCloseTo(0.294, 3);
    // At the RDA one day is 73% likely enough; 4 days reach 86.2%, a "likely": 3 more days.
    expect(one.adequacy.magnesium.moreDays).toBe(3);
  });
});
