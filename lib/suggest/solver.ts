// The MILP solver behind suggestions: GLPK (the GNU Linear Programming Kit, WebAssembly build `glpk.js`). The model
// is plain data (terms, rows, binaries), so the solver can run here (tests, benchmarks) or in a worker thread (the
// server: app/api/_server/solver-pool.ts) with the same conversion both ways.
import GLPK from "glpk.js/node";

/** `coef · name`, one term of the objective or of a row. */
export type Term = { name: string; coef: number };
export type MilpRow = { name: string; terms: Term[]; sense: ">=" | "<=" | "="; rhs: number };
/** Minimise the objective subject to the rows; every variable is ≥ 0, the binaries are 0 or 1. */
export type Milp = { objective: Term[]; rows: MilpRow[]; binaries: string[] };

export type LpSolution = Map<string, number>;
/** The solver's answer: each variable's value, and whether it is proven optimal or the best found in the time. */
export type LpResult = { solution: LpSolution; proven: boolean; objective: number };
export type SolveOptions = { timeLimitSeconds?: number };
/** Something that solves a model: in this thread (solveMilp) or in a worker pool. */
export type MilpSolver = (model: Milp, options?: SolveOptions) => Promise<LpResult | null>;

export class SolverError extends Error {}

// GLPK's constants (glpk.h): bound types, message level, glp_intopt's statuses.
const GLP_MIN = 1;
const GLP_LO = 2;
const GLP_UP = 3;
const GLP_FX = 5;
const GLP_MSG_OFF = 0;
const GLP_FEAS = 2;
const GLP_NOFEAS = 4;
const GLP_OPT = 5;

/** The model as glpk.js's input, and the options for an exact solve (relative gap 0) with GLPK's presolver. */
export function glpkProblem(model: Milp, options: SolveOptions = {}) {
  const bound = { ">=": GLP_LO, "<=": GLP_UP, "=": GLP_FX } as const;
  return {
    lp: {
      name: "plan",
      objective: { direction: GLP_MIN, name: "cost", vars: model.objective },
      subjectTo: model.rows.map((row) => ({
        name: row.name,
        vars: row.terms,
        bnds: { type: bound[row.sense], lb: row.rhs, ub: row.rhs },
      })),
      binaries: model.binaries,
    },
    options: { msglev: GLP_MSG_OFF, presol: true, mipgap: 0, tmlim: options.timeLimitSeconds ?? 5 },
  };
}

/** What GLPK answered, as this app reads it: proven optimal, the best found in the time, or nothing. */
export type GlpkResult = { status: number; z: number; vars: Record<string, number> };
export function readGlpkResult(result: GlpkResult): LpResult | null {
  const solution = new Map(Object.entries(result.vars));
  if (result.status === GLP_OPT) return { solution, proven: true, objective: result.z };
  if (result.status === GLP_FEAS) return { solution, proven: false, objective: result.z };
  if (result.status === GLP_NOFEAS) throw new SolverError("The model has no solution");
  return null;
}

type Glpk = Awaited<ReturnType<typeof GLPK>>;
let glpk: Promise<Glpk> | undefined;

/**
 * Solves a model in this thread (GLPK loaded once per process): exact, or past `timeLimitSeconds` the best plan found
 * so far, marked not proven; null when none was found in the time.
 */
export const solveMilp: MilpSolver = async (model, options = {}) => {
  glpk ??= GLPK();
  const solver = await glpk;
  const { lp, options: glpkOptions } = glpkProblem(model, options);
  return readGlpkResult(solver.solve(lp, glpkOptions).result);
};
