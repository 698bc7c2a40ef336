import { createHash } from "node:crypto";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { ROOT, SPECS } from "../support/paths.js";

function digest(files: Map<string, string>): Map<string, string> {
  return new Map([...files].map(([path, content]) => [path, createHash("sha256").update(content).digest("hex")]));
}

describe("output is deterministic", () => {
  it("the same spec gives byte-identical files, whatever the cwd or the way the spec is named", async () => {
    const absolute = await generate({ spec: SPECS["2023-09-12"], cwd: "/" });
    const relativeToRoot = await generate({ spec: relative(ROOT, SPECS["2023-09-12"]), cwd: ROOT });
    expect(digest(relativeToRoot.files)).toEqual(digest(absolute.files));
  });

  it("lists files in sorted order, so a write order never depends on the spec's order", async () => {
    const { files } = await generate({ spec: SPECS["2022-04-12"] });
    const paths = [...files.keys()];
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
