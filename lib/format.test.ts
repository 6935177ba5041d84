import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, formatGrams, formatMg, formatWhole, runningText } from "./format";

describe("running text", () => {
  it("names the table in plain words and leaves author citations to Sources", () => {
    expect(runningText("SR28 has no paneer; cottage cheese is used.")).toBe("The USDA table has no paneer; cottage cheese is used.");
    expect(runningText("Cooked rice assumed; SR28's basmati is not separate.")).toBe("Cooked rice assumed; the USDA table's basmati is not separate.");
    expect(runningText("A cup, as in SR28 household measures.")).toBe("A cup, as in USDA's household measures.");
    expect(runningText("each mg counts as 0.19 mg (Heaney et al. 1988).")).toBe("each mg counts as 0.19 mg.");
    expect(runningText("Here that is spinach (about 19% of milk's). Source: Heaney et al. 1988.")).toBe("Here that is spinach (about 19% of milk's).");
    expect(runningText("1 medium banana (118 g).")).toBe("1 medium banana (118 g).");
  });

  it("never leaves SR28 or a citation in any sentence built from table notes", () => {
    const word = fc.constantFrom("SR28", "SR28's", "banana", "has", "no", "(Weaver et al. 1999)", "cup", "Source: Heaney et al. 1988.", "USDA SR28");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        expect(runningText(words.join(" "))).not.toMatch(/SR28|et al\./);
      }),
    );
  });
});

// The page's numbers are written out without Intl (lib/format.ts says why): the same text as toLocaleString("en-US").
describe("number formatting without Intl", () => {
  const intl = (value: number) => value.toLocaleString("en-US");

  it("formats whole numbers as toLocaleString does", () => {
    for (const value of [0, -0, 1, 12, 999, 1000, 1629, -1629, 123456789, 1e20, -1e20, Number.MAX_SAFE_INTEGER]) expect(formatWhole(value)).toBe(intl(value));
    fc.assert(fc.property(fc.double({ min: -1e22, max: 1e22, noNaN: true }), (value) => formatWhole(value) === intl(Math.round(value))));
  });

  it("formats one decimal and larger amounts as toLocaleString does", () => {
    for (const value of [0.04, 0.05, 5.94, 9.96, 9.94, -3.25, 10, 10.5, 1234.56]) expect(formatAmount(value)).toBe(intl(value >= 10 ? Math.round(value) : Math.round(value * 10) / 10));
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (value) => formatAmount(value) === intl(value >= 10 ? Math.round(value) : Math.round(value * 10) / 10)),
    );
    fc.assert(fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (grams) => formatGrams(grams) === `${grams >= 10 ? intl(Math.round(grams)) : intl(Math.round(grams * 10) / 10)} g`));
  });

  it("keeps the special values", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e21, 1e-7]) expect(formatWhole(value)).toBe(intl(Math.round(value)));
    expect(formatMg(null)).toBe("unknown");
    expect(formatMg(1629.4)).toBe("1,629 mg");
  });
});
