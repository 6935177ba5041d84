import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

// The port of the server Playwright starts for the tests; E2E_PORT picks another (e.g. when 3123 is taken).
const PORT = Number(process.env.E2E_PORT ?? 3123);
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

// Debian's Chromium where it exists (Playwright cannot download its own browser on this network);
// Playwright's own Chromium elsewhere (`npx playwright install chromium`).
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    // Every test runs at desktop width; at phone width (375 px, touch) only those tagged @phone: the journeys a
    // person takes on a phone and the layouts that differ there (the day, quick add's preview, the suggestions, the
    // report, the share dialog, an axe scan of the page). The rest test logic that is the same at any width
    // (storage, undo, files, API contracts, security headers), and running them twice doubled the e2e time.
    { name: "phone", grep: /@phone/, use: { ...devices["Pixel 7"], viewport: { width: 375, height: 800 }, launchOptions } },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/api/health`,
    // Never test a server this run did not start (another checkout's build, an old build): if the port is taken,
    // the run stops with an error instead. Set E2E_PORT to a free port.
    reuseExistingServer: false,
    timeout: 240_000,
  },
});
