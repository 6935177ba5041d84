import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST } from "./route";

const post = (body: string, headers: Record<string, string> = {}) =>
  POST(new Request("http://test/api/analyze", { method: "POST", body, headers: { "content-type": "application/json", ...headers } }));

describe("POST /api/analyze", () => {
  it("answers the contract for the issue's example", async () => {
    const response = await post(
      JSON.stringify({ profile: { ageYears: 35, sex: "female", lifeStage: null, standard: "us" }, entries: [{ foodId: "09040", grams: 118 }] }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.totals).toEqual({ magnesium: 31.86, potassium: 422.44, calcium: 5.9 });
    expect(body.targets.magnesium).toMatchObject({ amount: 320, kind: "RDA", upperLimit: 350, upperLimitAppliesTo: "supplements" });
    expect(body.targets.magnesium.source).toMatch(/NASEM/);
    expect(body.gaps).toEqual({ magnesium: 288.14, potassium: 2177.56, calcium: 994.1 });
    expect(body.percent.magnesium).toBeCloseTo(9.956, 3);
    expect(body.contributions).toEqual([{ foodId: "09040", name: "Bananas, raw", everydayName: "Banana", britishName: "Banana", grams: 118, magnesium: 31.86, potassium: 422.44, calcium: 5.9, calciumCounted: 5.9 }]);
    expect(body.calciumCounted).toBe(5.9);
    expect(body.missing).toEqual([]);
  });

  it("accepts an entry as amount and portion", async () => {
    const response = await post(
      JSON.stringify({ profile: { ageYears: 25, sex: "male" }, entries: [{ foodId: "09040", amount: 2, portion: '1 medium (7" to 7-7/8" long)' }] }),
    );
    expect((await response.json()).contributions[0].grams).toBe(236);
  });

  it.each([
    ["malformed JSON", "{", "not valid JSON"],
    ["an empty body", "", "empty"],
    ["no profile", JSON.stringify({ entries: [] }), "profile"],
    ["an unknown food", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "99999", grams: 10 }] }), "99999"],
    ["an unknown portion", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", amount: 1, portion: "crate" }] }), "crate"],
    ["absurd grams", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", grams: 1e9 }] }), "grams"],
    ["zero grams", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", grams: 0 }] }), "grams must be more than 0"],
    ["negative grams", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", grams: -200 }] }), "grams must be more than 0"],
    ["a zero amount of a portion", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", amount: 0, portion: "1 medium" }] }), "amount must be more than 0"],
    ["a negative amount of a portion", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", amount: -1, portion: "1 medium" }] }), "amount must be more than 0"],
    ["perWeek of 0", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", grams: 118, perWeek: 0 }] }), "perWeek must be more than 0 days a week"],
    ["perWeek over 7", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", grams: 118, perWeek: 8 }] }), "perWeek must be at most 7 days a week"],
    ["a negative perWeek", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [{ foodId: "09040", amount: 1, portion: "1 medium", perWeek: -2 }] }), "perWeek must be more than 0 days a week"],
    ["a misspelt field", JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [], suplements: [] }), 'Unrecognized key: "suplements"'],
    ["an unknown field in the profile", JSON.stringify({ profile: { ageYears: 30, sex: "male", weightKg: 70 }, entries: [] }), 'profile: Unrecognized key: "weightKg"'],
  ])("answers 400 for %s, saying what is wrong", async (_name, body, fragment) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const json = await response.json();
    expect(json.error.message).toContain(fragment);
  });

  it("takes supplements, and answers complete, fromSupplements, calciumAbsorbable and upperLimitKind", async () => {
    const response = await post(
      JSON.stringify({
        profile: { ageYears: 35, sex: "female", lifeStage: null, standard: "us" },
        entries: [{ foodId: "09040", grams: 118 }, { foodId: "14099", grams: 150 }],
        supplements: [{ name: "Magnesium oxide", magnesium: 241, potassium: 0, calcium: 0, count: 2 }],
      }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.complete).toEqual({ magnesium: false, potassium: false, calcium: false }); // Pinot Noir has no values
    expect(body.fromSupplements).toEqual({ magnesium: 482, potassium: 0, calcium: 0 });
    expect(body.totals.magnesium).toBeCloseTo(31.86 + 482, 6);
    expect(body.status.magnesium).toBe("above-upper-limit"); // 482 mg from tablets > 350
    expect(body.calciumAbsorbable).toBeCloseTo(5.9, 6); // banana: counted like milk
    expect(body.targets.magnesium.upperLimitKind).toBe("UL");
    expect(body.targets.potassium.upperLimitKind).toBeNull();
  });

  it.each([
    ["an absurd amount", { name: "Mg", magnesium: 50_000, potassium: 0, calcium: 0, count: 1 }, "supplements.0.magnesium", "at most 5,000"],
    ["a negative count", { name: "Mg", magnesium: 100, potassium: 0, calcium: 0, count: -1 }, "supplements.0.count", "0 or more"],
    ["too many a day", { name: "Mg", magnesium: 100, potassium: 0, calcium: 0, count: 21 }, "supplements.0.count", "at most 20"],
    ["an unknown field", { name: "Mg", magnesium: 100, potassium: 0, calcium: 0, count: 1, zinc: 8 }, "supplements.0", "zinc"],
    ["no name", { name: " ", magnesium: 100, potassium: 0, calcium: 0, count: 1 }, "supplements.0.name", "empty"],
    ["a missing mineral", { name: "Mg", magnesium: 100, calcium: 0, count: 1 }, "supplements.0.potassium", "potassium"],
  ])("answers 400 for a supplement with %s, naming the field", async (_name, supplement, path, fragment) => {
    const response = await post(JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [], supplements: [supplement] }));
    expect(response.status).toBe(400);
    const json = await response.json();
    const issue = json.error.issues.find((i: { path: (string | number)[] }) => i.path.join(".") === path);
    expect(issue, JSON.stringify(json.error.issues)).toBeDefined();
    expect(`${json.error.message} ${issue.message}`).toContain(fragment);
  });

  it("answers 413 for a body over 256 KB", async () => {
    const big = JSON.stringify({ profile: { ageYears: 30, sex: "male" }, entries: [], pad: "x".repeat(300_000) });
    expect((await post(big)).status).toBe(413);
  });

  it("never answers 5xx, whatever the JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        expect([200, 400]).toContain((await post(JSON.stringify({ profile: { ageYears: 30, sex: "female" }, entries: value }))).status);
        expect([200, 400]).toContain((await post(JSON.stringify(value))).status);
      }),
      { numRuns: 200 },
    );
  });
});
