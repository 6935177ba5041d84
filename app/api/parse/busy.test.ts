import { describe, expect, it, vi } from "vitest";

// The slices' line is replaced by one that is always full, to see what a client gets then.
vi.mock("../_server/in-slices", () => {
  class BusyError extends Error {}
  return { BusyError, runInSlices: () => Promise.reject(new BusyError("Too many long jobs are waiting")) };
});
const { POST } = await import("./route");

describe("POST /api/parse when too many days wait to be read", () => {
  it("answers 503 with Retry-After and the API's error shape", async () => {
    const response = await POST(new Request("http://test/api/parse", { method: "POST", body: JSON.stringify({ text: "a banana" }) }));
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("1");
    expect((await response.json()).error.message).toMatch(/try again/);
  });
});
