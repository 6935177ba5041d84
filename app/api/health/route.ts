import { json } from "@/lib/http";

export function GET(): Response {
  return json({ ok: true });
}
