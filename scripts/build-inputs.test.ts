import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInputs, buildInputsHash } from "./build-inputs.mjs";

function project() {
  const root = mkdtempSync(join(tmpdir(), "inputs-"));
  for (const dir of ["app", "lib", "data", "public", "node_modules/x"]) mkdirSync(join(root, dir), { recursive: true });
  const files: Record<string, string> = {
    "app/page.tsx": "export default 1",
    "lib/a.ts": "a",
    "lib/a.test.ts": "test",
    "data/foods.json": "{}",
    "public/icon.svg": "<svg/>",
    "proxy.ts": "proxy",
    "package.json": "{}",
    "package-lock.json": "{}",
    "next.config.ts": "config",
    "tsconfig.json": "{}",
    "README.md": "readme",
    "node_modules/x/index.js": "x",
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return root;
}

describe("build inputs", () => {
  it("are the source folders and build config files, without tests, docs or node_modules", () => {
    expect(buildInputs(project())).toEqual([
      "app/page.tsx",
      "data/foods.json",
      "lib/a.ts",
      "next.config.ts",
      "package-lock.json",
      "package.json",
      "proxy.ts",
      "public/icon.svg",
      "tsconfig.json",
    ]);
  });

  it.each(["proxy.ts", "package.json", "lib/a.ts", "data/foods.json", "next.config.ts"])("change when %s changes", (file) => {
    const root = project();
    const before = buildInputsHash(root);
    writeFileSync(join(root, file), "changed");
    expect(buildInputsHash(root)).not.toBe(before);
  });

  it("do not change for a test, the README or a file rewritten with the same content", () => {
    const root = project();
    const before = buildInputsHash(root);
    writeFileSync(join(root, "lib/a.test.ts"), "another test");
    writeFileSync(join(root, "README.md"), "more docs");
    writeFileSync(join(root, "lib/a.ts"), "a");
    expect(buildInputsHash(root)).toBe(before);
  });

  it("change when a file is added or renamed", () => {
    const root = project();
    const before = buildInputsHash(root);
    writeFileSync(join(root, "lib/b.ts"), "a");
    expect(buildInputsHash(root)).not.toBe(before);
  });
});
