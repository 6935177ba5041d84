// The naming rule (docs/everyday-names.md) on 200 SR28 names: 70 foods people type most (the lexicon's) and 130 drawn
// at random from the whole table. The expected names in everyday-name.cases.tsv were written by hand from the rule's
// text alone, by someone who never saw this code; 12 were re-derived by hand when the rule later changed (the four-part
// cut keeps how the food is cooked, a repeated brand head goes, "without salt added", "pan-broiled" and "Alcoholic
// beverages" joined their lists) and are marked "re-derived"; so were 3 British names (05670, 10978, 21004).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { britishWords, everydayNameByRule } from "./everyday-name";
import { everydayName, namesOf } from "./everyday-names";
import { foodRecordById } from "./foods";

const rows = (file: string) =>
  readFileSync(new URL(file, import.meta.url), "utf8")
    .trimEnd()
    .split("\n")
    .map((line) => line.split("\t"));

const CASES = rows("./everyday-name.cases.tsv");
const UK = new Map(rows("./everyday-name.cases-uk.tsv").map(([id, name]) => [id!, name!]));

describe("everyday names by rule", () => {
  it("has 200 hand-named SR28 foods, each as SR28 names it", () => {
    expect(CASES).toHaveLength(200);
    for (const [id, group, name] of CASES) {
      expect(foodRecordById(id!)).toMatchObject({ name, group });
    }
  });

  it.each(CASES.map(([id, group, name, expected]) => ({ id, group: group!, name: name!, expected })))(
    "$id $name → $expected",
    ({ group, name, expected }) => {
      expect(everydayNameByRule(name, group)).toBe(expected);
    },
  );

  it("uses British words where the British section changes the name, and only there", () => {
    for (const [id, group, name] of CASES) {
      const us = everydayNameByRule(name!, group!);
      expect(britishWords(us), `${id} ${name}`).toBe(UK.get(id!) ?? us);
    }
  });
});

describe("everyday names as the app gives them", () => {
  const record = (id: string) => foodRecordById(id)!;

  it("has a food of the table for every hand-written name", () => {
    const curated = JSON.parse(readFileSync(new URL("../../data/everyday-names.json", import.meta.url), "utf8")).names;
    for (const id of Object.keys(curated)) expect(foodRecordById(id), id).toBeDefined();
  });

  it("takes the hand-written name where there is one, in US and British words", () => {
    expect(namesOf(record("08121"))).toEqual({ us: "Oatmeal, made with water", uk: "Porridge, made with water" });
    expect(namesOf(record("09040"))).toEqual({ us: "Banana", uk: "Banana" });
    expect(everydayName(record("19411"), "uk")).toBe("Crisps, salted");
  });

  it("names every other food by the rule, British words by the swap", () => {
    expect(everydayName(record("11935"))).toBe("Ketchup"); // SR28: "Catsup"
    expect(namesOf(record("01009"))).toEqual({ us: "Cheddar cheese", uk: "Cheddar cheese" });
    expect(namesOf(record("11209"))).toEqual({ us: "Eggplant, raw", uk: "Aubergine, raw" });
  });
});
