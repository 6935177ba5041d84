import { busyResponse, json, methodNotAllowed } from "@/lib/http/errors";
import { parseSteps } from "@/lib/parse/meals";
import { readJsonRequest } from "@/lib/http/request";
import { ParseRequestSchema } from "@/lib/schema/parse";
import { BusyError, runInSlices } from "../_server/in-slices";

export async function POST(request: Request): Promise<Response> {
  const parsed = await readJsonRequest(request, ParseRequestSchema, "Invalid text");
  if (!parsed.ok) return parsed.response;
  // A long day is read a few ms at a time, one day at a time, so other requests are answered meanwhile
  // (app/api/_server/in-slices.ts).
  try {
    return json(await runInSlices(parseSteps(parsed.data.text), request.signal));
  } catch (error) {
    // The client went away: stop reading for nobody (the status is never seen).
    if (request.signal.aborted) return new Response(null, { status: 499 });
    if (!(error instanceof BusyError)) throw error;
    return busyResponse("Too many days are being read right now: please try again in a moment.");
  }
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
