// HiGHS (WebAssembly build of the HiGHS MILP solver), loaded once per process.
import loadHighs from "highs";

export type LpSolution = Map<string, number>;

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | undefined;

export class SolverError extends Error {}

/**
 * Exact (gap 0) and quick on these small models, measured over 150 random days (docs/benchmarks.md): presolve off;
 * the RINS, RENS, root reduced-cost and feasibility-jump heuristics off (they took most of the time and never beat
 * the greedy plan passed as the bound); cuts at the root only, from a small pool. Same optima as the defaults.
 */
const MIP_OPTIONS = {
  output_flag: false,
  mip_rel_gap: 0,
  presolve: "off",
  mip_heuristic_run_rins: false,
  mip_heuristic_run_rens: false,
  mip_heuristic_run_root_reduced_cost: false,
  mip_heuristic_run_feasibility_jump: false,
  mip_allow_cut_separation_at_nodes: false,
  mip_pool_soft_limit: 20,
} as const;

/** The solver's answer: each column's value, and whether it is proven optimal or the best found in the time. */
export type LpResult = { solution: LpSolution; proven: boolean; objective: number };

/**
 * Solves a model in CPLEX LP format. `upperBound` is the cost of a plan already known to be feasible (HiGHS prunes
 * with it); past `timeLimitSeconds` the best plan found so far is returned, not proven optimal; null when none was.
 */
export async function solveLp(model: string, options: { upperBound?: number; timeLimitSeconds?: number } = {}): Promise<LpResult | null> {
  highs ??= loadHighs();
  const bound = options.upperBound !== undefined && Number.isFinite(options.upperBound) ? { objective_bound: options.upperBound } : {};
  const result = (await highs).solve(model, { ...MIP_OPTIONS, time_limit: options.timeLimitSeconds ?? 5, ...bound });
  const solution = new Map(Object.entries(result.Columns).map(([name, column]) => [name, column.Primal] as [string, number]));
  if (result.Status === "Optimal") return { solution, proven: true, objective: result.ObjectiveValue };
  if (result.Status === "Time limit reached" && Number.isFinite(result.ObjectiveValue)) return { solution, proven: false, objective: result.ObjectiveValue };
  if (result.Status === "Time limit reached") return null;
  throw new SolverError(`The solver ended with status ${result.Status}`);
}
