// Best sources: worked by hand from SR28 and the absorption table. Spinach, 1 cup cooked (180 g × 136 mg/100 g =
// 244.8 mg on the label) counts × 0.185 (Heaney 1988): 45.3 mg, below a cup of 2% milk (244 g × 120 = 292.8 mg).
import { describe, expect, it } from "vitest";
import { bestSources } from "./best-sources";

describe("best sources", () => {
  it("ranks calcium by what counts toward the target, keeping the label's figure beside it", () => {
    const calcium = bestSources("calcium").byServing;
    const spinach = calcium.find((r) => r.foodId === "11458")!;
    const milk = calcium.find((r) => r.foodId === "01079")!;
    expect(spinach.labelMg).toBeCloseTo(244.8, 6);
    expect(spinach.mgPerServing).toBeCloseTo(45.288, 3);
    expect(milk.mgPerServing).toBeCloseTo(292.8, 6);
    expect(calcium.indexOf(spinach)).toBeGreaterThan(calcium.indexOf(milk));
    // Nothing counts above its label.
    for (const row of calcium) expect(row.mgPerServing).toBeLessThanOrEqual(row.labelMg + 1e-9);
  });

  it("ranks magnesium and potassium by the label, as they count", () => {
    const magnesium = bestSources("magnesium").byServing;
    // 1 oz (28.35 g) pumpkin seeds × 592 mg/100 g = 167.8 mg: the most per serving.
    expect(magnesium[0]).toMatchObject({ name: "Pumpkin seeds" });
    expect(magnesium[0]!.mgPerServing).toBeCloseTo(167.83, 1);
    expect(magnesium.every((r) => r.mgPerServing === r.labelMg)).toBe(true);
  });
});
