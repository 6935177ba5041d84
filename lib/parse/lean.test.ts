// The lean share of ground meat (lean.ts): read off the words, then SR28's food of that share in the same form.
// Ids from SR28's FOOD_DES by hand: 23560 is "Beef, ground, 95% lean meat / 5% fat, crumbles, cooked, pan-browned".
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { foodRecordById } from "../food/foods";
import { leanForm, leanShare } from "./lean";
import { parseMeals } from "./meals";

describe("leanShare", () => {
  it("reads lean/fat pairs, lean and fat shares, and a bare share by its size", () => {
    expect(leanShare("93/7 ground turkey")).toEqual({ lean: 93, without: "ground turkey" });
    expect(leanShare("80-20 beef")).toEqual({ lean: 80, without: "beef" });
    expect(leanShare("90% lean ground beef")).toEqual({ lean: 90, without: "ground beef" });
    expect(leanShare("beef mince 12% fat")).toEqual({ lean: 88, without: "beef mince" });
    expect(leanShare("5% beef mince")).toEqual({ lean: 95, without: "beef mince" });
  });

  it("finds none in a fraction, a date or a share that is neither lean nor fat", () => {
    expect(leanShare("1/2 cup rice")).toBeNull();
    expect(leanShare("50% cocoa chocolate")).toBeNull();
    expect(leanShare("10/10 would eat again")).toBeNull();
  });

  it("never throws, and any share it reads is between 50 and 100", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const found = leanShare(text);
        return found === null || (found.lean >= 50 && found.lean <= 100);
      }),
    );
  });
});

describe("leanForm", () => {
  it("keeps the form: cooked mince is crumbles, raw stays raw, a patty stays a patty", () => {
    expect(leanForm(foodRecordById("23220")!, 95)?.id).toBe("23560");
    expect(leanForm(foodRecordById("05305")!, 93)?.id).toBe("05665");
    expect(leanForm(foodRecordById("23563")!, 80)?.id).toBe("23573");
    expect(leanForm(foodRecordById("23220")!, 88)?.id).toBe("23565"); // 88% is nearest SR28's 90%
  });

  it("is null for a share SR28 does not sell within 2 points, or a meat not sold by share", () => {
    expect(leanForm(foodRecordById("23220")!, 60)).toBeNull();
    expect(leanForm(foodRecordById("10220")!, 90)).toBeNull(); // ground pork: SR28 has one
  });
});

describe("quick add: ground meat by its lean share", () => {
  it("“250g 5% beef mince” is 250 g of 95% lean cooked crumbles, sure", () => {
    const [entry] = parseMeals("250g 5% beef mince").entries;
    expect(entry).toMatchObject({ foodId: "23560", grams: 250, confidence: "high" });
  });

  it("“80/20 ground beef” is no count of 4: one 3 oz portion (85 g) of 80% lean, said", () => {
    const [entry] = parseMeals("80/20 ground beef").entries;
    expect(entry).toMatchObject({ foodId: "23575", grams: 85, confidence: "low" });
  });

  it("“2% milk” keeps its share: milk is not ground meat", () => {
    expect(parseMeals("a cup of 2% milk").entries[0]?.foodId).toBe("01079");
  });
});
