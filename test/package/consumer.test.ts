import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedDir, ROOT } from "../support/paths.js";
import { consumerSource } from "./consumer-source.js";
import { attempt, installConsumer, pack, scratch, TSC, type Packed } from "./support.js";

/**
 * The package as a user gets it: `npm pack` of the generated 2023-09-12 package,
 * installed from the tarball into a fresh project, type-checked in strict mode under
 * both module resolutions a TypeScript project uses today (Node's, and a bundler's),
 * then run with plain `node` on Stripe's example session.
 */

const FIXTURES = `${ROOT}test/fixtures/stripe/2023-09-12/fixtures3.json`;
const NODE_TYPES = `${ROOT}node_modules/@types`;

const MODES = {
  nodenext: { module: "NodeNext", moduleResolution: "NodeNext", outDir: "out" },
  bundler: { module: "ESNext", moduleResolution: "bundler", noEmit: true },
} as const;

let work: Awaited<ReturnType<typeof scratch>>;
let packed: Packed;
const checks: Partial<Record<keyof typeof MODES, { code: number; output: string }>> = {};

beforeAll(async () => {
  work = await scratch("consumer");
  packed = await pack(generatedDir("2023-09-12"), work.dir);
  const project = join(work.dir, "project");
  await mkdir(project);
  await installConsumer(project, packed.tarball);
  await writeFile(join(project, "consumer.ts"), consumerSource(packed.name));
  await writeFile(join(project, "readme-imports.ts"), readmeImports(await readFile(join(project, "node_modules", packed.name, "README.md"), "utf8")));
  for (const [mode, options] of Object.entries(MODES)) {
    const tsconfig = {
      compilerOptions: {
        ...options,
        target: "ES2022",
        lib: ["ES2022"],
        strict: true,
        skipLibCheck: false,
        types: ["node"],
        typeRoots: [NODE_TYPES],
      },
      files: ["consumer.ts", "readme-imports.ts"],
    };
    await writeFile(join(project, `tsconfig.${mode}.json`), JSON.stringify(tsconfig, null, 2));
  }
  const modes = Object.keys(MODES) as (keyof typeof MODES)[];
  const results = await Promise.all(modes.map((mode) => attempt(process.execPath, [TSC, "-p", `tsconfig.${mode}.json`, "--pretty", "false"], project)));
  modes.forEach((mode, i) => (checks[mode] = results[i]));
}, 150_000);

afterAll(async () => {
  await work?.remove();
});

describe("the packed package in a consumer project", () => {
  it.each(Object.keys(MODES) as (keyof typeof MODES)[])("type-checks a consumer strictly with moduleResolution %s", (mode) => {
    expect(diagnostics(checks[mode]!, "consumer.ts")).toEqual([]);
    expect(checks[mode]).toEqual({ code: 0, output: "" });
  });

  it.each(Object.keys(MODES) as (keyof typeof MODES)[])("type-checks the README's import block with moduleResolution %s", (mode) => {
    expect(diagnostics(checks[mode]!, "readme-imports.ts")).toEqual([]);
  });

  it("runs with plain node on Stripe's example billing_portal.session", async () => {
    expect(checks.nodenext?.code).toBe(0);
    const { code, output } = await attempt(process.execPath, ["out/consumer.js", FIXTURES], join(work.dir, "project"));
    expect(code, output).toBe(0);
    const seen = JSON.parse(output) as Record<string, unknown>;
    expect(seen).toEqual({
      validate: { ok: true, url: "https://pakrym-customer_portal-mydev.dev.stripe.me/session/{SESSION_SECRET}", sameValue: true },
      missing: [["required", "/customer", expect.any(String)]],
      standard: true,
      standalone: { same: true, is: true },
      update: {
        // Cast ("1696000000" → 1696000000), and only what differs: `url` is the same.
        changes: { return_url: "https://example.com", created: 1696000000 },
        errors: {},
        valid: true,
        applied: { return_url: "https://example.com", created: 1696000000 },
        unchangedData: true,
      },
      invalid: {
        changed: ["flow"],
        valid: false,
        messages: { livemode: ["is invalid"], flow: { after_completion: ["can't be blank"], type: ["is invalid"] } },
        validations: { livemode: ["cast"], flow: { after_completion: ["required"], type: ["inclusion"] } },
        action: "update",
      },
      forObject: { name: "billing_portal.session", same: true, registry: true, unknown: true },
      pointer: "/flow/after_completion/type",
    });
  });
});

/** The README's first TypeScript block (its import examples), as a module to compile. */
function readmeImports(readme: string): string {
  const block = /```ts\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error("The generated README has no ```ts block of imports");
  return `${block[1]}export {};\n`;
}

/** tsc's diagnostics for one file of the project. */
function diagnostics(result: { output: string }, file: string): string[] {
  return result.output.split("\n").filter((line) => line.startsWith(`${file}(`));
}
