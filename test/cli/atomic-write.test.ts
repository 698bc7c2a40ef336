import { once } from "node:events";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { beginOutput, PAUSE_BEFORE_SWAP, writeOutput } from "../../generator/write/write.js";
import { fixtures, ROOT } from "../support/paths.js";
import { removeTempDirs, runCli, snapshot, startCli, tempDir, waitFor } from "./run.js";

const SPEC_2022 = join(ROOT, "spec/2022-04-12/spec3.json");
const SPEC_2023 = join(ROOT, "spec/2023-09-12/spec3.yaml");

const specVersion = (out: string) => (JSON.parse(readFileSync(join(out, "package.json"), "utf8")) as { gen_schemas: { spec: { version: string } } }).gen_schemas.spec.version;

/** The output works: a module imports and accepts Stripe's 2022 example charge. */
async function expectUsable2022(out: string, tag: string): Promise<void> {
  const module = (await import(`${pathToFileURL(join(out, "charge.js")).href}?${tag}`)) as { Charge: { validate(input: unknown): { ok: boolean } } };
  expect(module.Charge.validate(fixtures("2022-04-12").charge).ok).toBe(true);
}

/**
 * A folder holding a 2022 output (`before`, its snapshot), and a 2023 run into it that has
 * staged everything and waits before its swap (the test kills it).
 */
async function pausedRun(): Promise<{ cwd: string; out: string; before: Record<string, string>; child: ReturnType<typeof startCli>; exited: Promise<unknown[]> }> {
  const cwd = tempDir();
  const out = join(cwd, "out");
  expect((await runCli(["--spec", SPEC_2022, "--out", "out"], { cwd })).code).toBe(0);
  const before = snapshot(out);
  const staged = join(cwd, "staged.signal");
  const child = startCli(["--spec", SPEC_2023, "--out", "out"], { cwd, env: { [PAUSE_BEFORE_SWAP]: staged } });
  const exited = once(child, "exit");
  await waitFor(() => existsSync(staged), "the staging to finish");
  return { cwd, out, before, child, exited };
}

afterAll(removeTempDirs);

describe("a run killed mid-write", () => {
  it("after staging, before the swap: the previous output is intact and usable; the next run completes and cleans up", async () => {
    const { cwd, out, before, child, exited } = await pausedRun();
    // Everything is staged beside the output, none of it in it.
    expect(Object.keys(snapshot(join(cwd, ".out.staging"))).length).toBeGreaterThan(2000);
    child.kill("SIGKILL");
    expect(await exited).toEqual([null, "SIGKILL"]);

    expect(snapshot(out)).toEqual(before);
    expect(specVersion(out)).toBe("2020-08-27");
    await expectUsable2022(out, "killed");

    const next = await runCli(["--spec", SPEC_2023, "--out", "out"], { cwd });
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(["out", "staged.signal"]);
    expect(specVersion(out)).toBe("2023-08-16");
  }, 240_000);

  it("at any moment while writing: the output is the previous one or the new one, never a mix", async () => {
    const cwd = tempDir();
    const out = join(cwd, "out");
    expect((await runCli(["--spec", SPEC_2022, "--out", "out"], { cwd })).code).toBe(0);
    const before = snapshot(out);
    const child = startCli(["--spec", SPEC_2023, "--out", "out"], { cwd });
    const exited = once(child, "exit");
    const stage = join(cwd, ".out.staging");
    // Kill as soon as the staging folder holds a few hundred files (or the run is over).
    await waitFor(() => child.exitCode !== null || (existsSync(join(stage, "types")) && readdirSync(join(stage, "types")).length > 300), "staging to start");
    child.kill("SIGKILL");
    await exited;

    const after = snapshot(out);
    const killedBeforeSwap = JSON.stringify(after) === JSON.stringify(before);
    if (killedBeforeSwap) await expectUsable2022(out, "random");
    else expect(specVersion(out)).toBe("2023-08-16");

    const next = await runCli(["--spec", SPEC_2023, "--out", "out"], { cwd });
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(cwd)).toEqual(["out"]);
    expect(specVersion(out)).toBe("2023-08-16");
  }, 240_000);
});

describe("writeOutput", () => {
  const small = async () => (await generate({ spec: join(ROOT, "test/bad-specs/specs/proto-names.yaml") })).files;

  it("puts back the previous output a run killed between the two renames left aside, even when this run fails", async () => {
    const cwd = tempDir();
    const out = join(cwd, "out");
    await writeOutput(out, await small());
    const previous = snapshot(out);
    // The state a kill between `rename(out, .out.previous)` and `rename(.out.staging, out)` leaves:
    renameSync(out, join(cwd, ".out.previous"));
    mkdirSync(join(cwd, ".out.staging"));
    writeFileSync(join(cwd, ".out.staging/half-written.js"), "export const");
    // `a` as a file and as a folder: staging fails.
    await expect(writeOutput(out, new Map([["a", "file"], ["a/b", "file"]]))).rejects.toThrow("Can't write the output");
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(cwd)).toEqual(["out"]);
    await writeOutput(out, await small());
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(cwd)).toEqual(["out"]);
  });

  it("leaves an empty folder's place to the output, and refuses a file or a folder of other files", async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, "empty"));
    await writeOutput(join(cwd, "empty"), await small());
    expect(existsSync(join(cwd, "empty/registry.js"))).toBe(true);
    writeFileSync(join(cwd, "file"), "keep");
    await expect(writeOutput(join(cwd, "file"), await small())).rejects.toThrow("The output path is not a folder");
    mkdirSync(join(cwd, "src"));
    writeFileSync(join(cwd, "src/index.ts"), "keep");
    await expect(writeOutput(join(cwd, "src"), await small())).rejects.toThrow("The output folder holds files gen-schemas did not write");
    expect(readFileSync(join(cwd, "src/index.ts"), "utf8")).toBe("keep");
    expect(readdirSync(cwd).sort()).toEqual(["empty", "file", "src"]);
  });
});

describe("beginOutput (the CLI stages the files it keeps while the types are printed)", () => {
  const small = async () => (await generate({ spec: join(ROOT, "test/bad-specs/specs/proto-names.yaml") })).files;

  it("holds the lock and carries the kept files over; commit writes the rest and swaps; abort leaves the output as it was", async () => {
    const cwd = tempDir();
    const out = join(cwd, "out");
    const files = await small();
    await writeOutput(out, files);
    const previous = snapshot(out);
    const [keptPath] = [...files.keys()].filter((path) => path.endsWith(".js"));
    const rest = new Map([...files].filter(([path]) => path !== keptPath));

    const aborted = await beginOutput(out, [keptPath!]);
    await expect(writeOutput(out, files)).rejects.toThrow(/Another gen-schemas run/);
    expect(readFileSync(join(cwd, ".out.staging", keptPath!), "utf8")).toBe(files.get(keptPath!));
    await aborted.abort();
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(cwd)).toEqual(["out"]);

    const staged = await beginOutput(out, [keptPath!]);
    await staged.commit(rest);
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(cwd)).toEqual(["out"]);
    await expect(staged.commit(rest)).rejects.toThrow(/already committed or aborted/);
    await expect(staged.abort()).rejects.toThrow(/already committed or aborted/);
  });

  it("a kept file that is gone fails the staging, releasing the lock and leaving the output as it was", async () => {
    const cwd = tempDir();
    const out = join(cwd, "out");
    await writeOutput(out, await small());
    const previous = snapshot(out);
    await expect(beginOutput(out, ["no-such-file.js"])).rejects.toThrow("Can't write the output");
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(cwd)).toEqual(["out"]);
    await writeOutput(out, await small());
  });
});

describe("two runs into one output folder", () => {
  it("the second fails while the first holds the lock, touching nothing; a lock left by a killed run is taken over", async () => {
    const { cwd, out, before, child: first, exited } = await pausedRun();
    const second = await runCli(["--spec", SPEC_2023, "--out", "out"], { cwd });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Another gen-schemas run (pid ${first.pid} on `);
    expect(second.stderr).toContain(`delete ${join(realpathSync(cwd), ".out.lock")}`);
    // The first run's staging is still whole: the second removed nothing.
    expect(Object.keys(snapshot(join(cwd, ".out.staging"))).length).toBeGreaterThan(2000);
    expect(snapshot(out)).toEqual(before);

    first.kill("SIGKILL");
    await exited;
    expect(readFileSync(join(cwd, ".out.lock"), "utf8")).toMatch(new RegExp(`^${first.pid} `));
    const next = await runCli(["--spec", SPEC_2023, "--out", "out"], { cwd });
    expect(next.code, next.stderr).toBe(0);
    expect(specVersion(out)).toBe("2023-08-16");
    expect(readdirSync(cwd).sort()).toEqual(["out", "staged.signal"]);
  }, 240_000);
});
