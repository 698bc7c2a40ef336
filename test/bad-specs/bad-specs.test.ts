import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { writeOutput } from "../../generator/write/write.js";
import { removeTempDirs, runCli, snapshot, stackFrames, tempDir } from "../cli/run.js";
import { typeCheck } from "../hostile/compile.js";
import { ROOT } from "../support/paths.js";
import { FAILING, PASSING, type FailingCase } from "./cases.js";

const CORPUS = join(ROOT, "test/bad-specs/specs");
/** Where the cases too big to keep are written. */
let made: string;
/** A previous output, copied into each case's output folder to prove a failed run leaves it alone. */
let previous: string;

const specPath = (c: { file: string; make?: () => string }) => (c.make ? join(made, c.file) : join(CORPUS, c.file));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The whole of stderr a failing case must print. */
function expectedMessage(c: FailingCase, spec: string): RegExp {
  const pointer = c.pointer === undefined ? "" : typeof c.pointer === "string" ? ` at #${escape(c.pointer)}` : ` at #${escape(c.pointer.startsWith)}\\S*`;
  const where = `${pointer} ${c.pointer === undefined ? "at" : "in"} ${escape(spec)}${c.line === undefined ? "" : `:${c.line}`}`;
  const more = c.more === undefined ? "" : `\\n${c.more.length} more problem${c.more.length === 1 ? "" : "s"}:${c.more.map((line) => `\\n${escape(line.replaceAll("SPEC", spec))}`).join("")}`;
  return new RegExp(`^gen-schemas: ${escape(c.what)}${where}\\. ${escape(c.hint)}${more}\\n$`);
}

afterAll(removeTempDirs);

beforeAll(async () => {
  made = tempDir("gen-schemas-made-");
  for (const c of [...FAILING, ...PASSING]) if (c.make) writeFileSync(join(made, c.file), c.make());
  previous = join(tempDir("gen-schemas-previous-"), "out");
  await writeOutput(previous, (await generate({ spec: join(CORPUS, "proto-names.yaml") })).files);
});

describe.concurrent("a bad spec", () => {
  it("corpus: every file in specs/ is a case", () => {
    const cases = new Set([...FAILING, ...PASSING].map((c) => c.file));
    expect(readdirSync(CORPUS).filter((file) => !cases.has(file))).toEqual(["duplicate-names-reordered.yaml"]);
    expect(FAILING.length).toBeGreaterThanOrEqual(25);
  });

  it.each(FAILING)("$file: exits 1 saying what, where and what to do; the output is untouched", async (c) => {
    const spec = specPath(c);
    const out = join(tempDir(), "out");
    cpSync(previous, out, { recursive: true });
    const before = snapshot(out);
    const run = await runCli(["--spec", spec, "--out", out], { cwd: tempDir(), timeout: 60_000 });
    expect(run.stderr).toMatch(expectedMessage(c, spec));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(stackFrames(run.stderr)).toEqual([]);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(dirname(out))).toEqual(["out"]);
  }, 90_000);
});

describe.concurrent("a hostile but valid spec", () => {
  it.each(PASSING)("$file: generates code that type-checks, with a note per rename", async (c) => {
    const out = join(tempDir(), "out");
    const run = await runCli(["--spec", specPath(c), "--out", out], { cwd: tempDir(), timeout: 60_000 });
    expect({ code: run.code, signal: run.signal }, run.stderr).toEqual({ code: 0, signal: null });
    expect(run.stderr.split("\n").filter((line) => line !== "")).toEqual(c.notes);
    expect(run.stdout).toMatch(/^gen-schemas: \d+ schemas, \d+ files → .+ in \d+ ms\n$/);
    for (const file of readdirSync(out)) expect(Buffer.byteLength(file)).toBeLessThanOrEqual(255);
    expect(typeCheck(out)).toEqual([]);
  }, 120_000);

  it("duplicate names are renamed the same whatever order the spec lists them in", async () => {
    const [a, b] = await Promise.all(
      ["duplicate-names.yaml", "duplicate-names-reordered.yaml"].map(async (file) => {
        const out = join(tempDir(), "out");
        expect((await runCli(["--spec", join(CORPUS, file), "--out", out], { cwd: tempDir() })).code).toBe(0);
        const files = snapshot(out);
        const manifest = JSON.parse(readFileSync(join(out, "gen-schemas.manifest.json"), "utf8")) as { spec: { sha256?: string } };
        delete manifest.spec.sha256;
        delete files["gen-schemas.manifest.json"];
        const types = (file: string) => readFileSync(join(out, "types", file), "utf8");
        return { files, manifest, fooBar: types("foo-bar.d.ts"), foo_bar: types("foo_bar.d.ts") };
      }),
    );
    expect(a).toEqual(b);
    expect(a!.fooBar).toMatch(/^export (interface|type) FooBar\b/m);
    expect(a!.foo_bar).toMatch(/^export (interface|type) FooBar_4\b/m);
  }, 60_000);

  it("comment breakers stay inside their comments", async () => {
    const out = join(tempDir(), "out");
    expect((await runCli(["--spec", join(CORPUS, "comment-breakers.yaml"), "--out", out], { cwd: tempDir() })).code).toBe(0);
    const types = readFileSync(join(out, "types/a.d.ts"), "utf8");
    expect(types).toContain("Ends the comment *\\/ then code: export const pwned = 1;");
    expect(types).not.toMatch(/[\u2028\u2029]/);
    const { A } = (await import(join(out, "a.js"))) as { A: { is(value: unknown): boolean } };
    expect(A.is({ b: "\u2028", c: "*/" })).toBe(true);
    expect(A.is({ c: "*-" })).toBe(false);
  }, 60_000);
});
