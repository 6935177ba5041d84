import { describe, expect, it } from "vitest";
import { runInSlices, SLICE_MS } from "./in-slices";

/** Steps that each keep the CPU busy for `ms`, like a slow fragment of a long day. */
function* busySteps(count: number, ms: number): Generator<void, number, void> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy, as a parse is
    }
    yield;
  }
  return count;
}

describe("runInSlices", () => {
  it("returns the generator's value", async () => {
    expect(await runInSlices(busySteps(3, 0))).toBe(3);
  });

  it("lets the event loop run other work while a long job is in progress, not only after it", async () => {
    let turnsDuring = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      turnsDuring++;
      setImmediate(tick);
    };
    setImmediate(tick);
    // 40 steps of 1 ms: about 40 ms of work, about 10 slices.
    const job = runInSlices(busySteps(40, 1)).then((value) => {
      done = true;
      return value;
    });
    expect(await job).toBe(40);
    expect(turnsDuring).toBeGreaterThanOrEqual(Math.floor(40 / SLICE_MS / 2));
  });

  it("stops when the request is aborted", async () => {
    const controller = new AbortController();
    let steps = 0;
    function* endless(): Generator<void, never, void> {
      for (;;) {
        steps++;
        if (steps === 3) controller.abort();
        const until = performance.now() + SLICE_MS;
        while (performance.now() < until) {
          // busy
        }
        yield;
      }
    }
    await expect(runInSlices(endless(), controller.signal)).rejects.toThrow();
    expect(steps).toBeLessThan(10);
  });
});
