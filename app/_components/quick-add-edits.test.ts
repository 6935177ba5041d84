// Not sure means not added: the preview's rows, what the add button adds, and what stays in the box.
import { describe, expect, it } from "vitest";
import { parseMeals } from "@/lib/parse/meals";
import { splitDay } from "@/lib/parse/structure";
import { confirmAssumed, noEdits, rowStates, toDayEntries, type PreviewEdits } from "./quick-add-edits";
import { leftoverText, mealAtFrom } from "./quick-add-leftover";

const DAY = "Breakfast: a cup of porridge, 0 bananas, 5000 g almonds. Lunch: a samosa and an apple. Snack: 😋";

function add(text: string, edits: Partial<PreviewEdits> = {}) {
  const result = parseMeals(text);
  const added = toDayEntries(result, { ...noEdits(text), ...edits }, "breakfast");
  if ("problem" in added) throw new Error(added.problem);
  return { result, added };
}

describe("quick add: rows that need a look", () => {
  it("adds only the sure rows, and says which wait", () => {
    const { result, added } = add(DAY);
    expect(result.entries.map((e) => e.check)).toEqual([null, "amount", "food", null]);
    // SR28 08121 oats cooked with water (porridge), 09003 apples, raw, with skin.
    expect(added.entries.map((e) => e.foodId)).toEqual(["08121", "09003"]);
    expect(added.rows).toBe(2);
    expect(added.waiting.map((s) => s.waiting)).toEqual(["amount", "food"]);
  });

  it("adds a waiting row once confirmed, and a confirmed amount is marked as checked", () => {
    const text = "5000 g almonds and a samosa";
    const { added } = add(text, { confirmed: [0, 1] });
    expect(added.entries.map((e) => [e.foodId, e.amount, e.amountChecked])).toEqual([
      ["12061", 5000, true],
      [parseMeals(text).entries[1]!.foodId, 1, undefined],
    ]);
  });

  it("a closest match is settled by picking another food; an unlikely amount by typing the grams", () => {
    const text = "fresh mixed fruits, 5000 g almonds";
    const { result } = add(text);
    const other = result.entries[0]!.alternatives[0]!;
    const { added } = add(text, { chosen: { 0: other }, grams: { 1: "50" } });
    expect(added.entries.map((e) => [e.foodId, e.amount, e.portion, e.amountChecked])).toEqual([
      [other.foodId, other.amount, other.portion, undefined],
      ["12061", 50, null, undefined],
    ]);
  });

  it("a closest match at an unlikely amount waits for both: typing the grams settles only the amount", () => {
    const text = "Snacks: 2 kg samosa";
    const [entry] = parseMeals(text).entries;
    expect([entry!.check, entry!.confidence]).toEqual(["amount", "low"]);
    const typed = rowStates(parseMeals(text), { ...noEdits(text), grams: { 0: "60" } });
    expect(typed[0]!.waiting).toBe("food");
    const confirmed = rowStates(parseMeals(text), { ...noEdits(text), grams: { 0: "60" }, confirmed: [0] });
    expect(confirmed[0]!.waiting).toBeNull();
  });

  it("a dish confirmed at an unlikely amount marks every ingredient as checked", () => {
    const text = "12 tuna sandwiches";
    const { added } = add(text, { confirmed: [0] });
    expect(added.entries.length).toBeGreaterThan(1);
    expect(added.entries.every((e) => e.amountChecked === true)).toBe(true);
  });

  it("refuses grams of 0 or less, or past one entry, with words for the row", () => {
    for (const typed of ["0", "-5", "", "abc", "20000"]) {
      const result = parseMeals("2 bananas");
      const edits = { ...noEdits("2 bananas"), grams: { 0: typed } };
      expect(rowStates(result, edits)[0]!.gramsProblem, typed).toMatch(/more than 0|number|At most/);
      expect("problem" in toDayEntries(result, edits, "lunch"), typed).toBe(true);
    }
  });

  it("leaves a row the person took out neither added nor waiting", () => {
    const { added } = add("a samosa and 2 bananas", { removed: [0] });
    expect(added.entries.map((e) => e.foodId)).toEqual(["09040"]);
    expect(added.waiting).toEqual([]);
  });
});

describe("quick add: what stays in the box", () => {
  it("keeps each waiting row and each word not understood under its meal's label", () => {
    const { result, added } = add(DAY);
    const left = leftoverText(DAY, result, added.waiting, mealAtFrom(splitDay(DAY)));
    expect(left).toBe("Breakfast: 0 bananas, 5000 g almonds\nLunch: a samosa\nSnacks: 😋");
    // Typed again, each lands where it was.
    const again = parseMeals(left);
    expect(again.entries.map((e) => [e.text, e.meal, e.check])).toEqual([
      ["5000 g almonds", "breakfast", "amount"],
      ["a samosa", "lunch", "food"],
    ]);
    expect(again.unmatched).toEqual(["0 bananas", "😋"]);
  });

  it("leaves text with no label without one", () => {
    const text = "a samosa, 2 bananas";
    const { result, added } = add(text);
    expect(leftoverText(text, result, added.waiting, mealAtFrom(splitDay(text)))).toBe("a samosa");
  });
});

describe("quick add: words inside a waiting row", () => {
  it("go back to the box once, with their row", () => {
    const text = "Snack: a samosa 👍";
    const { result, added } = add(text);
    expect(result.unmatched).toEqual(["👍"]);
    expect(added.waiting).toHaveLength(1);
    expect(leftoverText(text, result, added.waiting, mealAtFrom(splitDay(text)))).toBe("Snacks: a samosa 👍");
  });
});

describe("confirming the assumed rows at once", () => {
  it("confirms every row that waits on an assumption, and leaves an amount past the usual to its own look", () => {
    // "banana, toast": no amounts (a medium banana and a slice assumed, "low"); "5000 g almonds" is past the usual.
    const text = "banana, toast, 5000 g almonds";
    const result = parseMeals(text);
    const before = rowStates(result, noEdits(text));
    expect(before.map((s) => s.waiting)).toEqual(["food", "food", "amount"]);
    const after = rowStates(result, confirmAssumed(before, noEdits(text)));
    expect(after.map((s) => s.waiting)).toEqual([null, null, "amount"]);
  });
});


describe("quick add: how often", () => {
  it("adds each food with the days a week its words gave, at one serving; a food with none is every day", () => {
    const text = "2 bananas twice a week, a cup of milk";
    // The milk (no amount check, but an assumed whole milk) waits for a look: confirmed here.
    const { added } = add(text, { confirmed: [1] });
    expect(added.entries.map((e) => [e.foodId, e.amount, e.perWeek])).toEqual([
      ["09040", 2, 2],
      ["01077", 1, undefined],
    ]);
    // Every day is no perWeek at all, as the day saves it.
    expect("perWeek" in added.entries[1]!).toBe(false);
  });

  it("puts how often back with a waiting row whose words do not say it", () => {
    const text = "Fridays: a samosa";
    const { result, added } = add(text);
    expect(result.entries.map((e) => [e.text, e.perWeek, e.check])).toEqual([["a samosa", 1, "food"]]);
    const left = leftoverText(text, result, added.waiting, mealAtFrom(splitDay(text)));
    expect(left).toBe("a samosa 1 day a week");
    expect(parseMeals(left).entries.map((e) => e.perWeek)).toEqual([1]);
  });
});
