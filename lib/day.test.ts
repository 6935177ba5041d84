import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyDay, encodeShare, entryGrams, serializeDay, toAnalyzeRequest, typicalPortion } from "./day";
import { decodeShare, parseDay } from "./day-parse";
import { foodById } from "./foods";
import { MEALS, type Day, type DayEntry } from "./schema";

const food = (id: string) => foodById(id)!;

describe("typicalPortion", () => {
  it.each([
    ["09040", '1 medium (7" to 7-7/8" long)'], // banana
    ["01077", "1 cup"], // milk
    ["12061", "1 oz (23 whole kernels)"], // almonds by the ounce, not the cup
    ["01009", "1 slice (1 oz)"], // cheddar
    ["18075", "1 slice"], // whole-wheat bread
  ])("%s -> %s", (id, label) => expect(typicalPortion(food(id))?.label).toBe(label));

  it("is null for a food USDA gives no household measure (kefir)", () => {
    expect(typicalPortion(food("01289"))).toBeNull();
  });
});

describe("entries and requests", () => {
  it("turns portions into grams, and keeps grams as grams", () => {
    const portions = food("09040").portions;
    expect(entryGrams({ amount: 2, portion: '1 medium (7" to 7-7/8" long)' }, portions)).toBe(236);
    expect(entryGrams({ amount: 50, portion: null }, portions)).toBe(50);
    expect(entryGrams({ amount: 1, portion: "1 bunch" }, portions)).toBeUndefined();
  });

  it("asks /api/analyze in grams or in portions, as the entry was given", () => {
    const day: Day = {
      ...emptyDay(),
      entries: [
        { uid: "a", meal: "breakfast", foodId: "09040", amount: 2, portion: '1 medium (7" to 7-7/8" long)' },
        { uid: "b", meal: "lunch", foodId: "12061", amount: 30, portion: null },
      ],
    };
    expect(toAnalyzeRequest(day).entries).toEqual([
      { foodId: "09040", amount: 2, portion: '1 medium (7" to 7-7/8" long)' },
      { foodId: "12061", grams: 30 },
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
const dayArb = fc.record({
  version: fc.constant(2 as const),
  profile: fc.oneof(
    fc.record({ ageYears: fc.integer({ min: 1, max: 120 }), sex: fc.constant("male" as const), lifeStage: fc.constant(null), standard: fc.constantFrom("us" as const, "efsa" as const, "uk" as const) }),
    fc.record({ ageYears: fc.integer({ min: 14, max: 50 }), sex: fc.constant("female" as const), lifeStage: fc.constantFrom(null, "pregnant" as const, "lactating" as const), standard: fc.constantFrom("us" as const, "efsa" as const, "uk" as const) }),
  ),
  entries: fc.array(entryArb, { maxLength: 20 }),
  supplements: fc.array(supplementArb, { maxLength: 4 }),
});

describe("saved days and files", () => {
  it("round-trip through the file format", () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const parsed = parseDay(serializeDay(day));
        expect(parsed.ok && parsed.day.entries).toEqual(day.entries);
        expect(parsed.ok && parsed.day.supplements).toEqual(day.supplements);
      }),
    );
  });

  it.each([
    ["", "It is not valid JSON."],
    ["{not json", "It is not valid JSON."],
    ["[]", "A saved day is a JSON object with version, profile and entries."],
    ['{"version":3,"profile":{"ageYears":30,"sex":"female"},"entries":[]}', "saved by another version of Mineral Gap (expected version 1 or 2)"],
    ['{"version":2,"profile":{"ageYears":30,"sex":"female"},"entries":[],"supplements":[{"name":"Mg","magnesium":-5,"potassium":0,"calcium":0,"count":1}]}', "supplements.0.magnesium"],
    ['{"version":1,"profile":{"ageYears":300,"sex":"female"},"entries":[]}', "ageYears"],
    ['{"version":1,"profile":{"ageYears":30,"sex":"female"},"entries":[{"uid":"a","meal":"brunch","foodId":"09040","amount":1,"portion":null}]}', "entries.0.meal"],
  ])("reports %s as a readable problem", (text, fragment) => {
    const parsed = parseDay(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(fragment);
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
    const parsed = parseDay(JSON.stringify(v1));
    expect(parsed).toEqual({ ok: true, day: { ...v1, version: 2, supplements: [] } });
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string(), (text) => void parseDay(text)));
    fc.assert(fc.property(fc.json(), (text) => void parseDay(text)));
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
        expect(decoded.day.entries.map(kept)).toEqual(day.entries.map(kept));
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
    expect(decoded.ok && decoded.day.entries).toEqual([{ uid: "shared-0", foodId: "09040", meal: "breakfast", amount: 2, portion: null }]);
    expect(decoded.ok && decoded.day.supplements).toEqual([]);
  });

  it("report a damaged link instead of throwing", () => {
    fc.assert(fc.property(fc.string(), (text) => void decodeShare(text)));
    expect(decodeShare("not-a-day")).toEqual({ ok: false, message: "The shared link is damaged or incomplete." });
    expect(decodeShare(encodeShare(emptyDay())).ok).toBe(true);
  });
});
