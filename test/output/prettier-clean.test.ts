import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { generatedDir } from "../support/paths.js";

/** Generated files are emitted prettier-clean, so formatting them would change nothing. */
describe("generated output needs no formatting", () => {
  it("every file of the 2023-09-12 package passes prettier --check", async () => {
    const folder = generatedDir("2023-09-12");
    const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => /\.(js|ts)$/.test(file));
    expect(files.length).toBeGreaterThan(2400);
    const unformatted: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(folder, file), "utf8");
      if (!(await prettier.check(source, { filepath: file }))) unformatted.push(file);
    }
    expect(unformatted).toEqual([]);
  }, 180_000);
});
