import { analyzeDay } from "@/lib/analysis/analyze";
import { busyResponse, json, methodNotAllowed } from "@/lib/http/errors";
import { readDayRequest } from "@/lib/http/request";
import { SuggestRequestSchema } from "@/lib/schema/suggest";
import { openMeals } from "@/lib/suggest/meals";
import { suggest } from "@/lib/suggest/suggest";
import { SolverBusyError, solveInPool } from "../_server/solver-pool";

export async function POST(request: Request): Promise<Response> {
  const day = await readDayRequest(request, SuggestRequestSchema, "Invalid suggestion request");
  if (!day.ok) return day.response;
  const { profile, supplements, diet, exclude, objective, include, pickedMeals, entries } = day.data;
  const meals = openMeals(entries.map((e) => e.meal), pickedMeals);
  try {
    return json(await suggest(analyzeDay(profile, day.entries, supplements), { diet, exclude, objective, include, conditions: profile.conditions ?? [], profile, supplements, meals }, solveInPool));
  } catch (error) {
    if (!(error instanceof SolverBusyError)) throw error;
    return busyResponse("Too many plans are being worked out right now: please try again in a moment.");
  }
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
