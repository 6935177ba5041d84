import { describe, expect, it } from "vitest";
import { BusyError, runInSlices, SLICE_MS, SLICE_QUEUE } from "./in-slices";

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

  it("runs jobs one at a time, in the order they came", async () => {
    const log: string[] = [];
    function* job(name: string): Generator<void, string, void> {
      for (let i = 0; i < 3; i++) {
        log.push(`${name}${i}`);
        const until = performance.now() + SLICE_MS;
        while (performance.now() < until) {
          // busy: every step ends a slice
        }
        yield;
      }
      return name;
    }
    expect(await Promise.all([runInSlices(job("a")), runInSlices(job("b")), runInSlices(job("c"))])).toEqual(["a", "b", "c"]);
    expect(log).toEqual(["a0", "a1", "a2", "b0", "b1", "b2", "c0", "c1", "c2"]);
  });

  it(`turns a job away with BusyError when ${SLICE_QUEUE} already wait, and the others still finish`, async () => {
    const jobs = Array.from({ length: 1 + SLICE_QUEUE }, (_, i) => runInSlices(busySteps(2, 1)).then(() => i));
    await expect(runInSlices(busySteps(1, 0))).rejects.toBeInstanceOf(BusyError);
    expect(await Promise.all(jobs)).toEqual(Array.from({ length: 1 + SLICE_QUEUE }, (_, i) => i));
    // The line is free again.
    expect(await runInSlices(busySteps(1, 0))).toBe(1);
  });

  it("passes the turn on when a job fails", async () => {
    function* failing(): Generator<void, never, void> {
      yield;
      throw new Error("bad step");
    }
    const first = runInSlices(failing());
    const second = runInSlices(busySteps(2, 0));
    await expect(first).rejects.toThrow("bad step");
    expect(await second).toBe(2);
  });
});
