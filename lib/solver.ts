// HiGHS (WebAssembly build of the HiGHS MILP solver), loaded once per process.
// Presolve is off: on these small models it costs more than it saves (docs/benchmarks.md, "Suggestions").
import loadHighs from "highs";

export type LpSolution = Map<string, number>;

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | undefined;

export class SolverError extends Error {}

/** Solves a model in CPLEX LP format; the primal value of each column by name. */
export async function solveLp(model: string): Promise<LpSolution> {
  highs ??= loadHighs();
  const result = (await highs).solve(model, { output_flag: false, mip_rel_gap: 0, presolve: "off", time_limit: 5 });
  if (result.Status !== "Optimal") throw new SolverError(`The solver ended with status ${result.Status}`);
  return new Map(Object.entries(result.Columns).map(([name, column]) => [name, column.Primal]));
}
