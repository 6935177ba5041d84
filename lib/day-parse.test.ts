// The browser's day reader on its own, as the page loads it: zod/mini and lib/day-schema.ts, no full zod.
// (lib/day.test.ts covers the same reader alongside the rest of the app.)
import { describe, expect, it } from "vitest";
import { parseDay } from "./day-parse";

const day = (entry: object) => JSON.stringify({ version: 2, profile: { ageYears: 30, sex: "female" }, entries: [{ uid: "a", meal: "lunch", foodId: "09040", amount: 1, portion: null, ...entry }] });

describe("the day reader without full zod", () => {
  it.each([
    [{ uid: "" }, "Too small: expected string to have >=1 characters (at entries.0.uid)."],
    [{ amount: 0 }, "Too small: expected number to be >0 (at entries.0.amount)."],
    [{ foodId: "banana" }, "A food id is a 5-digit USDA SR28 NDB number, e.g. 09040 (at entries.0.foodId)."],
    [{ portion: "1 cup", amount: 101 }, "At most 100 portions in one entry (at entries.0.amount)."],
  ])("words a damaged entry %j as full zod would", (entry, message) => {
    expect(parseDay(day(entry))).toEqual({ ok: false, message });
  });

  it("fills in what older days lack, as the API does", () => {
    const parsed = parseDay(day({}));
    expect(parsed.ok && parsed.day.profile).toEqual({ ageYears: 30, sex: "female", lifeStage: null, standard: "us" });
    expect(parsed.ok && parsed.day.supplements).toEqual([]);
  });
});
