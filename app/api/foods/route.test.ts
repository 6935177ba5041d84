import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET as searchRoute } from "./route";
import { GET as foodRoute } from "./[id]/route";

const search = (query: string) => searchRoute(new Request(`http://test/api/foods${query}`));
const byId = (id: string) => foodRoute(new Request(`http://test/api/foods/${id}`), { params: Promise.resolve({ id }) });

describe("GET /api/foods", () => {
  it("defaults to 10 results and honours limit 1..50", async () => {
    expect((await (await search("?q=cheese")).json()).foods).toHaveLength(10);
    expect((await (await search("?q=cheese&limit=1")).json()).foods).toHaveLength(1);
    expect((await (await search("?q=cheese&limit=50")).json()).foods).toHaveLength(50);
  });

  it.each(["", "?q=", "?q=%20%20", "?limit=5", "?q=milk&limit=0", "?q=milk&limit=51", "?q=milk&limit=1.5", "?q=milk&limit=ten", `?q=${"a".repeat(201)}`])(
    "answers 400 with zod issues for %s",
    async (query) => {
      const response = await search(query);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.message).toMatch(/^Invalid food search: /);
      expect(body.error.issues.length).toBeGreaterThan(0);
    },
  );

  it("never answers 5xx, whatever the query string", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string({ maxLength: 10 }), async (q, limit) => {
        const response = await search(`?${new URLSearchParams({ q, limit })}`);
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 200 },
    );
  });
});

describe("GET /api/foods/{id}", () => {
  it("returns the food in the public shape", async () => {
    const response = await byId("09040");
    expect(response.status).toBe(200);
    const { food } = await response.json();
    expect(food).toMatchObject({ id: "09040", name: "Bananas, raw", everydayName: "Banana", britishName: "Banana", per100g: { potassium: 358 } });
    expect(Object.keys(food).sort()).toEqual(["britishName", "everydayName", "group", "id", "name", "per100g", "portions"]);
  });

  it("answers 404 for an unknown id, naming it", async () => {
    const response = await byId("99999");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { message: "No food with id 99999 in the USDA SR28 table" } });
  });

  it("answers 400 for an id that is not an NDB number, and never 5xx", async () => {
    expect((await byId("banana")).status).toBe(400);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 20 }), async (id) => {
        expect([200, 400, 404]).toContain((await byId(id)).status);
      }),
    );
  });
});
