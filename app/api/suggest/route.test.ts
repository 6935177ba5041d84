import { describe, expect, it } from "vitest";
import { POST } from "./route";

const post = (body: unknown) =>
  POST(new Request("http://test/api/suggest", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) }));

const day = {
  profile: { ageYears: 35, sex: "female", lifeStage: null, standard: "us" },
  entries: [
    { foodId: "18075", grams: 64 },
    { foodId: "05064", grams: 120 },
  ],
};

describe("POST /api/suggest", () => {
  it("answers the contract with defaults omnivore, no exclusions, fewest kcal", async () => {
    const response = await post(day);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.suggestions.length).toBeGreaterThan(0);
    expect(Object.keys(body.suggestions[0]).sort()).toEqual(["adds", "foodId", "grams", "kcal", "name", "portion", "servings", "source", "why"]);
    expect(body.after.gaps).toEqual({ magnesium: 0, potassium: 0, calcium: 0 });
    expect(body.unmet).toEqual({});
  });

  it.each([
    ["an unknown diet", { ...day, diet: "keto" }, "diet"],
    ["an unknown objective", { ...day, objective: "price" }, "objective"],
    ["exclude not a list", { ...day, exclude: "nuts" }, "exclude"],
    ["malformed JSON", "{", "not valid JSON"],
  ])("answers 400 for %s", async (_name, body, fragment) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toContain(fragment);
  });
});
