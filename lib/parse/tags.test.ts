// Stages 1 and 2 on their own: every token tagged, and a clock time or a count of minutes never an amount.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockTimes, mealsOfTimes, notAmounts, tagText } from "./tags";
import { tokenize } from "./tokens";
import { parseMeals } from "./meals";

const tagsOf = (text: string) => tagText(text).map((t) => `${t.text}:${t.tag}`);

describe("tokens", () => {
  it("cut the text into numbers, words, emoji and marks that point back at it", () => {
    expect(tokenize("2 slices of toast w/ pb & 🍌🍌, 7:30 ½ cup").map((t) => `${t.text}:${t.kind}`)).toEqual([
      "2:number", "slices:word", "of:word", "toast:word", "w:word", "/:mark", "pb:word", "&:mark", "🍌:emoji", "🍌:emoji", ",:mark",
      "7:30:number", "½:number", "cup:word",
    ]);
  });
  it("cover every character that is not a space, in order (any text)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const tokens = tokenize(text);
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
        const covered = tokens.map((t) => t.text).join("");
        expect(covered).toBe(text.replace(/\s/g, ""));
      }),
    );
  });
});

describe("tags", () => {
  it("read a clock time as a time, never a quantity", () => {
    expect(tagsOf("7am black coffee")).toEqual(["7:time", "am:time", "black:food", "coffee:food"]);
    expect(tagsOf("8 pm grilled sea bass")).toEqual(["8:time", "pm:time", "grilled:preparation", "sea:food", "bass:food"]);
    expect(tagsOf("11ish - banana")).toEqual(["11:time", "ish:time", "-:other", "banana:food"]);
    expect(tagsOf("a lab at 6.")[3]).toBe("6:time");
    expect(tagsOf("7:30 porridge")[0]).toBe("7:30:time");
    // A British dot time is a time by what stands around it; a decimal amount stays an amount.
    expect(tagsOf("smoko 10.30 - 2 biscuits").slice(0, 4)).toEqual(["smoko:meal", "10.30:time", "-:other", "2:quantity"]);
    expect(tagsOf("12.30 lunch")[0]).toBe("12.30:time");
    expect(tagsOf("at 3.30 a banana")[1]).toBe("3.30:time");
    expect(tagsOf("1.50 kg potatoes")[0]).toBe("1.50:quantity");
    expect(tagsOf("2.25 cups rice")[0]).toBe("2.25:quantity");
  });
  it("keep a count a quantity, and its unit and size", () => {
    expect(tagsOf("5 strawberries")).toEqual(["5:quantity", "strawberries:food"]);
    expect(tagsOf("2 large eggs")).toEqual(["2:quantity", "large:size", "eggs:food"]);
    expect(tagsOf("6 oz grilled chicken")).toEqual(["6:quantity", "oz:unit", "grilled:preparation", "chicken:food"]);
    expect(tagsOf("around 2 cups of rice").slice(1, 3)).toEqual(["2:quantity", "cups:unit"]);
    expect(tagsOf("a couple of eggs").slice(0, 2)).toEqual(["a:quantity", "couple:quantity"]);
  });
  it("tag meal labels, connectors and how often", () => {
    expect(tagsOf("Lunch: toast with beans daily")).toEqual(["Lunch:meal", "::other", "toast:food", "with:connector", "beans:food", "daily:frequency"]);
  });
  it("read numbers of minutes, miles and grams of a nutrient as no amount", () => {
    const text = "ran 3 miles, 45 min yoga, 30g carbs then 2 eggs";
    expect(notAmounts(text).map((s) => text.slice(s.start, s.end))).toEqual(["3 miles", "45 min", "30g carbs"]);
    expect(tagsOf("2 eggs")[0]).toBe("2:quantity");
  });
});

describe("clock times", () => {
  it("give the hour on a 24-hour clock, with the preposition before it", () => {
    const text = "at 6 oats, 1pm soup, 7:30 pm rice, 11ish tea";
    expect(clockTimes(text).map((t) => [text.slice(t.start, t.end), t.hour])).toEqual([["at 6", 6], ["1pm", 13], ["7:30 pm", 19], ["11ish", 11]]);
  });
  it("read an hour without am or pm after the time before it", () => {
    const day = "2pm dining hall … 5ish goldfish … 11 pm toast";
    expect(mealsOfTimes(clockTimes(day))).toEqual(["lunch", "dinner", "snacks"]);
    expect(mealsOfTimes(clockTimes("7am coffee, 11ish banana"))).toEqual(["breakfast", "lunch"]);
  });
});

describe("clock times in a day", () => {
  it("take the meal word typed just before them as their label, never a food", () => {
    const { entries } = parseMeals("2 eggs. dinner ~7pm chicken with rice");
    // No dinner roll (SR28 "Rolls, dinner, …") from the word "dinner": the chicken and rice dish, all at dinner.
    expect(entries.some((e) => /^Rolls, dinner/.test(e.name))).toBe(false);
    expect(entries.slice(1).map((e) => e.meal)).toEqual(entries.slice(1).map(() => "dinner"));
    expect(entries[1]!.name).toMatch(/^Chicken/);
  });
});
