import { describe, expect, it } from "vitest";
import { allFoods, foodById, foodRecordById } from "./foods";

describe("the food table", () => {
  it("holds all 8,789 SR28 foods, each with a 5-digit NDB id, once, in NDB order", () => {
    // usda-sr28-minerals.csv: 8,789 rows, the first 01001 "Butter, salted", the last 93600 "Turtle, green, raw".
    const foods = allFoods();
    expect(foods).toHaveLength(8789);
    expect(new Set(foods.map((f) => f.id)).size).toBe(8789);
    for (const food of foods) expect(food.id).toMatch(/^\d{5}$/);
    expect([foods[0]?.id, foods[0]?.name]).toEqual(["01001", "Butter, salted"]);
    expect([foods.at(-1)?.id, foods.at(-1)?.name]).toEqual(["93600", "Turtle, green, raw"]);
    for (const id of ["01001", "09040", "93600"]) expect(foodRecordById(id)?.id).toBe(id);
  });

  it("holds all 15,438 household measures", () => {
    expect(allFoods().reduce((n, f) => n + f.portions.length, 0)).toBe(15438);
  });

  // Values copied by hand from ../shared/reference/usda-sr28-minerals.csv (SR28, per 100 g).
  const usda: Array<[string, string, [number, number | null, number | null, number | null, number | null]]> = [
    ["09040", "Bananas, raw", [89, 5, 27, 358, 1]],
    ["01009", "Cheese, cheddar", [404, 710, 27, 76, 653]],
    ["01123", "Egg, whole, raw, fresh", [143, 56, 12, 138, 142]],
    ["01289", "Kefir, lowfat, plain, LIFEWAY", [41, 130, 12, 164, 40]],
    ["09291", "Plums, dried (prunes), uncooked", [240, 43, 41, 732, 2]],
    ["11090", "Broccoli, raw", [34, 47, 21, 316, 33]],
    ["11457", "Spinach, raw", [23, 99, 79, 558, 79]],
    ["12014", "Seeds, pumpkin and squash seed kernels, dried", [559, 46, 592, 809, 7]],
    ["12061", "Nuts, almonds", [579, 269, 270, 733, 1]],
    ["14209", "Beverages, coffee, brewed, prepared with tap water", [1, 2, 3, 49, 2]],
    ["15088", "Fish, sardine, Atlantic, canned in oil, drained solids with bone", [208, 382, 39, 397, 307]],
    ["19165", "Cocoa, dry powder, unsweetened", [228, 128, 499, 1524, 21]],
    ["20010", "Buckwheat groats, roasted, cooked", [92, 7, 51, 88, 4]],
    // SR28 has no magnesium value for these: unknown, not zero.
    ["01188", "KRAFT CHEEZ WHIZ Pasteurized Process Cheese Sauce", [276, 359, null, 240, 1638]],
    ["01191", "KRAFT VELVEETA Pasteurized Process Cheese Spread", [303, 466, null, 335, 1499]],
  ];

  it.each(usda)("%s %s has USDA's exact values per 100 g", (id, name, [kcal, calcium, magnesium, potassium, sodium]) => {
    const food = foodById(id);
    expect(food?.name).toBe(name);
    expect(food?.per100g).toEqual({ kcal, calcium, magnesium, potassium, sodium });
  });

  it("keeps every missing USDA value as null, never 0", () => {
    const nulls = { calcium: 0, magnesium: 0, potassium: 0, sodium: 0 };
    for (const food of allFoods()) {
      for (const key of Object.keys(nulls) as (keyof typeof nulls)[]) if (food.per100g[key] === null) nulls[key] += 1;
    }
    // Counts of empty cells in usda-sr28-minerals.csv.
    expect(nulls).toEqual({ calcium: 348, magnesium: 739, potassium: 426, sodium: 83 });
  });

  it("labels household portions as USDA does, in SR order", () => {
    expect(foodById("09040")?.portions).toEqual([
      { label: "1 cup, mashed", grams: 225 },
      { label: "1 cup, sliced", grams: 150 },
      { label: '1 extra small (less than 6" long)', grams: 81 },
      { label: '1 small (6" to 6-7/8" long)', grams: 101 },
      { label: '1 medium (7" to 7-7/8" long)', grams: 118 },
      { label: '1 large (8" to 8-7/8" long)', grams: 136 },
      { label: '1 extra large (9" or longer)', grams: 152 },
      { label: "1 NLEA serving", grams: 126 },
    ]);
    expect(foodById("01001")?.portions[0]).toEqual({ label: '1 pat (1" sq, 1/3" high)', grams: 5 });
  });

  it("keeps fractional measures and the survey flag", () => {
    // usda-sr28-minerals.csv: 12014 in_fndds_survey "Y", common name "pepitas"; 20008 Buckwheat, survey cell empty.
    expect(foodRecordById("12014")?.survey).toBe(true);
    expect(foodRecordById("20008")?.survey).toBe(false);
    expect(foodRecordById("12014")?.otherNames).toBe("pepitas");
    // usda-sr28-portions.csv: 11091 (broccoli, cooked) seq 1 is amount .5, "cup, chopped", 78 g: the grams of the
    // half cup, not of a whole one; 08121 (oatmeal) seq 3 is .75 cup, 175 g.
    expect(foodById("11091")?.portions[0]).toEqual({ label: "0.5 cup, chopped", grams: 78 });
    expect(foodById("08121")?.portions[2]).toEqual({ label: "0.75 cup", grams: 175 });
  });

  it("answers undefined for an id it does not hold", () => {
    expect(foodById("99999")).toBeUndefined();
    expect(foodById("9040")).toBeUndefined();
  });
});
