// The everyday name of each food (docs/everyday-names.md): a name by hand from data/everyday-names.json where there
// is one, else the written rule (everyday-name.ts) on USDA's name; each in US and British words. Made once per food
// and process, on first use.
import { processWide, readDataFile } from "./data";
import { britishWords, everydayNameByRule } from "./everyday-name";
import { EverydayNamesFileSchema, type FoodRecord } from "../schema/food";

import type { NameStyle } from "./everyday-name";
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

/** The everyday name in the words the person uses. */
export function everydayName(record: Pick<FoodRecord, "id" | "name" | "group">, style: NameStyle = "us"): string {
  return namesOf(record)[style];
}
