// The food table: data/foods.json (generated from USDA SR28 by scripts/build-food-table.mjs),
// read and validated once per process (lib/food/data.ts) and indexed by NDB number for O(1) lookups.
import { processWide, readDataFile } from "./data";
import { apiNames } from "./everyday-names";
import { FoodTableSchema, type Food, type FoodRecord } from "../schema/food";

type Table = { records: readonly FoodRecord[]; byId: ReadonlyMap<string, FoodRecord> };

function loadTable(): Table {
  return processWide("food-table", () => {
    const { foods } = FoodTableSchema.parse(readDataFile("foods.json"));
    return { records: foods, byId: new Map(foods.map((food) => [food.id, food])) };
  });
}

export function allFoods(): readonly FoodRecord[] {
  return loadTable().records;
}

export function foodRecordById(id: string): FoodRecord | undefined {
  return loadTable().byId.get(id);
}

/** The public shape of a food: what the API returns and the page shows. */
export function toFood(record: FoodRecord): Food {
  const { id, name, group, per100g, portions } = record;
  return { id, name, ...apiNames(record), group, per100g, portions };
}

export function foodById(id: string): Food | undefined {
  const record = foodRecordById(id);
  return record && toFood(record);
}
