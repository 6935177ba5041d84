import { analyzeDay } from "@/lib/analyze";
import { errorResponse, json, methodNotAllowed } from "@/lib/http";
import { readDayRequest } from "@/lib/request";
import { SuggestRequestSchema } from "@/lib/schema";
import { suggest } from "@/lib/suggest";
import { SolverBusyError, solveInPool } from "../_server/solver-pool";

/** Seconds a client should wait before asking again when every solver thread and the queue are busy. */
const RETRY_AFTER_SECONDS = 1;

export async function POST(request: Request): Promise<Response> {
  const day = await readDayRequest(request, SuggestRequestSchema, "Invalid suggestion request");
  if (!day.ok) return day.response;
  const { profile, supplements, diet, exclude, objective, include } = day.data;
  try {
    return json(await suggest(analyzeDay(profile, day.entries, supplements), { diet, exclude, objective, include }, solveInPool));
  } catch (error) {
    if (!(error instanceof SolverBusyError)) throw error;
    const response = errorResponse(503, "Too many plans are being worked out right now: please try again in a moment.");
    response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
    return response;
  }
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
