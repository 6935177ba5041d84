// How much memory next-server may take, and why (issue #23; measured by bench/memory.bench.ts and bench/soak.bench.ts,
// docs/benchmarks.md "Issue 23"). Used by `npm start` (scripts/start.mjs) and the benchmarks; the Dockerfile repeats
// them (it runs the standalone server.js without this file) and must be changed with them.
//
// The main thread's live heap is about 70 MB once every route has been used (the food table, its search index, the
// lexicon and recipes, Next.js), whatever the load; what grew under load was V8 letting the heap grow far past that
// while there was garbage to collect (heap total 420 MB after 30 s of mixed traffic, then idle at 77 MB).
export const SERVER_NODE_FLAGS = [
  // The old generation: live data plus room for what requests in flight hold (8 long days being read at once hold
  // about 40 MB), so that V8 collects instead of growing; a heap past it is a crash, so not tighter.
  `--max-old-space-size=${process.env.SERVER_OLD_SPACE_MB ?? 192}`,
  // The young generation: three semi-spaces of 4 MB instead of V8's 16 MB; a request's garbage is short-lived and is
  // collected as cheaply in the smaller space (the parse of a 2,000-character day makes about 37 MB of it).
  `--max-semi-space-size=${process.env.SERVER_SEMI_SPACE_MB ?? 4}`,
];

/** Environment for the server: glibc's malloc keeps an arena per thread by default (up to 8 per core, 64 MB each
 * reserved); the solver threads' and V8's threads' arenas held memory long after their work. Two arenas suffice.
 * The environment start.mjs is given still wins (MALLOC_ARENA_MAX=16 measures without it). */
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2" };
