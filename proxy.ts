// Runs before every page request: a fresh nonce per request for a strict Content-Security-Policy.
// Next.js reads the policy from the request headers and puts the nonce on its own scripts.
import { NextResponse, type NextRequest } from "next/server";
import { PAGE_CACHE_CONTROL, pageCsp } from "./lib/http/security";

export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // A page rendered per request is sent with no-store, which keeps it out of the back/forward cache: going back
  // to it would reload it and lose what is on screen. no-cache still makes every new visit fetch a fresh page
  // (and a fresh nonce); private keeps shared caches from ever handing one nonce to many people.
  response.headers.set("Cache-Control", PAGE_CACHE_CONTROL);
  return response;
}

export const config = {
  // Pages only: API answers and static files get their headers from next.config.ts.
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
