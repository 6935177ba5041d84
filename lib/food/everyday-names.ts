// The everyday name of each food (docs/everyday-names.md): a name by hand from data/everyday-names.json where there
// is one, else the written rule (everyday-name.ts) on USDA's name; each in US and British words. Made once per food
// and process, on first use.
import { processWide, readDataFile } from "./data";
import { britishWords, everydayNameByRule } from "./everyday-name";
import type { NameStyle } from "./name-style";
import { EverydayNamesFileSchema, type FoodRecord } from "../schema/food";

type Names = { us: string; uk: string };

function cache() {
  return processWide("everyday-names", () => ({
    curated: EverydayNamesFileSchema.parse(readDataFile("everyday-names.json")).names,
    made: new Map<string, Names>(),
  }));
}

/** Both forms of a food's everyday name. */
export function namesOf(record: Pick<FoodRecord, "id" | "name" | "group">): Names {
  const { curated, made } = cache();
  let names = made.get(record.id);
  if (!names) {
    const byHand = curated[record.id];
    if (typeof byHand === "string") names = { us: byHand, uk: byHand };
    else if (byHand) names = byHand;
    else {
      const us = everydayNameByRule(record.name, record.group);
      names = { us, uk: britishWords(us) };
    }
    made.set(record.id, names);
  }
  return names;
}

/** The API's fields for a food's everyday names (a food of /api/foods, a contribution of an analysis). */
export function apiNames(record: Pick<FoodRecord, "id" | "name" | "group">): { everydayName: string; britishName: string } {
  const { us, uk } = namesOf(record);
  return { everydayName: us, britishName: uk };
}

/** The everyday name in the words the person uses. */
export function everydayName(record: Pick<FoodRecord, "id" | "name" | "group">, style: NameStyle = "us"): string {
  return namesOf(record)[style];
}
