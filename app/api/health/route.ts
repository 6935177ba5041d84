import { json, methodNotAllowed } from "@/lib/http/errors";

export function GET(): Response {
  return json({ ok: true });
}

const notAllowed = () => methodNotAllowed(["GET"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
