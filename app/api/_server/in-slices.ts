// Long request work in slices, one job at a time: a generator that pauses between steps (lib/parse/meals.ts's parseSteps)
// runs a few milliseconds at a time, and between slices the event loop answers everything else (search, analysis, the
// health check). Jobs take turns in arrival order rather than all slicing at once: with eight long jobs interleaved,
// every turn of the event loop would run eight slices, and a health check (which needs a few turns) would wait for all
// of them. The queue is bounded; past it, BusyError (the route answers 503).
// The parser cannot move to a worker thread: it needs the food table and its search index, and a second copy of those
// in a thread would break the one-copy-per-process memory budget (docs/benchmarks.md).
import { setImmediate as nextTurn } from "node:timers/promises";
import { processWide } from "@/lib/food/data";

/** How long one slice runs before the event loop gets a turn. */
export const SLICE_MS = 4;
/** Jobs that may wait behind the one running: 16 long real days are about 0.3 s of work, 16 worst-case texts 3 s. */
export const SLICE_QUEUE = 16;

export class BusyError extends Error {}

type Turns = { running: boolean; waiting: Array<() => void> };
// One line per server process, whichever route bundle asks first.
const turns = () => processWide<Turns>("slice-turns", () => ({ running: false, waiting: [] }));

async function takeTurn(): Promise<void> {
  const line = turns();
  if (!line.running) {
    line.running = true;
    return;
  }
  if (line.waiting.length >= SLICE_QUEUE) throw new BusyError("Too many long jobs are waiting");
  await new Promise<void>((resolve) => line.waiting.push(resolve));
}

function passTurn(): void {
  const line = turns();
  const next = line.waiting.shift();
  if (next) next();
  else line.running = false;
}

/**
 * Runs the steps to the end when its turn comes, giving the event loop a turn every SLICE_MS; stops early (rejecting
 * with the abort reason) if `signal` aborts, and throws BusyError at once when SLICE_QUEUE jobs already wait.
 */
export async function runInSlices<T>(steps: Generator<void, T, void>, signal?: AbortSignal): Promise<T> {
  await takeTurn();
  try {
    signal?.throwIfAborted();
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
  } finally {
    passTurn();
  }
}
