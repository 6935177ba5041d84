// The one error shape, built in one place. Plain Web Responses: no framework imports.
import type { z } from "zod";
import type { ApiError, ApiIssue } from "../schema/errors";

export function json(data: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(data, { status, headers });
}

export function errorResponse(status: number, message: string, issues?: ApiIssue[]): Response {
  const body: ApiError = { error: issues ? { message, issues } : { message } };
  return json(body, status);
}

/** 503 with `Retry-After`: the server is busy with others' work and this request is turned away at once. */
export function busyResponse(message: string, retryAfterSeconds = 1): Response {
  const response = errorResponse(503, message);
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}

export function toApiIssues(error: z.core.$ZodError): ApiIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    message: issue.message,
    code: issue.code,
  }));
}

/** 400 with zod's issues; the message names the first problem so a person reading it knows what to fix. */
export function badRequest(error: z.core.$ZodError, context: string): Response {
  const issues = toApiIssues(error);
  const first = issues[0];
  const where = first && first.path.length > 0 ? `${first.path.join(".")}: ` : "";
  return errorResponse(400, first ? `${context}: ${where}${first.message}` : context, issues);
}

/** 405 with the methods a route does answer. */
export function methodNotAllowed(allowed: readonly string[]): Response {
  const response = errorResponse(405, `Method not allowed: use ${allowed.join(" or ")}`);
  response.headers.set("Allow", allowed.join(", "));
  return response;
}
