import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/paths.js";

describe("the committed generated/", () => {
  it("is exactly what the generator makes from the default spec (gen-schemas check)", () => {
    let output = "";
    let status = 0;
    try {
      output = execFileSync(process.execPath, [`${ROOT}bin/gen-schemas.js`, "check"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const failure = error as { status: number; stdout: string; stderr: string };
      status = failure.status;
      output = `${failure.stdout}${failure.stderr}`;
    }
    expect(output).toMatch(/generated is up to date/);
    expect(status).toBe(0);
  });
});
