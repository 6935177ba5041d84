// Long request work in slices: a generator that pauses between steps (lib/parse.ts's parseSteps) is run a few
// milliseconds at a time, and between slices the event loop answers everything else (search, analysis, the health
// check). The parser cannot move to a worker thread: it needs the food table and its search index, and a second copy
// of those in a thread would break the one-copy-per-process memory budget (docs/benchmarks.md).
import { setImmediate as nextTurn } from "node:timers/promises";

/** How long one slice runs before the event loop gets a turn. */
export const SLICE_MS = 4;

/** Runs the steps to the end, giving the event loop a turn every SLICE_MS; stops early if `signal` aborts. */
export async function runInSlices<T>(steps: Generator<void, T, void>, signal?: AbortSignal): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await nextTurn();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
}
