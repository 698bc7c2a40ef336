import { execFileSync } from "node:child_process";
import { generate } from "../../generator/generate.js";
import { writeOutput } from "../../generator/write/write.js";
import { GENERATED_ROOT, SPECS } from "./paths.js";

/**
 * Once per test run: compile the runtime (`npm run build`, so tests never see a stale
 * dist/) and generate both vendored Stripe specs into GENERATED_ROOT for the tests to import.
 */
export default async function setup(): Promise<void> {
  execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });
  for (const [version, spec] of Object.entries(SPECS)) {
    const { files } = await generate({ spec });
    await writeOutput(`${GENERATED_ROOT}/${version}`, files);
  }
}
