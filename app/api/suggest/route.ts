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
  const { profile, supplements, diet, exclude, objective, include, pickedMeals, entries, days } = day.data;
  // With several days, suggestions go to the meals any of them has, and close the average day's gaps.
  const meals = openMeals((days ? days.flatMap((d) => d.entries) : entries ?? []).map((e) => e.meal), pickedMeals);
  try {
    return json(await suggest(analyzeDay(profile, day.entries, supplements), { diet, exclude, objective, include, conditions: profile.conditions ?? [], profile, supplements, meals, weekly: days !== undefined }, solveInPool));
  } catch (error) {
    if (!(error instanceof SolverBusyError)) throw error;
    return busyResponse("Too many plans are being worked out right now: please try again in a moment.");
  }
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
