// The one fetch helper: JSON in, the API's answer out, or an Error carrying the API's message.
// Answers are typed by the schemas in lib/schema/ and not checked again here: the server built them from those schemas, and
// checking them in the browser would ship a validator to every phone for data this same deployment just made.
// What does come from outside (a saved day, an imported file, a share link) is checked: lib/day/read.ts.
import type { ApiError, ApiIssue } from "@/lib/schema/errors";

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** What the API said was wrong, where it said (a 400's issues), so the page can act on one bad entry. */
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = "ApiRequestError";
  }
}

/**
 * An error as the page says it to a person: a 400's message names parts of the request ("entries.3.portion"), words
 * for developers, so it is said in plain words; other messages ("Service unavailable") are shown as they are.
 */
export function errorForPerson(error: Error): string {
  return error instanceof ApiRequestError && error.status === 400 ? "the server could not read part of what was sent" : error.message;
}

/** The API's own message from an error answer ({"error":{"message"}}), if it has one. */
function apiMessage(body: unknown): string | undefined {
  const message = (body as Partial<ApiError> | null)?.error?.message;
  return typeof message === "string" ? message : undefined;
}

function apiIssues(body: unknown): ApiIssue[] {
  const issues = (body as Partial<ApiError> | null)?.error?.issues;
  return Array.isArray(issues) ? issues : [];
}

export async function fetchJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...init.headers } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiRequestError(apiMessage(body) ?? `Request failed (${response.status})`, response.status, apiIssues(body));
  if (body === null) throw new ApiRequestError("The answer was not JSON", response.status);
  return body as T;
}

/** POST a JSON body and read the JSON answer. */
export function postJson<T>(url: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return fetchJson<T>(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal });
}
