import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(__dirname, "..");
const reference = resolve(root, "../shared/reference");

// A clone without ../shared still has the committed table; the regeneration check needs the USDA extracts.
describe.skipIf(!existsSync(reference))("scripts/build-food-table.mjs", () => {
  it("regenerates data/foods.json byte for byte from the USDA extracts", () => {
    const out = join(mkdtempSync(join(tmpdir(), "foods-")), "foods.json");
    execFileSync(process.execPath, [join(root, "scripts/build-food-table.mjs"), reference, out], { stdio: "pipe" });
    expect(readFileSync(out).equals(readFileSync(join(root, "data/foods.json")))).toBe(true);
  });
});
