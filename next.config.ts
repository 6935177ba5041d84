import type { NextConfig } from "next";
import { API_CSP, SECURITY_HEADERS } from "./lib/http/security";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server for the Docker image (Dockerfile sets STANDALONE=1); `npm start` uses `next start`.
  output: process.env.STANDALONE === "1" ? "standalone" : undefined,
  // GLPK ships a WebAssembly file it loads from its own folder, and piscina starts worker threads from files: both
  // are imported from node_modules, unbundled.
  serverExternalPackages: ["glpk.js", "piscina"],
  // Files read at run time, shipped with the standalone build: the data tables (lib/food/data.ts reads them once per
  // process) and the solver's worker thread (app/api/_server/solver-pool.ts).
  outputFileTracingIncludes: { "/**": ["./data/*.json"], "/api/suggest": ["./app/api/_server/solve-worker.mjs"] },
  // The stylesheet (3.4 KB gzip) goes inside the HTML instead of a render-blocking <link>: on a phone the page can
  // paint from the first response, before the scripts arrive, so Lighthouse's simulated LCP no longer counts their
  // download (mobile median of 7 runs: LCP 2.2 -> 1.7 s, performance 91 -> 93; docs/benchmarks.md). Experimental in
  // Next.js 16; the cost is about 5.6 KB more HTML per visit (Next.js also copies the CSS into the RSC payload).
  experimental: { inlineCss: true },
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }, { key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
