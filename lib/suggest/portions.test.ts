// Servings by age and appetite. Expected values by hand: the shares from lib/intake/portions.ts's sources (DGA
// 2020–2025: ½ at 1–3 years, ¾ at 4–8, an adult's from 9; ¾ for a small appetite), grams from the article foods'
// servings (data/article-foods.json) and SR28 (12195 almond butter: Ca 347, Mg 279, K 748 mg per 100 g).
import { describe, expect, it } from "vitest";
import { analyzeDay, resolveEntries } from "../analysis/analyze";
import { articleFoods, type Candidate } from "../food/article-foods";
import { servingShare } from "../intake/portions";
import type { EntryInput } from "../schema/analysis";
import type { Profile } from "../schema/day";
import { portionsFor, portionsNote, scaledCount, sizedFor } from "./portions";
import { suggest } from "./suggest";

const food = (name: string): Candidate => articleFoods().find((c) => c.name === name)!;
const child = (ageYears: number, appetite: Profile["appetite"] = "usual"): Profile => ({ ageYears, sex: "female", lifeStage: null, standard: "us", appetite });

describe("a serving's share", () => {
  it("is half an adult's at 1–3, three-quarters at 4–8, an adult's from 9; three-quarters again for a small appetite", () => {
    expect([1, 2, 3, 4, 8, 9, 13, 40].map((age) => servingShare(age))).toEqual([0.5, 0.5, 0.5, 0.75, 0.75, 1, 1, 1]);
    expect(servingShare(40, "small")).toBe(0.75);
    expect(servingShare(3, "small")).toBe(0.375);
  });
});

describe("amounts people say", () => {
  it("rounds pieces to whole ones, a banana or slice to halves, cups and spoons to quarters", () => {
    expect(scaledCount(4, "", 0.5)).toBe(2); // 4 prunes → 2
    expect(scaledCount(10, "", 0.75)).toBe(7); // 10 apricot halves → 7.5 → 7: halfway goes down
    expect(scaledCount(0.5, "", 0.5)).toBe(0.25); // half an avocado → a quarter
    expect(scaledCount(1, "medium", 0.5)).toBe(0.5); // half a banana
    expect(scaledCount(1, "medium", 0.75)).toBe(0.5); // ¾ of a banana is no amount anyone cuts: half of one
    expect(scaledCount(1, "medium", 0.8)).toBe(1);
    expect(scaledCount(1, "cup", 0.5)).toBe(0.5);
    expect(scaledCount(0.5, "cup", 0.75)).toBe(0.25); // ⅜ cup tofu is no amount anyone measures: ¼ cup, not ½
    expect(scaledCount(3, "", 0.5)).toBe(1); // 3 garlic cloves → 1.5 → 1
    expect(scaledCount(0.25, "cup", 0.5)).toBe(0.125); // ⅛ cup parsley
  });

  it("sizes a child's milk at half a cup, with its minerals", () => {
    const milk = sizedFor(food("Milk"), portionsFor(child(3)));
    expect(milk.serving).toEqual({ grams: 122, label: "½ cup milk (122 g)" });
    // SR28 01079: Ca 120 mg/100 g → 146.4 mg in 122 g.
    expect(milk.perServing.calcium).toBeCloseTo(146.4, 6);
    expect(milk.minServings).toBe(1);
  });

  it("gives a child under 5 almond butter, not almonds", () => {
    const almonds = sizedFor(food("Almonds"), portionsFor(child(3)));
    expect(almonds.foodId).toBe("12195");
    expect(almonds.name).toBe("Almond butter");
    expect(almonds.articleTerm).toBe("almonds");
    expect(almonds.serving).toEqual({ grams: 8, label: "½ tbsp almond butter, spread thinly (8 g)" });
    expect(almonds.perServing.calcium).toBeCloseTo(27.76, 6); // 347 × 0.08
    expect(sizedFor(food("Almonds"), portionsFor(child(5))).foodId).toBe("12061");
    expect(sizedFor(food("Pumpkin seeds"), portionsFor(child(4))).name).toBe("Ground pumpkin seeds");
  });

  it("gives a child under 5 chopped dried fruit and grated apple, in a child's serving", () => {
    // ¼ cup chopped dried apricots (SR28 09032: 1 cup of halves 130 g → 32.5 g), half for a 3-year-old: ⅛ cup, 16.3 g.
    expect(sizedFor(food("Dried apricots"), portionsFor(child(3))).serving).toEqual({ grams: 16.3, label: "⅛ cup chopped dried apricots (16 g)" });
    // 4 prunes → 2 for a 3-year-old, chopped: 19 g.
    expect(sizedFor(food("Prunes"), portionsFor(child(3))).serving).toEqual({ grams: 19, label: "2 prunes, chopped (19 g)" });
    expect(sizedFor(food("Apple"), portionsFor(child(2))).serving.label).toBe("½ medium apple, grated (91 g)");
    expect(sizedFor(food("Raisins"), portionsFor(child(4))).name).toBe("Raisins, chopped");
    expect(sizedFor(food("Raisins"), portionsFor(child(5))).name).toBe("Raisins");
  });

  it("leaves an adult's usual servings as they are", () => {
    const banana = food("Banana");
    expect(sizedFor(banana, portionsFor({ ...child(40) }))).toBe(banana);
  });
});

describe("the note on servings", () => {
  it("says what the servings are sized for, and why no whole nuts", () => {
    expect(portionsNote(child(3), true)).toBe(
      "Servings are sized for a child of 3 (½ of an adult's, from the Dietary Guidelines for Americans 2020–2025). Under 5, whole nuts and seeds, whole dried fruit and raw apple can cause choking (NHS), so the plan has nut butter or ground seeds, chopped dried fruit and grated apple instead.",
    );
    expect(portionsNote(child(70, "small"), false)).toBe("Servings are sized for a small appetite (¾ of the usual).");
    expect(portionsNote(child(40), false)).toBeNull();
  });
});

function day(profile: Profile, entries: EntryInput[]) {
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
  return analyzeDay(profile, resolved.entries);
}

describe("a child's plan", () => {
  const NUTS_AND_SEEDS = ["Almonds", "Walnuts", "Sunflower seeds", "Pumpkin seeds"];
  const others = articleFoods().filter((c) => !NUTS_AND_SEEDS.includes(c.name) && c.name !== "Milk").map((c) => c.foodId);

  it("for a 3-year-old left with nuts, seeds and milk: nut butter and ground seeds, never whole ones", async () => {
    const profile = child(3);
    for (const objective of ["kcal", "changes", "servings"] as const) {
      const result = await suggest(day(profile, [{ foodId: "18075", grams: 16 }]), { diet: "omnivore", exclude: others, objective, profile });
      expect(result.suggestions.length, objective).toBeGreaterThan(0);
      for (const s of result.suggestions) {
        expect(["12061", "12036"], `${objective}: ${s.amountText}`).not.toContain(s.foodId);
        if (s.foodId === "12155" || s.foodId === "12014") expect(s.amountText).toMatch(/ground/);
      }
      expect(result.notes.join(" ")).toContain("Under 5, whole nuts and seeds, whole dried fruit and raw apple can cause choking");
    }
  });

  it("for a 6-year-old: one milk-type food, two drinks' worth at most", async () => {
    const profile = child(6);
    // A day short of calcium: one slice of toast and an apple. A child's drink here is ¾ cup (¾ × 244 g milk = 183 g).
    for (const objective of ["kcal", "changes", "servings"] as const) {
      const result = await suggest(day(profile, [{ foodId: "18075", grams: 32 }, { foodId: "09003", grams: 100 }]), { diet: "omnivore", exclude: [], objective, profile });
      const MILK_TYPE = ["01079", "01289", "01117", "16139"];
      const milks = result.suggestions.filter((s) => MILK_TYPE.includes(s.foodId));
      expect(milks.length, objective).toBeLessThanOrEqual(1);
      // A swap keeps the rule: a food beside a milk-type one is never offered another milk-type food instead.
      for (const s of result.suggestions.filter((x) => !MILK_TYPE.includes(x.foodId) && milks.length > 0)) {
        expect(s.alternatives.filter((a) => MILK_TYPE.includes(a.foodId)), `${objective}: ${s.name}`).toEqual([]);
      }
      for (const m of milks) expect(m.servings, m.amountText).toBeLessThanOrEqual(2);
      // Scaled servings come whole: ¾ cup or 1½ cups, never 1⅛ (and so do the swaps).
      for (const x of [...result.suggestions, ...result.suggestions.flatMap((s) => s.alternatives)]) expect(Number.isInteger(x.servings), x.amountText).toBe(true);
      for (const m of milks) expect(m.grams, m.amountText).toBeLessThanOrEqual(2 * 0.75 * 245 + 0.5);
    }
  });
});
