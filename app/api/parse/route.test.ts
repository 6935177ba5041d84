import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PARSE_CHARS } from "@/lib/constants";
import { parseMeals } from "@/lib/parse/meals";
import { POST } from "./route";

const post = (body: string) => POST(new Request("http://test/api/parse", { method: "POST", body }));

describe("POST /api/parse", () => {
  it("answers entries and unmatched fragments", async () => {
    const response = await post(JSON.stringify({ text: "2 bananas and a cup of milk, zzqxj" }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.entries.map((e: { foodId: string }) => e.foodId)).toEqual(["09040", "01077"]);
    expect(body.unmatched).toEqual(["zzqxj"]);
  });

  it("names each food and alternative in everyday words, British ones for British text; name stays USDA's", async () => {
    const names = async (text: string) => (await (await post(JSON.stringify({ text }))).json()).entries;
    // SR28 19411 "Snacks, potato chips, plain, salted": named by hand in data/everyday-names.json.
    const [us] = await names("a bag of potato chips");
    expect(us).toMatchObject({ foodId: "19411", name: "Snacks, potato chips, plain, salted", everydayName: "Potato chips, salted" });
    const [uk] = await names("a bag of crisps");
    expect(uk).toMatchObject({ foodId: "19411", name: "Snacks, potato chips, plain, salted", everydayName: "Crisps, salted" });
    // Alternatives by the rule: "Snacks, potato chips, reduced fat" -> "Potato chips, reduced fat", British "crisps".
    expect(us.alternatives.map((a: { everydayName: string }) => a.everydayName)).toContain("Potato chips, reduced fat");
    expect(uk.alternatives.map((a: { everydayName: string }) => a.everydayName)).toContain("Potato crisps, reduced fat");
    const [ketchup] = await names("a spoon of ketchup");
    expect(ketchup).toMatchObject({ name: "Catsup", everydayName: "Ketchup" });
  });

  it("says which rows need a look, and gives no entry for an amount of 0 or less", async () => {
    const response = await post(JSON.stringify({ text: "Lunch: 0 bananas, -200 g spinach, 5000 g almonds, a samosa and an apple" }));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.entries.map((e: { text: string; check: string | null }) => [e.text, e.check])).toEqual([
      ["5000 g almonds", "amount"],
      ["a samosa", "food"],
      ["an apple", null],
    ]);
    expect(body.unmatchedReasons).toEqual([
      { text: "0 bananas", reason: expect.stringMatching(/amount of 0/) },
      { text: "-200 g spinach", reason: expect.stringMatching(/negative amount/) },
    ]);
  });

  it.each([
    ["empty text", { text: "" }, "empty"],
    ["blank text", { text: "  \n " }, "empty"],
    ["one character over the limit", { text: "milk ".repeat(MAX_PARSE_CHARS / 5) + "!" }, "too long"],
    ["no text", {}, "text"],
    ["text not a string", { text: 5 }, "text"],
    ["a field it does not know", { text: "a banana", meal: "lunch" }, 'Unrecognized key: "meal"'],
  ])("answers 400 for %s", async (_name, body, fragment) => {
    const response = await post(JSON.stringify(body));
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain(fragment);
  });

  // A long day is read in slices (app/api/_server/in-slices.ts): the answer is the same as in one go.
  const longDay = "Breakfast: porridge with milk, a banana and 2 slices of toast with butter. Lunch: a tuna sandwich, crisps and an apple. Dinner: chicken curry with rice and a glass of red wine.\n".repeat(11).slice(0, MAX_PARSE_CHARS);

  it("answers a long day read in slices exactly as in one go", async () => {
    const response = await post(JSON.stringify({ text: longDay }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(parseMeals(longDay))));
  });

  it("stops reading when the client has gone", async () => {
    const controller = new AbortController();
    const request = new Request("http://test/api/parse", { method: "POST", body: JSON.stringify({ text: longDay }), signal: controller.signal });
    const answer = POST(request);
    controller.abort();
    expect((await answer).status).toBe(499);
  });

  it("never answers 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.json()), async (body) => {
        expect([200, 400]).toContain((await post(body)).status);
      }),
      { numRuns: 150 },
    );
  });
});
