// The household measure a person most likely means when a food is named without an amount, checked against SR28's
// own measures for each food (data/foods.json).
import { describe, expect, it } from "vitest";
import { foodById } from "./foods";
import { typicalPortion } from "./portions";

const food = (id: string) => foodById(id)!;

describe("typicalPortion", () => {
  it.each([
    ["09040", '1 medium (7" to 7-7/8" long)'], // banana
    ["01077", "1 cup"], // milk
    ["12061", "1 oz (23 whole kernels)"], // almonds by the ounce, not the cup
    ["01009", "1 slice (1 oz)"], // cheddar
    ["18075", "1 slice"], // whole-wheat bread
  ])("%s -> %s", (id, label) => expect(typicalPortion(food(id))?.label).toBe(label));

  it("is null for a food USDA gives no household measure (kefir)", () => {
    expect(typicalPortion(food("01289"))).toBeNull();
  });
});
