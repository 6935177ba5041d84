// GLPK (the GNU Linear Programming Kit, WebAssembly build `glpk.js`), loaded once per process. The model is plain
// data (terms, rows, binaries), so the solver behind it can change without touching the model.
import GLPK from "glpk.js/node";

/** `coef · name`, one term of the objective or of a row. */
export type Term = { name: string; coef: number };
export type MilpRow = { name: string; terms: Term[]; sense: ">=" | "<=" | "="; rhs: number };
/** Minimise the objective subject to the rows; every variable is ≥ 0, the binaries are 0 or 1. */
export type Milp = { objective: Term[]; rows: MilpRow[]; binaries: string[] };

export type LpSolution = Map<string, number>;
/** The solver's answer: each variable's value, and whether it is proven optimal or the best found in the time. */
export type LpResult = { solution: LpSolution; proven: boolean; objective: number };

export class SolverError extends Error {}

type Glpk = Awaited<ReturnType<typeof GLPK>>;
let glpk: Promise<Glpk> | undefined;

// glp_intopt's status codes (glpk.h).
const GLP_FEAS = 2;
const GLP_NOFEAS = 4;
const GLP_OPT = 5;

/**
 * Solves a model exactly (relative gap 0) with GLPK's presolver and branch and bound. Past `timeLimitSeconds` the best
 * plan found so far is returned, marked not proven; null when none was found in the time.
 */
export async function solveMilp(model: Milp, options: { timeLimitSeconds?: number } = {}): Promise<LpResult | null> {
  glpk ??= GLPK();
  const solver = await glpk;
  const bounds = { LO: solver.GLP_LO, UP: solver.GLP_UP, FX: solver.GLP_FX };
  const result = solver.solve(
    {
      name: "plan",
      objective: { direction: solver.GLP_MIN, name: "cost", vars: model.objective.map(({ name, coef }) => ({ name, coef })) },
      subjectTo: model.rows.map((row) => ({
        name: row.name,
        vars: row.terms.map(({ name, coef }) => ({ name, coef })),
        bnds: { type: row.sense === ">=" ? bounds.LO : row.sense === "<=" ? bounds.UP : bounds.FX, lb: row.rhs, ub: row.rhs },
      })),
      binaries: model.binaries,
    },
    { msglev: solver.GLP_MSG_OFF, presol: true, mipgap: 0, tmlim: options.timeLimitSeconds ?? 5 },
  ).result;
  const solution = new Map(Object.entries(result.vars));
  if (result.status === GLP_OPT) return { solution, proven: true, objective: result.z };
  if (result.status === GLP_FEAS) return { solution, proven: false, objective: result.z };
  if (result.status === GLP_NOFEAS) throw new SolverError("The model has no solution");
  return null;
}
