import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // HiGHS ships a WebAssembly file it loads from its own folder: require it from node_modules, unbundled.
  serverExternalPackages: ["highs"],
};

export default nextConfig;
