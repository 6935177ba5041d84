// Upper limits judged on the day with the plan. Expected figures by hand from SR28 (data/foods.json) and the
// published tables: whole-wheat bread 18075 Ca 161 mg/100 g; parmesan 01033 Ca 1,184 mg/100 g. NASEM 2011 calcium UL:
// 2,500 mg (1–8 y), 3,000 (9–18), 2,500 (19–50), 2,000 (51+); NASEM 1997 magnesium UL from supplements 350 mg
// (adults); EVM 2003 UK guidance for supplemental calcium 1,500 mg (adults).
import { describe, expect, it } from "vitest";
import { analyzeDay, resolveEntries } from "../analysis/analyze";
import { calciumPlanCeiling } from "../intake/intakes";
import { MINERALS } from "../constants";
import { formatWhole } from "../format";
import type { EntryInput } from "../schema/analysis";
import type { Profile, Supplement } from "../schema/day";
import type { Objective } from "../schema/suggest";
import { planLimits } from "./limits";
import { DAYS } from "./scenario-days";
import { suggest } from "./suggest";

const person = (ageYears: number, sex: Profile["sex"], standard: Profile["standard"]): Profile => ({ ageYears, sex, lifeStage: null, standard });
const supplement = (name: string, mg: Partial<Record<"magnesium" | "potassium" | "calcium", number>>, count: number): Supplement => ({
  name,
  magnesium: mg.magnesium ?? 0,
  potassium: mg.potassium ?? 0,
  calcium: mg.calcium ?? 0,
  count,
});

function day(profile: Profile, entries: EntryInput[], supplements: Supplement[] = []) {
  const resolved = resolveEntries(entries);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.issues));
  return analyzeDay(profile, resolved.entries, supplements);
}

async function planFor(profile: Profile, entries: EntryInput[], supplements: Supplement[] = [], objective: Objective = "kcal") {
  const analysis = day(profile, entries, supplements);
  const result = await suggest(analysis, { diet: "omnivore", exclude: [], objective, profile, supplements });
  return { analysis, result, notes: result.notes.join("\n") };
}

const TOAST = { foodId: "18075", grams: 64 }; // 2 slices: 103.04 mg calcium

describe("the calcium ceiling where a standard sets no limit on the whole diet", () => {
  it("is the US/Canada UL for the age under the UK's standard and for EFSA's children, and none where the standard has one", () => {
    expect(calciumPlanCeiling(person(45, "female", "uk"))?.amount).toBe(2500);
    expect(calciumPlanCeiling(person(70, "male", "uk"))?.amount).toBe(2000);
    expect(calciumPlanCeiling(person(15, "female", "uk"))?.amount).toBe(3000);
    expect(calciumPlanCeiling(person(6, "male", "efsa"))?.amount).toBe(2500);
    expect(calciumPlanCeiling(person(6, "male", "efsa"))?.source).toMatch(/^NASEM 2011/);
    expect(calciumPlanCeiling(person(30, "female", "efsa"))).toBeNull();
    expect(calciumPlanCeiling(person(30, "female", "us"))).toBeNull();
  });

  it("joins the standard's own limits", () => {
    const limits = planLimits(day(person(45, "female", "uk"), [TOAST]), person(45, "female", "uk"));
    expect(limits.map((l) => [l.mineral, l.amount, l.scope, l.kind, l.ceiling])).toEqual([
      ["magnesium", 400, "supplements", "guidance", false],
      ["potassium", 3700, "supplements", "guidance", false],
      ["calcium", 1500, "supplements", "guidance", false],
      ["calcium", 2500, "diet", "UL", true],
    ]);
  });
});

describe("limits judged after the plan", () => {
  it("a UK woman taking 1,500 mg of calcium: her supplements are named at the guidance level, and the day stays under 2,500 mg", async () => {
    const tablets = [supplement("Calcium carbonate", { calcium: 750 }, 2)];
    const { analysis, result, notes } = await planFor(person(45, "female", "uk"), [TOAST], tablets);
    expect(analysis.totals.calcium).toBeCloseTo(1603.04, 2);
    expect(result.suggestions.length).toBeGreaterThan(0);
    expect(result.after.totals.calcium).toBeLessThanOrEqual(2500);
    expect(notes).toContain(
      "Your supplements (Calcium carbonate) give 1,500 mg of calcium a day: at the 1,500 mg UK guidance level for calcium from supplements and medicines (Expert Group on Vitamins and Minerals 2003).",
    );
    if (result.after.totals.calcium >= 2250) expect(notes).toMatch(/so the plan keeps under the US\/Canada one\. With the plan, calcium comes to/);
  });

  it("2,000 mg of calcium tablets under the UK standard: over the guidance, and every objective keeps the day under the ceiling", async () => {
    const tablets = [supplement("Calcium carbonate", { calcium: 1000 }, 2)];
    for (const objective of ["kcal", "changes", "servings"] as const) {
      const { analysis, result, notes } = await planFor(person(45, "female", "uk"), [TOAST], tablets, objective);
      expect(analysis.totals.calcium).toBeCloseTo(2103.04, 2);
      expect(result.after.totals.calcium, objective).toBeLessThanOrEqual(2500);
      expect(notes).toMatch(/^Your supplements \(Calcium carbonate\) give 2,000 mg of calcium a day: over the 1,500 mg UK guidance level .* Ask a doctor or pharmacist before taking this much\./m);
      if (result.after.totals.calcium >= 2250) expect(notes).toContain("within 10% of the 2,500 mg upper limit (UL) for calcium from food and supplements together (NASEM 2011)");
    }
  });

  it("a magnesium supplement over its UL is named, with the advice to ask", async () => {
    const tablets = [supplement("Magnesium oxide", { magnesium: 250 }, 2)];
    const { notes } = await planFor(person(40, "male", "us"), [TOAST], tablets);
    expect(notes).toContain(
      "Your supplements (Magnesium oxide) give 500 mg of magnesium a day: over the 350 mg upper limit (UL) for magnesium from supplements and medicines (NASEM 1997). Ask a doctor or pharmacist before taking this much. The plan adds only food, which does not count toward it.",
    );
  });

  it("a day already over the limit names its largest source, all its entries together, and asks about the tablets", async () => {
    // A woman of 60 (UL 2,000 mg): four cups of 2% milk in four entries (4 × 292.8 = 1,171.2 mg) and a 1,000 mg tablet:
    // 2,171.2 mg. Each cup is less than the tablet; the milk together is more.
    const milk = { foodId: "01079", grams: 244 };
    const { notes } = await planFor(person(60, "female", "us"), [milk, milk, milk, milk], [supplement("Calcium carbonate", { calcium: 1000 }, 1)]);
    expect(notes).toContain(
      "Calcium is already over the 2,000 mg upper limit (UL) for calcium from food and supplements together (NASEM 2011): 2,171 mg a day before the plan, so the plan adds the foods lowest in it. Before the plan, the day's largest source of calcium is Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D (1,171 mg). Ask a doctor or pharmacist whether you need your calcium supplements at this dose.",
    );
  });

  it("a food the person kept may take the day past the limit, and the note says so", async () => {
    // 165 g parmesan: 1,953.6 mg of a 60-year-old woman's 2,000 mg UL; tofu kept (a swap), at least ½ cup: 860.58 mg.
    const profile = person(60, "female", "us");
    const analysis = day(profile, [{ foodId: "01033", grams: 165 }]);
    const result = await suggest(analysis, { diet: "omnivore", exclude: [], objective: "kcal", profile, include: ["16426"] });
    expect(result.suggestions.map((x) => x.foodId)).toContain("16426");
    expect(result.after.totals.calcium).toBeGreaterThan(2000);
    expect(result.notes.join("\n")).toMatch(/With the plan, calcium comes to [\d,]+ mg a day: over the 2,000 mg upper limit \(UL\) .* A food you kept in the plan takes it there: swap it back\./);
  });

  it("a supplement well under its limit gets no note", async () => {
    const { notes } = await planFor(person(40, "male", "us"), [TOAST], [supplement("Magnesium citrate", { magnesium: 100 }, 1)]);
    expect(notes).not.toMatch(/Your supplements/);
  });

  it("a day at 2,250 mg under the 'fewest changes' objective ends under 2,500 mg and says it is within 10%", async () => {
    // 190 g parmesan = 2,249.6 mg calcium for a woman of 30 (UL 2,500): any calcium the plan adds lands within 10%.
    for (const objective of ["kcal", "changes", "servings"] as const) {
      const { analysis, result, notes } = await planFor(person(30, "female", "us"), [{ foodId: "01033", grams: 190 }], [], objective);
      expect(analysis.totals.calcium).toBeCloseTo(2249.6, 1);
      expect(result.after.totals.calcium, objective).toBeLessThanOrEqual(2500);
      expect(notes, objective).toContain(
        `With the plan, calcium comes to ${formatWhole(result.after.totals.calcium)} mg a day: within 10% of the 2,500 mg upper limit (UL) for calcium from food and supplements together (NASEM 2011).`,
      );
    }
  });

  it("on every scenario day, no plan crosses a limit on the diet, and every limit the day ends near or over is named", async () => {
    let judged = 0;
    for (const d of DAYS) {
      for (const objective of ["kcal", "changes"] as const) {
        const analysis = day(d.profile, d.entries);
        const result = await suggest(analysis, { diet: d.diet ?? "omnivore", exclude: d.exclude ?? [], objective, profile: d.profile });
        const notes = result.notes.join("\n");
        for (const limit of planLimits(analysis, d.profile)) {
          const before = limit.scope === "diet" ? analysis.totals[limit.mineral] : analysis.fromSupplements[limit.mineral];
          const after = limit.scope === "diet" ? result.after.totals[limit.mineral] : before;
          if (before <= limit.amount) expect(after, `${d.name} ${objective}`).toBeLessThanOrEqual(limit.amount + 0.01);
          if (after >= 0.9 * limit.amount) expect(notes, `${d.name} ${objective}`).toContain(`${formatWhole(limit.amount)} mg`);
          judged++;
        }
        for (const m of MINERALS) expect(result.after.totals[m]).toBeGreaterThanOrEqual(analysis.totals[m] - 0.01);
      }
    }
    expect(judged).toBeGreaterThan(40);
  });
});
