// The Docker image runs the standalone server.js without scripts/start.mjs: its CMD and ENV must carry the same memory
// limits as `npm start` (scripts/server-flags.mjs), or one of the two runs with limits nobody measured.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "./server-flags.mjs";

const dockerfile = readFileSync(new URL("../Dockerfile", import.meta.url), "utf8");

describe("the server's memory limits", () => {
  it("are the same in the Dockerfile's CMD as in npm start", () => {
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile)?.[1];
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd!)).toEqual(["node", ...SERVER_NODE_FLAGS, "server.js"]);
  });

  it("set the same malloc arenas in the Dockerfile's ENV", () => {
    for (const [name, value] of Object.entries(SERVER_ENV)) expect(dockerfile).toMatch(new RegExp(`^ENV ${name}=${value}$`, "m"));
  });

  it("bound the old and the young generation of the main thread", () => {
    expect(SERVER_NODE_FLAGS).toEqual(["--max-old-space-size=192", "--max-semi-space-size=4"]);
  });
});
