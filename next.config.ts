import type { NextConfig } from "next";
import { API_CSP, SECURITY_HEADERS } from "./lib/security";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // A self-contained server for the Docker image (Dockerfile sets STANDALONE=1); `npm start` uses `next start`.
  output: process.env.STANDALONE === "1" ? "standalone" : undefined,
  // GLPK ships a WebAssembly file it loads from its own folder: import it from node_modules, unbundled.
  serverExternalPackages: ["glpk.js"],
  async headers() {
    return [
      { source: "/:path*", headers: [...SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }, { key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default nextConfig;
