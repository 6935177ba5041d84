// How often: each phrase a person types for how many days a week they eat a food, the words it leaves for the food,
// and the words that look like one and are not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { perWeekWords } from "../format";
import { isKnownName } from "./food";
import { frequencyPhrases, readFrequency } from "./frequency";

// Typed -> days a week (null: every day) and the words left for the food and its amount, worked out by hand.
const READ: Array<[typed: string, perWeek: number | null, rest: string]> = [
  ["salmon twice a week", 2, "salmon"],
  ["once a week fish and chips", 1, "fish and chips"],
  ["pizza weekly", 1, "pizza"],
  ["weekly pizza", 1, "pizza"],
  ["three times a week eggs", 3, "eggs"],
  ["eggs 3 times a week", 3, "eggs"],
  ["2 eggs 3x a week", 3, "2 eggs"],
  ["3x/week a protein shake", 3, "a protein shake"],
  ["yoghurt 3 days a week", 3, "yoghurt"],
  ["1 day a week a takeaway", 1, "a takeaway"],
  ["3.5 days a week porridge", 3.5, "porridge"],
  ["twice weekly salmon", 2, "salmon"],
  ["2-3 times a week eggs", 2.5, "eggs"], // the midpoint of 2 and 3
  ["eggs two or three times a week", 2.5, "eggs"],
  ["a couple of times a week a steak", 2, "a steak"],
  ["On Fridays pizza", 1, "pizza"],
  ["pizza on Friday", 1, "pizza"],
  ["every Sunday a roast chicken", 1, "a roast chicken"],
  ["Sundays: roast chicken", 1, "roast chicken"],
  ["Friday night pizza", 1, "pizza"],
  ["fish on Mondays and Thursdays", 2, "fish"],
  ["Monday to Friday porridge", 5, "porridge"], // Mon Tue Wed Thu Fri
  ["pizza on Saturday or Sunday", 1, "pizza"], // one of the two
  ["a glass of wine at the weekend", 2, "a glass of wine"],
  ["wine at weekends", 2, "wine"],
  ["wine on weekends", 2, "wine"],
  ["Weekends: a glass of wine", 2, "a glass of wine"],
  ["weekends a fry-up", 2, "a fry-up"],
  ["weekdays: a sandwich", 5, "a sandwich"],
  ["porridge on weekdays", 5, "porridge"],
  ["every weekday a banana", 5, "a banana"],
  ["most days: porridge", 5, "porridge"],
  ["Most days, 2 slices of toast", 5, "2 slices of toast"],
  ["porridge every day", null, "porridge"],
  ["porridge daily", null, "porridge"],
  ["porridge each day", null, "porridge"],
  ["an apple once a day", null, "an apple"],
  ["porridge every other day", 3.5, "porridge"],
  ["porridge on alternate days", 3.5, "porridge"],
  ["7 days a week coffee", null, "coffee"], // every day
];

describe("how often: the phrases read", () => {
  it.each(READ)("%j -> %s days a week, %j", (typed, perWeek, rest) => {
    const read = readFrequency(typed);
    expect(read.perWeek).toBe(perWeek);
    expect(read.text).toBe(rest);
  });

  it("says when it assumed: “most days” is 5 days a week, a range is its midpoint", () => {
    expect(readFrequency("most days: porridge").note).toBe("“most days” read as 5 days a week.");
    expect(readFrequency("eggs 2-3 times a week").note).toBe("“2-3 times a week” read as 2.5 days a week.");
    // Said outright: nothing assumed.
    expect(readFrequency("salmon twice a week").note).toBeNull();
    expect(readFrequency("wine at the weekend").note).toBeNull();
  });

  it.each([
    ["sometimes chocolate", "chocolate", "sometimes"],
    ["chocolate occasionally", "chocolate", "occasionally"],
    ["a few times a week a curry", "a curry", "a few times a week"],
    ["eggs 10 times a week", "eggs", "10 times a week"], // more than once a day: no number of days
  ])("does not guess how often from %j: every day, with a note to set it", (typed, rest, said) => {
    const read = readFrequency(typed);
    expect(read.perWeek).toBeNull();
    expect(read.text).toBe(rest);
    expect(read.note).toBe(`How often was not clear (“${said}”): counted as every day; set how often in the day once added.`);
  });

  it("keeps a food's name that starts with a day ('Sunday roast'), and still reads the day", () => {
    expect(readFrequency("every Sunday roast", isKnownName)).toEqual({ perWeek: 1, note: null, text: "Sunday roast" });
  });

  it("marks a phrase with a colon after it as a heading over the foods after it", () => {
    expect(frequencyPhrases("Most days: porridge. salmon twice a week").map((p) => [p.perWeek, p.heading])).toEqual([
      [5, true],
      [2, false],
    ]);
  });
});

describe("how often: words that are not", () => {
  it.each([
    "a cup of tea 3 times a day", // an amount: three cups a day, for the amount reading
    "2 coffees twice a day",
    "2 eggs a day",
    "a day of eating",
    "day 2: 2 eggs",
    "Sunday: woke up late, 2 eggs", // a day written out, dated
    "Saturday!! no breakfast",
    "sunday dim sum w fam",
    "meal prep Monday 💪",
    "2 glasses of wine (it's wednesday ok)",
    "Friday night: pizza", // a dated evening as much as a habit: not guessed
    "Sunday roast",
    "weekend brunch",
    "TGI Friday's fries",
    "bi-weekly cake",
    "2 bananas, a cup of milk and 30 g almonds",
  ])("%j: not said, the text as it was", (typed) => {
    expect(readFrequency(typed, isKnownName)).toEqual({ perWeek: null, note: null, text: typed });
  });
});

/** Words of a day's meals, none of them a word of how often. */
const WORDS = ["2", "a", "an", "½", "30", "g", "cup", "of", "slices", "glass", "milk", "banana", "eggs", "toast", "almonds", "tea", "rice", "salmon", "pizza", "porridge", "wine", "and", "with", ",", "then", "Lunch:", "Breakfast:", "3", "times", "day", "at", "the", "pub", "for", "dinner", "I", "had", "usually", "7am"];
/** Any word with one of these in it might say how often: the random words leave them out. */
const OFTEN = /week|wk|day|daily|once|twice|thrice|most|every|each|some|occasion|rare|now|time|alternate|other|(?:mon|tues|wednes|thurs|fri|satur|sun)/i;

describe("how often: a day with no word of it", () => {
  it("is not said, and its text is unchanged", () => {
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z]{1,10}$/).filter((w) => !OFTEN.test(w)));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const sentence = words.join(" ");
        expect(readFrequency(sentence, isKnownName)).toEqual({ perWeek: null, note: null, text: sentence });
      }),
      { numRuns: 500 },
    );
  });
});

describe("less often than weekly, and two counts", () => {
  it.each([
    ["salmon once a month", 12 / 52, "salmon"], // 12 months ÷ 52 weeks = 0.2308
    ["liver twice a month", 24 / 52, "liver"],
    ["monthly pizza", 12 / 52, "pizza"],
    ["fish fortnightly", 0.5, "fish"],
    ["kale once every two weeks", 0.5, "kale"],
    ["steak every other week", 0.5, "steak"],
    ["yogurt once or twice a week", 1.5, "yogurt"],
  ])("%s → %d days a week", (text, perWeek, rest) => {
    const read = readFrequency(text);
    expect(read.perWeek).toBeCloseTo(perWeek, 9);
    expect(read.text.trim()).toBe(rest);
  });

  it("is said in words people use", () => {
    expect([12 / 52, 24 / 52, 0.5, 1, 2.5, 7].map((x) => perWeekWords(x))).toEqual(["once a month", "2 times a month", "once every two weeks", "1 day a week", "2.5 days a week", "every day"]);
  });

  it("says a count of 0 a week is not clear, rather than counting it", () => {
    expect(readFrequency("spinach 0 times a week").note).toMatch(/How often was not clear/);
  });
});
