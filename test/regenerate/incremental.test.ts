import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../generator/cli.js";
import { diffSpecs } from "../../generator/diff/index.js";
import { MANIFEST, type Manifest } from "../../generator/manifest.js";
import { SPECS } from "../support/paths.js";
import { removeTempDirs, tempDir } from "../cli/run.js";

/** Runs the CLI in-process; returns its exit code and what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { cwd: "/", stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTty: false });
  return { code, stdout, stderr };
}

/** Path → inode: a file written again gets a new inode; one carried over (hard link) keeps it. */
function inodes(folder: string): Map<string, number> {
  const files = readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => statSync(join(folder, file)).isFile());
  return new Map(files.map((file) => [file, statSync(join(folder, file)).ino]));
}

function manifest(folder: string): Manifest {
  return JSON.parse(readFileSync(join(folder, MANIFEST), "utf8")) as Manifest;
}

afterAll(removeTempDirs);

describe("incremental regeneration", () => {
  it("a rerun with nothing changed writes nothing; check agrees it is up to date", async () => {
    const out = join(tempDir("gen-schemas-incremental-"), "out");
    expect((await cli("-s", SPECS["2022-04-12"], "-o", out)).code).toBe(0);
    const before = inodes(out);
    const mtimes = new Map([...before.keys()].map((file) => [file, statSync(join(out, file)).mtimeMs]));
    const rerun = await cli("-s", SPECS["2022-04-12"], "-o", out);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/is up to date \(561 schemas\)/);
    expect(inodes(out)).toEqual(before);
    for (const [file, mtime] of mtimes) expect(statSync(join(out, file)).mtimeMs, file).toBe(mtime);
    expect((await cli("check", "-s", SPECS["2022-04-12"], "-o", out)).code).toBe(0);
  });

  it("a rerun after a file of the output was deleted, or became a folder, puts it back", async () => {
    const out = join(tempDir("gen-schemas-incremental-"), "out");
    expect((await cli("-s", SPECS["2022-04-12"], "-o", out)).code).toBe(0);
    const before = readFileSync(join(out, "types/charge.d.ts"), "utf8");
    rmSync(join(out, "types/charge.d.ts"));
    const rerun = await cli("-s", SPECS["2022-04-12"], "-o", out);
    expect(rerun.stdout).not.toMatch(/up to date/);
    expect(readFileSync(join(out, "types/charge.d.ts"), "utf8")).toBe(before);
    rmSync(join(out, "charge.js"));
    mkdirSync(join(out, "charge.js"));
    expect((await cli("-s", SPECS["2022-04-12"], "-o", out)).stdout).not.toMatch(/up to date/);
    expect(statSync(join(out, "charge.js")).isFile()).toBe(true);
    expect((await cli("check", "-s", SPECS["2022-04-12"], "-o", out)).code).toBe(0);
  });

  it("after a one-schema change only that schema's files and the index files are written again", async () => {
    const work = tempDir("gen-schemas-incremental-");
    const spec = join(work, "spec.json");
    const out = join(work, "out");
    const document = JSON.parse(readFileSync(SPECS["2022-04-12"], "utf8"));
    writeFileSync(spec, JSON.stringify(document));
    expect((await cli("-s", spec, "-o", out)).code).toBe(0);
    const before = inodes(out);

    document.components.schemas["billing_portal.session"].properties.locale.description = "Edited.";
    writeFileSync(spec, JSON.stringify(document));
    const rerun = await cli("-s", spec, "-o", out);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/561 schemas, 1 re-emitted/);
    const after = inodes(out);
    const rewritten = [...after].filter(([file, inode]) => before.get(file) !== inode).map(([file]) => file);
    const schemaFiles = rewritten.filter((file) => /billing_portal\.session/.test(file));
    expect(schemaFiles.sort()).toEqual(["billing_portal.session.d.ts", "billing_portal.session.js", "types/billing_portal.session.d.ts"]);
    // Besides, only files that list every schema or come with the package are written again.
    const others = rewritten.filter((file) => !schemaFiles.includes(file));
    expect(others.every((file) => /^(runtime\/|types\/index\.|registry\.|index\.|package\.json|README\.md|gen-schemas\.manifest\.json)/.test(file))).toBe(true);
    expect(readFileSync(join(out, "types/billing_portal.session.d.ts"), "utf8")).toContain("/** Edited. */");
    // The bundled types index repeats the declarations of the types files it carried over.
    expect(readFileSync(join(out, "types/index.d.ts"), "utf8")).toContain("/** Edited. */");
    // What was carried over is exactly what a full generation would write.
    const fresh = join(work, "fresh");
    expect((await cli("-s", spec, "-o", fresh)).code).toBe(0);
    expect((await cli("check", "-s", spec, "-o", out)).code).toBe(0);
    expect(manifest(out)).toEqual(manifest(fresh));
  });

  it("check lists the files that would change and exits 1", async () => {
    const out = join(tempDir("gen-schemas-check-"), "out");
    expect((await cli("-s", SPECS["2022-04-12"], "-o", out)).code).toBe(0);
    writeFileSync(join(out, "types/charge.d.ts"), "// edited by hand\n");
    const check = await cli("check", "-s", SPECS["2022-04-12"], "-o", out);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/1 file\(s\) would change/);
    expect(check.stderr).toMatch(/changed +types\/charge\.d\.ts/);
    expect((await cli("--check", "-s", SPECS["2022-04-12"], "-o", out)).code).toBe(1);
  });
});

describe("the real update, 2022-04-12 → 2023-09-12", () => {
  it("re-emits exactly the schemas the diff says were added or changed", async () => {
    const work = tempDir("gen-schemas-walk-");
    const out = join(work, "out");
    expect((await cli("-s", SPECS["2022-04-12"], "-o", out)).code).toBe(0);
    const old = manifest(out);
    cpSync(out, join(work, "before"), { recursive: true });

    const report = await diffSpecs(SPECS["2022-04-12"], SPECS["2023-09-12"], "/");
    const update = await cli("-s", SPECS["2023-09-12"], "-o", out);
    expect(update.code).toBe(0);
    const next = manifest(out);

    const rehashed = Object.keys(next.schemas).filter((name) => old.schemas[name] !== next.schemas[name]);
    expect(rehashed.sort()).toEqual([...report.schemas.added, ...report.schemas.changed].sort());
    expect(update.stdout).toContain(`819 schemas, ${rehashed.length} re-emitted`);
    const gone = Object.keys(old.schemas).filter((name) => next.schemas[name] === undefined);
    expect(gone.sort()).toEqual([...report.schemas.removed].sort());
    expect((await cli("check", "-s", SPECS["2023-09-12"], "-o", out)).code).toBe(0);
  });
});
