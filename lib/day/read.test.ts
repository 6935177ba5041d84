// The day reader on its own, as the page loads it (zod/mini and lib/schema/day.ts, no full zod): a saved day, file or
// link is repaired where it can be and only the part that cannot be read is set aside, in plain words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeShare, readDay } from "./read";
import { encodeShare } from "./day";
import type { Day, DayEntry } from "../schema/day";

const BANANA = '1 medium (7" to 7-7/8" long)';
const good = (n: number) => ({ uid: `u${n}`, meal: "lunch", foodId: "09040", name: `Banana ${n}`, amount: n, portion: null });

/** Twelve good foods with one bad one in the middle, as a day of the given version. */
function dayWithOneBad(version: 1 | 2, bad: object) {
  const entries = [1, 2, 3, 4, 5, 6].map(good).concat([{ ...good(99), ...bad }], [7, 8, 9, 10, 11, 12].map(good));
  return {
    app: "mineral-gap",
    version,
    profile: { ageYears: 44, sex: "male", lifeStage: null, standard: "efsa" },
    entries,
    ...(version === 2 ? { supplements: [{ name: "Magnesium citrate", magnesium: 150, potassium: 0, calcium: 0, count: 1 }] } : {}),
  };
}

describe("a saved day with one bad entry among many", () => {
  it.each([1, 2] as const)("version %i: keeps every other food and sets the bad one aside, saying why", (version) => {
    const read = readDay(JSON.stringify(dayWithOneBad(version, { amount: 0 })));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.day.days[0]!.entries.map((e) => e.uid)).toEqual(["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9", "u10", "u11", "u12"]);
    expect(read.day.profile).toEqual({ ageYears: 44, sex: "male", lifeStage: null, standard: "efsa" });
    expect(read.day.supplements).toHaveLength(version === 2 ? 1 : 0);
    expect(read.setAside).toEqual([
      { kind: "food", item: { ...good(99), amount: 0 }, label: "Banana 99", reason: "Its amount (0 g) is not more than 0." },
    ]);
    // The set-aside food travels with the day, so the next save keeps it until the person fixes or drops it.
    expect(read.day.setAside).toEqual(read.setAside);
    expect(read.repairs).toEqual([]);
  });

  it.each([
    [{ amount: -200 }, "Its amount (-200 g) is not more than 0."],
    [{ amount: "lots" }, "Its amount (“lots”) is not a number."],
    [{ amount: 20000 }, "Its amount (20,000 g) is more than one entry holds (10,000 g)."],
    [{ amount: 101, portion: BANANA }, `Its amount (101 × ${BANANA}) is more than 100 of one measure.`],
    [{ meal: "elevenses" }, "Its meal (“elevenses”) is not breakfast, lunch, dinner or snacks."],
    [{ foodId: "banana" }, "It names no food of the table (its food id is “banana”)."],
    [{ portion: "" }, "Its unit (nothing) could not be read."],
  ])("words %j in plain language, with no validator path", (bad, reason) => {
    const read = readDay(JSON.stringify(dayWithOneBad(2, bad)));
    expect(read.ok && read.day.days[0]!.entries).toHaveLength(12);
    expect(read.ok && read.setAside.map((s) => s.reason)).toEqual([reason]);
    expect(reason).not.toMatch(/entries\.|\.amount|expected/);
  });

  it("repairs what changes nothing it means: numbers as text, ids, a meal's capitals, a food id as a number", () => {
    const raw = {
      version: 2,
      profile: { ageYears: "44", sex: "Male", standard: "UK" },
      entries: [
        { meal: "Lunch", foodId: 9040, amount: "2", portion: BANANA },
        { uid: "same", meal: "dinner", foodId: "01077", amount: 244, portion: null },
        { uid: "same", meal: "dinner", foodId: "01077", amount: 100, portion: null, recipe: "Latte" },
        { meal: "snacks", foodId: "12061", grams: 30 },
      ],
    };
    const read = readDay(JSON.stringify(raw));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.setAside).toEqual([]);
    expect(read.day.profile).toEqual({ ageYears: 44, sex: "male", lifeStage: null, standard: "uk" });
    expect(read.day.days[0]!.entries.map(({ meal, foodId, amount, portion }) => ({ meal, foodId, amount, portion }))).toEqual([
      { meal: "lunch", foodId: "09040", amount: 2, portion: BANANA },
      { meal: "dinner", foodId: "01077", amount: 244, portion: null },
      { meal: "dinner", foodId: "01077", amount: 100, portion: null },
      { meal: "snacks", foodId: "12061", amount: 30, portion: null },
    ]);
    // Every row has its own id; a dish name with no serving id makes a food of its own.
    expect(new Set(read.day.days[0]!.entries.map((e) => e.uid)).size).toBe(4);
    expect(read.day.days[0]!.entries[2]!.recipe).toBeUndefined();
  });

  it("falls back to the given profile field by field, and says so", () => {
    const fallback = { ageYears: 61, sex: "female" as const, lifeStage: null, standard: "uk" as const };
    const read = readDay(JSON.stringify({ version: 1, profile: { ageYears: 500, sex: "female", lifeStage: "pregnant", standard: "mars" }, entries: [good(1)] }), fallback);
    expect(read.ok && read.day.profile).toEqual({ ageYears: 61, sex: "female", lifeStage: null, standard: "uk" });
    expect(read.ok && read.repairs).toEqual([
      "Its age (500) is not a whole number of years from 1 to 120, so 61 is used: change it under About you.",
      "Its reference standard (“mars”) is not one this page has, so UK is used.",
      // Pregnant at 61 (the age it fell back to) does not apply.
      "Pregnancy and breastfeeding apply to women aged 14 to 50, so neither is used.",
    ]);
    expect(read.ok && read.day.days[0]!.entries).toHaveLength(1);
  });

  it("keeps the health conditions it knows, once each, and drops one it does not know, saying so", () => {
    const profile = { ageYears: 65, sex: "female", lifeStage: null, standard: "us", conditions: ["kidney-disease", "gout", "kidney-disease"] };
    const read = readDay(JSON.stringify({ version: 2, profile, entries: [good(1)], supplements: [] }));
    expect(read.ok && read.day.profile.conditions).toEqual(["kidney-disease"]);
    expect(read.ok && read.repairs).toEqual(["Its health conditions include “gout”, which this page does not know, so they are left out: check them under About you."]);
    const none = readDay(JSON.stringify({ version: 2, profile: { ...profile, conditions: [] }, entries: [good(1)], supplements: [] }));
    expect(none.ok && none.day.profile.conditions).toBeUndefined();
  });

  it("sets aside a supplement it cannot read, in the supplement's own words", () => {
    const raw = { ...dayWithOneBad(2, {}), supplements: [{ name: "Mag", magnesium: -5, potassium: 0, calcium: 0, count: 1 }, { name: "Ca", magnesium: 0, potassium: 0, calcium: "500", count: 2 }] };
    const read = readDay(JSON.stringify(raw));
    expect(read.ok && read.day.supplements).toEqual([{ name: "Ca", magnesium: 0, potassium: 0, calcium: 500, count: 2 }]);
    expect(read.ok && read.setAside).toEqual([
      { kind: "supplement", item: raw.supplements[0], label: "Mag", reason: "Magnesium must be 0 or more mg per unit." },
    ]);
  });

  it("keeps what was set aside before, as it was, and reports only what is new", () => {
    const earlier = { kind: "food", item: { foodId: "09040", amount: 0 }, label: "Banana", reason: "Its amount (0 g) is not more than 0." };
    const read = readDay(JSON.stringify({ ...dayWithOneBad(2, { meal: "brunchy" }), setAside: [earlier] }));
    expect(read.ok && read.day.setAside?.map((s) => s.label)).toEqual(["Banana", "Banana 99"]);
    expect(read.ok && read.setAside.map((s) => s.label)).toEqual(["Banana 99"]);
  });

  it("refuses only what is no day at all, in words", () => {
    expect(readDay("{not json")).toEqual({ ok: false, message: "It is not valid JSON." });
    expect(readDay("[]")).toMatchObject({ ok: false, message: expect.stringMatching(/not a Mineral Gap day/) });
    expect(readDay('{"hello":1}')).toMatchObject({ ok: false, message: expect.stringMatching(/neither a profile nor a list of foods/) });
    expect(readDay('{"version":4,"profile":{},"entries":[]}')).toMatchObject({ ok: false, message: expect.stringMatching(/another version of Mineral Gap \(version 4\)/) });
  });

  it("never throws, never keeps a bad entry, and never loses one: every entry is kept or set aside", () => {
    const rawEntry = fc.oneof(
      fc.record({ uid: fc.string(), meal: fc.oneof(fc.constantFrom("breakfast", "lunch", "Dinner", "elevenses"), fc.anything()), foodId: fc.oneof(fc.constantFrom("09040", "1077", "banana"), fc.integer()), amount: fc.oneof(fc.double(), fc.constantFrom("2", "0", "-1"), fc.anything()), portion: fc.oneof(fc.constant(null), fc.constantFrom("1 cup", ""), fc.anything()) }, { requiredKeys: [] }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(rawEntry, { maxLength: 12 }), fc.anything(), (entries, profile) => {
        const read = readDay(JSON.stringify({ version: 2, profile, entries }));
        if (!read.ok) return;
        const serialised = JSON.parse(JSON.stringify(entries)) as unknown[];
        expect(read.day.days[0]!.entries.length + read.setAside.length).toBe(serialised.length);
        for (const entry of read.day.days[0]!.entries) expect(entry.amount).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), (text) => void readDay(text)));
  });
});

describe("a share link and health conditions", () => {
  it("carries them to the other browser, and a link without them opens with none", () => {
    const day: Day = {
      app: "mineral-gap",
      version: 3,
      profile: { ageYears: 70, sex: "male", lifeStage: null, standard: "efsa", conditions: ["potassium-raising-medicine"] },
      days: [{ label: "Day 1", entries: [{ uid: "a", meal: "breakfast", foodId: "09040", amount: 1, portion: BANANA }] }],
      supplements: [],
    };
    const read = decodeShare(encodeShare(day));
    expect(read.ok && read.day.profile).toEqual(day.profile);
    const plain = decodeShare(encodeShare({ ...day, profile: { ageYears: 70, sex: "male", lifeStage: null, standard: "efsa" } }));
    expect(plain.ok && plain.day.profile.conditions).toBeUndefined();
  });
});

describe("a small appetite", () => {
  const base = { ageYears: 80, sex: "female", lifeStage: null, standard: "uk" } as const;
  it("is kept in a saved day and a share link; usual is the same as none said", () => {
    const read = readDay(JSON.stringify({ version: 2, profile: { ...base, appetite: "small" }, entries: [good(1)], supplements: [] }));
    expect(read.ok && read.day.profile.appetite).toBe("small");
    const usual = readDay(JSON.stringify({ version: 2, profile: { ...base, appetite: "usual" }, entries: [good(1)], supplements: [] }));
    expect(usual.ok && usual.day.profile.appetite).toBeUndefined();
    const day: Day = { app: "mineral-gap", version: 3, profile: { ...base, appetite: "small" }, days: [{ label: "Day 1", entries: [] }], supplements: [] };
    expect(decodeShare(encodeShare(day))).toMatchObject({ ok: true, day: { profile: { ...base, appetite: "small" } } });
    const both: Day = { ...day, profile: { ...base, appetite: "small", conditions: ["kidney-disease"] } };
    expect(decodeShare(encodeShare(both))).toMatchObject({ ok: true, day: { profile: both.profile } });
  });
  it("an appetite it does not know is read as usual, and said", () => {
    const read = readDay(JSON.stringify({ version: 2, profile: { ...base, appetite: "huge" }, entries: [good(1)], supplements: [] }));
    expect(read.ok && read.day.profile.appetite).toBeUndefined();
    expect(read.ok && read.repairs).toEqual(["Its appetite (“huge”) is not usual or small, so usual portions are used: change it under About you."]);
  });
});

describe("how often an entry is eaten", () => {
  const base = { ageYears: 35, sex: "female", lifeStage: null, standard: "us" } as const;
  it("keeps days a week in a saved day and a share link; 7 is every day; a bad one sets the entry aside, saying why", () => {
    const entries = [
      { uid: "a", meal: "dinner", foodId: "15237", amount: 150, portion: null, perWeek: 2 },
      { uid: "b", meal: "breakfast", foodId: "09040", amount: 1, portion: BANANA, perWeek: 7 },
      { uid: "c", meal: "lunch", foodId: "09040", amount: 118, portion: null, perWeek: 9 },
    ];
    const read = readDay(JSON.stringify({ version: 2, profile: base, entries, supplements: [] }));
    expect(read.ok && read.day.days[0]!.entries.map((e) => e.perWeek)).toEqual([2, undefined]);
    expect(read.ok && read.setAside.map((x) => x.reason)).toEqual(["Its days a week (9) is not more than 0 and at most 7."]);
    const day: Day = { app: "mineral-gap", version: 3, profile: base, days: [{ label: "Day 1", entries: [{ uid: "a", meal: "dinner", foodId: "15237", amount: 150, portion: null, perWeek: 2 }] }], supplements: [] };
    expect(decodeShare(encodeShare(day))).toMatchObject({ ok: true, day: { days: [{ entries: [{ foodId: "15237", amount: 150, perWeek: 2 }] }] } });
  });
});

describe("a share link with a bad entry", () => {
  it("opens the rest of the day and sets the bad entry aside", () => {
    const link = encodeShare({
      app: "mineral-gap",
      version: 3,
      profile: { ageYears: 30, sex: "female", lifeStage: null, standard: "us" },
      days: [
        {
          label: "Day 1",
          entries: [
            { uid: "a", meal: "breakfast", foodId: "09040", amount: 2, portion: BANANA },
            { uid: "b", meal: "lunch", foodId: "12061", amount: 0, portion: null },
          ],
        },
      ],
      supplements: [],
    });
    const read = decodeShare(link);
    expect(read.ok && read.day.days[0]!.entries.map((e) => e.foodId)).toEqual(["09040"]);
    expect(read.ok && read.setAside.map((s) => s.reason)).toEqual(["Its amount (0 g) is not more than 0."]);
  });
});

describe("several days (version 3)", () => {
  const base = { ageYears: 35, sex: "female", lifeStage: null, standard: "us" } as const;
  it("reads every older version as one day, Day 1, and a version 3 day as its days", () => {
    for (const version of [1, 2, undefined]) {
      const read = readDay(JSON.stringify({ version, profile: base, entries: [good(1)], supplements: [] }));
      expect(read.ok && read.day.days.map((d) => [d.label, d.entries.length])).toEqual([["Day 1", 1]]);
      expect(read.ok && read.day.version).toBe(3);
    }
    const week = { version: 3, profile: base, days: [{ label: "Mon", entries: [good(1)] }, { label: "Sunday", entries: [good(2), good(3)] }], supplements: [] };
    const read = readDay(JSON.stringify(week));
    expect(read.ok && read.day.days.map((d) => [d.label, d.entries.map((e) => e.uid)])).toEqual([["Mon", ["u1"]], ["Sunday", ["u2", "u3"]]]);
  });

  it("repairs a day's name, sets aside one bad food of one day, and keeps days past 14 as set-aside foods", () => {
    const days = [
      { label: "", entries: [good(1)] },
      { label: "Tue", entries: [good(2), { ...good(3), amount: -1 }] },
      ...Array.from({ length: 13 }, (_, i) => ({ label: `D${i + 3}`, entries: [good(10 + i)] })),
    ];
    const read = readDay(JSON.stringify({ version: 3, profile: base, days, supplements: [] }));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.day.days).toHaveLength(14);
    expect(read.day.days[0]!.label).toBe("Day 1");
    expect(read.repairs).toEqual(["A day's name (nothing) could not be used as it was, so it is “Day 1”."]);
    expect(read.day.days[1]!.entries.map((e) => e.uid)).toEqual(["u2"]);
    expect(read.setAside.map((x) => x.reason)).toEqual(["Its amount (-1 g) is not more than 0.", "It was in “D15”, past the 14 days the page keeps."]);
  });

  it("a share link carries several days with their names", () => {
    const day: Day = {
      app: "mineral-gap",
      version: 3,
      profile: base,
      days: [
        { label: "Mon", entries: [{ uid: "a", meal: "breakfast", foodId: "09040", amount: 1, portion: BANANA }] },
        { label: "Tue", entries: [] },
        { label: "Sat", entries: [{ uid: "b", meal: "dinner", foodId: "15237", amount: 150, portion: null, perWeek: 1 }] },
      ],
      supplements: [],
    };
    const read = decodeShare(encodeShare(day));
    expect(read.ok && read.day.days.map((d) => [d.label, d.entries.map((e) => [e.foodId, e.amount, e.perWeek])])).toEqual([
      ["Mon", [["09040", 1, undefined]]],
      ["Tue", []],
      ["Sat", [["15237", 150, 1]]],
    ]);
  });

  it("sets aside something in the list of days that is no day, and adds no empty day for it", () => {
    const read = readDay(JSON.stringify({ version: 3, profile: base, days: [{ label: "Mon", entries: [good(1)] }, [good(2)], "Tue"], supplements: [] }));
    expect(read.ok && read.day.days.map((d) => d.label)).toEqual(["Mon"]);
    expect(read.ok && read.setAside.map((x) => [x.label, x.reason])).toEqual([
      ["Day 2 of the list", "It is not a day (a name and a list of foods), so it could not be read."],
      ["Day 3 of the list", "It is not a day (a name and a list of foods), so it could not be read."],
    ]);
  });

  it("a share link of 14 full days stays short enough to open (under 14,000 characters; servers take 16 KB)", () => {
    const foods = ["09040", "01077", "12061", "20037", "15237", "11124", "11357", "01117", "16015"];
    const entries: DayEntry[] = Array.from({ length: 18 }, (_, i) => ({ uid: `e${i}`, meal: "lunch", foodId: foods[i % foods.length]!, name: "A food with a long USDA name, raw", amount: 118, portion: null, perWeek: 2 }));
    const day: Day = { app: "mineral-gap", version: 3, profile: base, days: Array.from({ length: 14 }, (_, d) => ({ label: `Day ${d + 1}`, entries })), supplements: [] };
    const code = encodeShare(day);
    expect(code.length).toBeLessThan(14_000);
    const read = decodeShare(code);
    expect(read.ok && read.day.days[13]!.entries[17]).toMatchObject({ foodId: foods[17 % foods.length], amount: 118, perWeek: 2 });
  });

  it("refuses a day from a newer version, leaving it as it is", () => {
    expect(readDay(JSON.stringify({ version: 4, profile: base, days: [] }))).toEqual({ ok: false, message: "It was saved by another version of Mineral Gap (version 4); this page reads versions 1 to 3." });
  });
});
