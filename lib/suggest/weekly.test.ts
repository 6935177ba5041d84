// fewestDaysAWeek: worked by hand. A woman's targets (US): magnesium 320, potassium 2,600, calcium 1,000 mg.
import { describe, expect, it } from "vitest";
import { fewestDaysAWeek } from "./weekly";
import type { Analysis } from "../schema/analysis";
import type { Suggestion } from "../schema/suggest";

const target = (amount: number) => ({ amount });
const day = (totals: Analysis["totals"]) =>
  ({ totals, targets: { magnesium: target(320), potassium: target(2600), calcium: target(1000) } }) as unknown as Analysis;

const suggestion = (foodId: string, adds: { magnesium: number; potassium: number; calcium: number }, kcal: number): Suggestion =>
  ({ foodId, adds: { ...adds, calciumAbsorbable: adds.calcium, calciumCounted: adds.calcium }, kcal, perWeek: null }) as unknown as Suggestion;

describe("fewestDaysAWeek", () => {
  it("a handful of almonds 4 days a week closes a 40 mg magnesium gap (76 × 3/7 = 32.6 short, 76 × 4/7 = 43.4)", () => {
    const [almonds] = fewestDaysAWeek([suggestion("12061", { magnesium: 76, potassium: 0, calcium: 0 }, 164)], day({ magnesium: 280, potassium: 3000, calcium: 1200 }), 1200, ["magnesium", "potassium", "calcium"]);
    expect(almonds!.perWeek).toBe(4);
    expect(almonds!.adds.magnesium).toBeCloseTo((76 * 4) / 7, 4);
    expect(almonds!.kcal).toBeCloseTo((164 * 4) / 7, 4);
  });

  it("keeps every day when the gap needs the whole serving", () => {
    const [food] = fewestDaysAWeek([suggestion("12061", { magnesium: 76, potassium: 0, calcium: 0 }, 164)], day({ magnesium: 250, potassium: 3000, calcium: 1200 }), 1200, ["magnesium", "potassium", "calcium"]);
    expect(food!.perWeek).toBeNull();
    expect(food!.adds.magnesium).toBe(76);
  });

  it("never takes from a gap the plan leaves open", () => {
    // Potassium stays 600 mg short whatever: the banana's potassium is all needed, even though magnesium would allow 1 day.
    const [banana] = fewestDaysAWeek([suggestion("09040", { magnesium: 32, potassium: 422, calcium: 6 }, 105)], day({ magnesium: 315, potassium: 1578, calcium: 1200 }), 1200, ["magnesium", "potassium", "calcium"]);
    expect(banana!.perWeek).toBeNull();
  });

  it("trims the first (largest) food first, then the next to what is left", () => {
    // Calcium gap 300. Yogurt first, milk's 300 mg still there: 1 day of yogurt (57.1) is enough. Then milk, with
    // 57.1 from yogurt, must bring 242.9: 300 × 5/7 = 214.3 is short, 300 × 6/7 = 257.1 closes it → 6 days.
    const plan = fewestDaysAWeek(
      [suggestion("01117", { magnesium: 0, potassium: 0, calcium: 400 }, 150), suggestion("01077", { magnesium: 0, potassium: 0, calcium: 300 }, 149)],
      day({ magnesium: 400, potassium: 3000, calcium: 700 }),
      700,
      ["magnesium", "potassium", "calcium"],
    );
    expect(plan.map((s) => s.perWeek)).toEqual([1, 6]);
  });
});
