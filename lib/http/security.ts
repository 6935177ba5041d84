// Security headers, in one place. No 'unsafe-eval' anywhere; scripts run only by nonce (and what they load).

/** The policy for HTML pages. Styles allow inline attributes: the charts set style="" on SVG elements. */
export function pageCsp(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Pages: every visit revalidates (a new nonce each time), shared caches never store one, and nothing says no-store,
 * so that Back and Forward can restore the page as it was (the back/forward cache). API answers keep no-store. */
export const PAGE_CACHE_CONTROL = "private, no-cache, max-age=0, must-revalidate";

/** API answers are JSON: nothing in them may load or run anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
