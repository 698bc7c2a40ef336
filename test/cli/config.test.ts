import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, runCli, tempDir } from "./run.js";

/** A small spec with an open (`x-stripeBypassValidation`) enum. */
const SPEC = `openapi: 3.0.0
info: {title: Config test, version: "1"}
components:
  schemas:
    card:
      type: object
      properties:
        brand: {type: string, enum: [visa, amex], x-stripeBypassValidation: true}
`;

/** A working folder holding the spec and, when given, gen-schemas.config.json. */
function project(config?: unknown): string {
  const cwd = tempDir();
  writeFileSync(join(cwd, "spec.yaml"), SPEC);
  if (config !== undefined) writeFileSync(join(cwd, "gen-schemas.config.json"), typeof config === "string" ? config : JSON.stringify(config));
  return cwd;
}

const read = (path: string) => readFileSync(path, "utf8");

afterAll(removeTempDirs);

describe("gen-schemas.config.json", () => {
  it("is read from the working folder: spec, out, package name and version", async () => {
    const cwd = project({ spec: "spec.yaml", out: "lib/schemas", packageName: "card-schemas", packageVersion: "1.2.3" });
    const run = await runCli([], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^gen-schemas: 1 schemas, \d+ files → lib\/schemas in \d+ ms\n$/);
    expect(JSON.parse(read(join(cwd, "lib/schemas/package.json")))).toMatchObject({ name: "card-schemas", version: "1.2.3" });
  });

  it("takes typesOnly and closedEnums", async () => {
    const cwd = project({ spec: "spec.yaml", out: "out", typesOnly: true, closedEnums: true });
    const run = await runCli([], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(cwd, "out/card.js"))).toBe(false);
    expect(read(join(cwd, "out/types/card.d.ts"))).toContain('brand?: "visa" | "amex";');
  });

  it("gives way to command-line options", async () => {
    const cwd = project({ spec: "missing.yaml", out: "from-config", packageName: "from-config" });
    const run = await runCli(["--spec", "spec.yaml", "--out", "from-cli", "--package-name", "from-cli"], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(cwd, "from-config"))).toBe(false);
    expect(JSON.parse(read(join(cwd, "from-cli/package.json")))).toMatchObject({ name: "from-cli" });
    expect(read(join(cwd, "from-cli/types/card.d.ts"))).toContain('brand?: "visa" | "amex" | (string & {});');
  });

  it("is optional", async () => {
    const cwd = project();
    const run = await runCli(["--spec", "spec.yaml", "--out", "out"], { cwd });
    expect(run.code, run.stderr).toBe(0);
  });
});

describe("--config", () => {
  it("names another file, whose spec and out are relative to its own folder", async () => {
    const cwd = project();
    mkdirSync(join(cwd, "settings"));
    writeFileSync(join(cwd, "settings/spec.yaml"), SPEC);
    writeFileSync(join(cwd, "settings/gen.json"), JSON.stringify({ spec: "spec.yaml", out: "../generated-here", packageName: "via-flag" }));
    const run = await runCli(["--config", "settings/gen.json"], { cwd });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("→ generated-here in ");
    expect(JSON.parse(read(join(cwd, "generated-here/package.json")))).toMatchObject({ name: "via-flag" });
  });

  it("exits 1 with the path when the file is missing", async () => {
    const cwd = project();
    const run = await runCli(["--config", "nope.json"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`gen-schemas: Can't read the config file: no such file at ${join(cwd, "nope.json")}. Check the path given to --config\n`);
  });
});

describe("a bad config file exits 1 saying where and what to do", () => {
  it.each([
    ["malformed JSON", '{"spec": "spec.yaml",\n}', "Malformed JSON: Expected double-quoted property name", ":2:1", "Fix the syntax error there"],
    ["not an object", "[]", "The config file must hold a JSON object", "", 'Write {"spec": "…", "out": "…"}'],
    ["an unknown setting", { spec: "spec.yaml", output: "x" }, 'Unknown setting "output"', "#/output ", "Known settings: spec, out, packageName, packageVersion, typesOnly, closedEnums"],
    ["a __proto__ setting", '{"__proto__": {"spec": "x"}}', 'Unknown setting "__proto__"', "#/__proto__ ", "Known settings: spec, out, packageName, packageVersion, typesOnly, closedEnums"],
    ["a string that should be a boolean", { typesOnly: "yes" }, '"typesOnly" must be a boolean', "#/typesOnly ", 'Write "typesOnly": true'],
    ["a boolean that should be a string", { out: true }, '"out" must be a string', "#/out ", 'Write "out": "…"'],
  ])("%s", async (_name, config, what, pointer, hint) => {
    const cwd = project(config);
    const run = await runCli([], { cwd });
    expect(run.code).toBe(1);
    const file = join(cwd, "gen-schemas.config.json");
    const where = pointer.startsWith(":") ? `at ${file}${pointer}` : `at ${pointer ? `${pointer}in ` : ""}${file}`;
    expect(run.stderr).toBe(`gen-schemas: ${what} ${where}. ${hint}\n`);
    expect(existsSync(join(cwd, "generated"))).toBe(false);
  });
});
