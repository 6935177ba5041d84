import { describe, expect, it, vi } from "vitest";

// The pool is replaced by one whose queue is always full, to see what a client gets then.
vi.mock("../_server/solver-pool", () => {
  class SolverBusyError extends Error {}
  return { SolverBusyError, solveInPool: () => Promise.reject(new SolverBusyError("The solver queue is full")) };
});
const { POST } = await import("./route");

describe("POST /api/suggest when the solver queue is full", () => {
  it("answers 503 with Retry-After and the API's error shape", async () => {
    const body = { profile: { ageYears: 35, sex: "female" }, entries: [{ foodId: "18075", grams: 64 }] };
    const response = await POST(new Request("http://test/api/suggest", { method: "POST", body: JSON.stringify(body) }));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("1");
    expect((await response.json()).error.message).toMatch(/try again/);
  });
});
