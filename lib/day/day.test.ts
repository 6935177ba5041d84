import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyDay, encodeShare, entryGrams, serializeDay, setAsideUnresolved, toAnalyzeRequest, toViewRequest } from "./day";
import { decodeShare, readDay } from "./read";
import { foodById } from "../food/foods";
import { MEALS } from "../constants";
import type { Day, DayEntry } from "../schema/day";

const food = (id: string) => foodById(id)!;

describe("entries and requests", () => {
  it("turns portions into grams, and keeps grams as grams", () => {
    const portions = food("09040").portions;
    expect(entryGrams({ amount: 2, portion: '1 medium (7" to 7-7/8" long)' }, portions)).toBe(236);
    expect(entryGrams({ amount: 50, portion: null }, portions)).toBe(50);
    expect(entryGrams({ amount: 1, portion: "1 bunch" }, portions)).toBeUndefined();
  });

  it("asks /api/analyze in grams or in portions, as the entry was given, with its meal", () => {
    const day: Day = {
      ...emptyDay(),
      days: [
        {
          label: "Day 1",
          entries: [
            { uid: "a", meal: "breakfast", foodId: "09040", amount: 2, portion: '1 medium (7" to 7-7/8" long)' },
            { uid: "b", meal: "lunch", foodId: "12061", amount: 30, portion: null },
          ],
        },
      ],
    };
    expect(toAnalyzeRequest(day).entries).toEqual([
      { foodId: "09040", amount: 2, portion: '1 medium (7" to 7-7/8" long)', meal: "breakfast" },
      { foodId: "12061", grams: 30, meal: "lunch" },
    ]);
  });
});

const entryArb = fc.record({
  uid: fc.string({ minLength: 1, maxLength: 12 }),
  meal: fc.constantFrom(...MEALS),
  foodId: fc.constantFrom("09040", "01077", "12061", "01289"),
  name: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  amount: fc.double({ min: 0.5, max: 100, noNaN: true }),
  portion: fc.option(fc.constantFrom("1 cup", '1 medium (7" to 7-7/8" long)'), { nil: null }),
}).chain((entry) =>
  // Some entries are ingredients of a dish: they carry its name and the id of that serving.
  fc.option(fc.tuple(fc.constantFrom("Turkey sandwich", "Latte"), fc.constantFrom("d1", "d2")), { nil: undefined }).map((dish) =>
    dish ? { ...entry, recipe: dish[0], dish: dish[1] } : entry,
  ),
);
const supplementArb = fc.record({
  name: fc.string({ minLength: 1, maxLength: 30 }).filter((n) => n.trim().length > 0).map((n) => n.trim()),
  magnesium: fc.double({ min: 0, max: 5000, noNaN: true }),
  potassium: fc.double({ min: 0, max: 5000, noNaN: true }),
  calcium: fc.double({ min: 0, max: 5000, noNaN: true }),
  count: fc.double({ min: 0, max: 20, noNaN: true }),
});
const labelArb = fc.oneof(fc.constantFrom("Day 1", "Mon", "a work day", "Sunday"), fc.string({ minLength: 1, maxLength: 40 }).filter((l) => l.trim() === l && l.length > 0));
const dayArb = fc.record({
  version: fc.constant(3 as const),
  profile: fc.oneof(
    fc.record({ ageYears: fc.integer({ min: 1, max: 120 }), sex: fc.constant("male" as const), lifeStage: fc.constant(null), standard: fc.constantFrom("us" as const, "efsa" as const, "uk" as const) }),
    fc.record({ ageYears: fc.integer({ min: 14, max: 50 }), sex: fc.constant("female" as const), lifeStage: fc.constantFrom(null, "pregnant" as const, "lactating" as const), standard: fc.constantFrom("us" as const, "efsa" as const, "uk" as const) }),
  ),
  days: fc.array(fc.record({ label: labelArb, entries: fc.array(entryArb, { maxLength: 12 }) }), { minLength: 1, maxLength: 4 }),
  supplements: fc.array(supplementArb, { maxLength: 4 }),
});
const entriesOf = (day: { days: { entries: DayEntry[] }[] }) => day.days.flatMap((d) => d.entries);

describe("saved days and files", () => {
  it("round-trip through the file format", () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const parsed = readDay(serializeDay(day));
        if (!parsed.ok) throw new Error(parsed.message);
        // Every entry comes back as it was; an id two entries shared is made unique (ids only tell rows apart).
        const withoutUid = (entry: DayEntry) => ({ ...entry, uid: "" });
        expect(parsed.day.days.map((d) => d.label)).toEqual(day.days.map((d) => d.label));
        expect(parsed.day.days.map((d) => d.entries.map(withoutUid))).toEqual(day.days.map((d) => d.entries.map(withoutUid)));
        const all = entriesOf(day);
        expect(new Set(entriesOf(parsed.day).map((e) => e.uid)).size).toBe(all.length);
        const unique = all.filter((e) => all.filter((o) => o.uid === e.uid).length === 1);
        for (const entry of unique) expect(entriesOf(parsed.day).map((e) => e.uid)).toContain(entry.uid);
        expect(parsed.day.supplements).toEqual(day.supplements);
        expect(parsed.setAside).toEqual([]);
      }),
    );
  });

  it.each([
    ["", "It is not valid JSON."],
    ["{not json", "It is not valid JSON."],
    ["[]", "It is not a Mineral Gap day"],
    ['{"version":4,"profile":{"ageYears":30,"sex":"female"},"days":[]}', "another version of Mineral Gap (version 4)"],
  ])("refuses %s as no day, in words", (text, fragment) => {
    const parsed = readDay(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(fragment);
  });

  it.each([
    ['{"version":2,"profile":{"ageYears":30,"sex":"female"},"entries":[],"supplements":[{"name":"Mg","magnesium":-5,"potassium":0,"calcium":0,"count":1}]}', "setAside", "Magnesium must be 0 or more mg per unit."],
    ['{"version":1,"profile":{"ageYears":300,"sex":"female"},"entries":[]}', "repairs", "Its age (300) is not a whole number of years from 1 to 120, so 35 is used: change it under About you."],
    ['{"version":1,"profile":{"ageYears":30,"sex":"female"},"entries":[{"uid":"a","meal":"brunch","foodId":"09040","amount":1,"portion":null}]}', "setAside", "Its meal (“brunch”) is not breakfast, lunch, dinner or snacks."],
  ])("reads %s with what it could not use said in words", (text, where, words) => {
    const parsed = readDay(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const said = where === "repairs" ? parsed.repairs : parsed.setAside.map((s) => s.reason);
    expect(said).toEqual([words]);
  });

  it("loads a version 1 day (saved before supplements) unchanged, with no supplements", () => {
    const v1 = {
      app: "mineral-gap",
      version: 1,
      profile: { ageYears: 61, sex: "male", lifeStage: null, standard: "uk" },
      entries: [
        { uid: "a", meal: "breakfast", foodId: "09040", amount: 1, portion: '1 medium (7" to 7-7/8" long)' },
        { uid: "b", meal: "dinner", foodId: "11458", name: "Spinach", amount: 180, portion: null, recipe: "Saag", dish: "d1" },
      ],
    };
    const parsed = readDay(JSON.stringify(v1));
    const { entries, ...rest } = v1;
    expect(parsed).toEqual({ ok: true, day: { ...rest, version: 3, days: [{ label: "Day 1", entries }], supplements: [] }, setAside: [], repairs: [] });
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string(), (text) => void readDay(text)));
    fc.assert(fc.property(fc.json(), (text) => void readDay(text)));
  });
});

describe("share links", () => {
  it("carry the day and profile exactly", () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const decoded = decodeShare(encodeShare(day));
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        expect(decoded.day.profile).toEqual(day.profile);
        const kept = (e: DayEntry) => ({ foodId: e.foodId, meal: e.meal, amount: e.amount, portion: e.portion, recipe: e.recipe, dish: e.dish });
        expect(decoded.day.days.map((d) => d.label)).toEqual(day.days.map((d) => d.label));
        expect(decoded.day.days.map((d) => d.entries.map(kept))).toEqual(day.days.map((d) => d.entries.map(kept)));
        expect(decoded.day.supplements).toEqual(day.supplements);
      }),
    );
  });

  it("use only URL-safe characters", () => {
    fc.assert(fc.property(dayArb, (day) => {
      expect(encodeShare(day)).toMatch(/^[A-Za-z0-9_-]*$/);
    }));
  });

  it("read a link made before dishes existed (four fields an entry) unchanged", () => {
    // {"v":1,"p":[35,"female",null,"us"],"e":[["09040",0,2,null]]} as a link of the earlier format.
    const old = btoa(JSON.stringify({ v: 1, p: [35, "female", null, "us"], e: [["09040", 0, 2, null]] })).replace(/=+$/, "");
    const decoded = decodeShare(old);
    expect(decoded.ok && decoded.day.days).toEqual([{ label: "Day 1", entries: [{ uid: "shared-0", foodId: "09040", meal: "breakfast", amount: 2, portion: null }] }]);
    expect(decoded.ok && decoded.day.supplements).toEqual([]);
  });

  it("report a damaged link instead of throwing", () => {
    fc.assert(fc.property(fc.string(), (text) => void decodeShare(text)));
    expect(decodeShare("not-a-day")).toEqual({ ok: false, message: "The shared link is damaged or incomplete." });
    expect(decodeShare(encodeShare(emptyDay())).ok).toBe(true);
  });
});

describe("entries the API could not resolve", () => {
  const entries: DayEntry[] = [
    { uid: "a", meal: "breakfast", foodId: "09040", name: "Bananas, raw", amount: 1, portion: '1 medium (7" to 7-7/8" long)' },
    { uid: "b", meal: "lunch", foodId: "99999", name: "Mystery", amount: 100, portion: null },
    { uid: "c", meal: "lunch", foodId: "09040", amount: 1, portion: "1 bucket" },
  ];
  const day: Day = { ...emptyDay(), days: [{ label: "Day 1", entries }] };

  it("sets aside exactly the entries a 400 names, with the reason, and keeps the rest", () => {
    const next = setAsideUnresolved(day, [
      { path: ["entries", 1, "foodId"], code: "unknown_food", message: "No food with id 99999" },
      { path: ["entries", 2, "portion"], code: "unknown_portion", message: "no portion" },
    ]);
    expect(next?.days[0]!.entries.map((e) => e.uid)).toEqual(["a"]);
    expect(next?.setAside).toEqual([
      { kind: "food", item: entries[1], label: "Mystery", reason: "It is not in the food table this page uses (food id 99999).", lacks: "food" },
      { kind: "food", item: entries[2], label: "Food 09040", reason: "Its measure (“1 bucket”) is not one of this food's measures: put it back in grams.", lacks: "measure" },
    ]);
  });

  it("sets aside an entry with any other problem the API names, in plain words", () => {
    const next = setAsideUnresolved(day, [{ path: ["entries", 0, "amount"], code: "too_small", message: "Too small: expected number to be >0" }]);
    expect(next?.days[0]!.entries.map((e) => e.uid)).toEqual(["b", "c"]);
    expect(next?.setAside?.[0]?.reason).toBe("Its amount or unit could not be counted: put it back with another amount.");
  });

  it("finds the entry a 400 names inside one of several days", () => {
    const week: Day = { ...emptyDay(), days: [{ label: "Mon", entries: [entries[0]!] }, { label: "Tue", entries: [entries[0]!, entries[1]!] }].map((d, i) => ({ ...d, entries: d.entries.map((e) => ({ ...e, uid: `${e.uid}${i}` })) })) };
    const next = setAsideUnresolved(week, [{ path: ["days", 1, "entries", 1, "foodId"], code: "unknown_food", message: "No food with id 99999" }], "average");
    expect(next?.days.map((d) => d.entries.map((e) => e.uid))).toEqual([["a0"], ["a1"]]);
    expect(next?.setAside?.map((x) => x.label)).toEqual(["Mystery"]);
    // A one-day request for the second day names its entries as "entries".
    expect(setAsideUnresolved(week, [{ path: ["entries", 1, "foodId"], code: "unknown_food", message: "x" }], 1)?.days[1]!.entries.map((e) => e.uid)).toEqual(["a1"]);
  });

  it("leaves a day with no foods out of the average, and finds a 400's entry among the days with foods", () => {
    const week: Day = {
      ...emptyDay(),
      days: [
        { label: "Mon", entries: [{ ...entries[0]!, uid: "m" }] },
        { label: "Tue", entries: [] },
        { label: "Wed", entries: [{ ...entries[1]!, uid: "w" }] },
      ],
    };
    const request = toViewRequest(week, "average");
    expect(request.days?.map((d) => d.label)).toEqual(["Mon", "Wed"]);
    // The request's day 1 is Wed, the second day with foods.
    const next = setAsideUnresolved(week, [{ path: ["days", 1, "entries", 0, "foodId"], code: "unknown_food", message: "x" }], "average");
    expect(next?.days.map((d) => d.entries.map((e) => e.uid))).toEqual([["m"], [], []]);
    // One day with foods: the results are that day's, whichever day is empty.
    const oneFilled: Day = { ...week, days: [{ label: "Mon", entries: [] }, { label: "Tue", entries: [{ ...entries[0]!, uid: "t" }] }] };
    expect(toViewRequest(oneFilled, "average")).toMatchObject({ entries: [{ foodId: "09040" }] });
    expect(toViewRequest(oneFilled, "average").days).toBeUndefined();
  });

  it("changes nothing for issues that name no entry", () => {
    expect(setAsideUnresolved(day, [{ path: ["profile", "ageYears"], code: "too_big", message: "x" }])).toBeNull();
  });
});
