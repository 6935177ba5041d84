import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runningText } from "./format";

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
