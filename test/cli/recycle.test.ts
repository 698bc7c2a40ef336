import { once } from "node:events";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PAUSE_BEFORE_SWAP, writeOutput } from "../../generator/write/write.js";
import { ROOT } from "../support/paths.js";
import { removeTempDirs, runCli, snapshot, startCli, tempDir, waitFor } from "./run.js";

/**
 * With a cache folder, the output a run replaces is parked in it (`outputs/<hash>`), and the
 * next incremental run stages in that parked output, touching only the files that differ,
 * instead of linking every kept file into a new folder and deleting the old output.
 */

const SPEC_2022 = join(ROOT, "spec/2022-04-12/spec3.json");
/** Text in billing_portal.session alone: an edit to it changes one schema. */
const ONE_SCHEMA_TEXT = '"description": "The ID of the customer for this session."';

afterAll(removeTempDirs);

/** A folder with the 2022 spec and a copy edited in one schema, and the output of each made without any cache. */
async function setUp(): Promise<{ cwd: string; original: Record<string, string>; edited: Record<string, string> }> {
  const cwd = tempDir();
  const text = readFileSync(SPEC_2022, "utf8");
  expect(text.split(ONE_SCHEMA_TEXT)).toHaveLength(2);
  writeFileSync(join(cwd, "original.json"), text);
  writeFileSync(join(cwd, "edited.json"), text.replace(ONE_SCHEMA_TEXT, '"description": "The ID of the customer (edited)."'));
  for (const spec of ["original", "edited"]) {
    const run = await runCli(["--spec", `${spec}.json`, "--out", `fresh-${spec}`, "--no-cache"], { cwd });
    expect(run.code, run.stderr).toBe(0);
  }
  const result = { cwd, original: snapshot(join(cwd, "fresh-original")), edited: snapshot(join(cwd, "fresh-edited")) };
  for (const spec of ["original", "edited"]) rmSync(join(cwd, `fresh-${spec}`), { recursive: true });
  return result;
}

const generateInto = async (cwd: string, spec: "original" | "edited", env: Record<string, string> = {}) => {
  const run = await runCli(["--spec", `${spec}.json`, "--out", "out", "--cache-dir", "cache"], { cwd, env });
  expect(run.code, run.stderr).toBe(0);
  return run;
};

/** `setUp()`, then the original generated and the edited one over it: the original is parked. */
async function withParkedOriginal(): Promise<{ cwd: string; original: Record<string, string>; edited: Record<string, string>; slot: string }> {
  const { cwd, original, edited } = await setUp();
  await generateInto(cwd, "original");
  await generateInto(cwd, "edited");
  return { cwd, original, edited, slot: slotOf(cwd)! };
}

const slotOf = (cwd: string): string | undefined => {
  const outputs = join(cwd, "cache/outputs");
  const slots = existsSync(outputs) ? readdirSync(outputs) : [];
  expect(slots.length).toBeLessThanOrEqual(1);
  return slots[0] && join(outputs, slots[0]);
};

describe("recycling the previous output (CLI, real spec)", () => {
  it("parks the replaced output, stages the next rerun in it, and writes what a run without a cache writes", async () => {
    const { cwd, original, edited } = await setUp();
    await generateInto(cwd, "original");
    // A first generation replaces nothing: nothing is parked.
    expect(slotOf(cwd)).toBeUndefined();

    await generateInto(cwd, "edited");
    expect(snapshot(join(cwd, "out"))).toEqual(edited);
    const slot = slotOf(cwd)!;
    expect(snapshot(slot)).toEqual(original);
    const parkedFolder = statSync(slot).ino;

    const back = await generateInto(cwd, "original");
    expect(back.stdout).toMatch(/1 re-emitted/);
    expect(snapshot(join(cwd, "out"))).toEqual(original);
    // The parked folder itself became the output: staged in place, not copied.
    expect(statSync(join(cwd, "out")).ino).toBe(parkedFolder);
    expect(snapshot(slotOf(cwd)!)).toEqual(edited);
    // Nothing is left beside the output.
    expect(readdirSync(cwd).sort()).toEqual(["cache", "edited.json", "original.json", "out"]);
  }, 240_000);

  it("a parked output that is damaged or without its manifest is not trusted", async () => {
    const { cwd, original, edited, slot } = await withParkedOriginal();

    // Damage that the parked manifest doesn't describe: a stray file and folder, a folder where a kept file goes.
    writeFileSync(join(slot, "stray.js"), "export const stray = 1;\n");
    mkdirSync(join(slot, "stray-folder/deeper"), { recursive: true });
    writeFileSync(join(slot, "stray-folder/deeper/file.txt"), "stray");
    rmSync(join(slot, "charge.js"));
    mkdirSync(join(slot, "charge.js"));
    await generateInto(cwd, "original");
    expect(snapshot(join(cwd, "out"))).toEqual(original);

    // A parked output whose manifest is gone (a run killed while staging in it) is removed, not used.
    unlinkSync(join(slotOf(cwd)!, "gen-schemas.manifest.json"));
    // A new file, not a write through the hard link the parked file shares with the output.
    unlinkSync(join(slotOf(cwd)!, "charge.js"));
    writeFileSync(join(slotOf(cwd)!, "charge.js"), "export const Charge = 'tampered';\n");
    await generateInto(cwd, "edited");
    expect(snapshot(join(cwd, "out"))).toEqual(edited);
    expect(snapshot(slotOf(cwd)!)).toEqual(original);
  }, 240_000);

  it("a run killed before its swap, while staging in the parked output, leaves the output intact; the next run completes", async () => {
    const { cwd, original, edited } = await withParkedOriginal();
    const signal = join(cwd, "staged.signal");
    const child = startCli(["--spec", "original.json", "--out", "out", "--cache-dir", "cache"], { cwd, env: { [PAUSE_BEFORE_SWAP]: signal } });
    const exited = once(child, "exit");
    await waitFor(() => existsSync(signal), "the staging to finish");
    // Staged in the parked folder, not beside the output.
    expect(existsSync(join(cwd, ".out.staging"))).toBe(false);
    expect(snapshot(slotOf(cwd)!)).toEqual(original);
    child.kill("SIGKILL");
    await exited;
    expect(snapshot(join(cwd, "out"))).toEqual(edited);

    await generateInto(cwd, "original");
    expect(snapshot(join(cwd, "out"))).toEqual(original);
    expect(snapshot(slotOf(cwd)!)).toEqual(edited);
  }, 240_000);

  it("puts back an output a run killed between the swap's renames left parked aside", async () => {
    const { cwd, original, edited, slot } = await withParkedOriginal();
    // The state a kill between `rename(out, <slot>.swap)` and `rename(<slot>, out)` leaves.
    renameSync(join(cwd, "out"), `${slot}.swap`);
    await generateInto(cwd, "edited");
    expect(snapshot(join(cwd, "out"))).toEqual(edited);
    expect(existsSync(`${slot}.swap`)).toBe(false);
    await generateInto(cwd, "original");
    expect(snapshot(join(cwd, "out"))).toEqual(original);
  }, 240_000);
});

describe("writeOutput recycling a parked output", () => {
  const manifestOf = (files: Record<string, string>) =>
    JSON.stringify({ files: Object.fromEntries(Object.entries(files).map(([path, content]) => [path, createHash("sha256").update(content).digest("hex")])) });
  const generation = (files: Record<string, string>) => {
    const hashes = (JSON.parse(manifestOf(files)) as { files: Record<string, string> }).files;
    return { files: new Map([...Object.entries(files), ["gen-schemas.manifest.json", manifestOf(files)]]), hashes };
  };

  it("without a usable cache folder (here one under a file) stages beside the output and deletes the old one", async () => {
    const cwd = tempDir();
    const out = join(cwd, "out");
    writeFileSync(join(cwd, "a-file"), "");
    const recycleIn = join(cwd, "a-file", "cache");
    const first = generation({ "a.js": "a1", "b.js": "b1" });
    await writeOutput(out, first.files, [], { recycleIn });
    const second = generation({ "a.js": "a1", "b.js": "b2" });
    await writeOutput(out, new Map([...second.files].filter(([path]) => path !== "a.js")), ["a.js"], { recycleIn, currentHashes: first.hashes });
    expect(readFileSync(join(out, "b.js"), "utf8")).toBe("b2");
    expect(Object.keys(snapshot(out)).sort()).toEqual(["a.js", "b.js", "gen-schemas.manifest.json"]);
    expect(readdirSync(cwd).sort()).toEqual(["a-file", "out"]);
  });

  it("turns a folder into a file and back, and removes the folders the new output leaves empty", async () => {
    const cwd = tempDir();
    const out = join(cwd, "out");
    const recycleIn = join(cwd, "cache");
    const first = generation({ "a.js": "a1", "sub/x.js": "x1", "old/deep/y.js": "y1" });
    await writeOutput(out, first.files, [], { recycleIn });

    // `sub` becomes a file; `old/` goes; `a.js` is kept.
    const second = generation({ "a.js": "a1", sub: "now a file", "b.js": "b2" });
    await writeOutput(out, new Map([...second.files].filter(([path]) => path !== "a.js")), ["a.js"], { recycleIn, currentHashes: first.hashes });
    expect(Object.keys(snapshot(out)).sort()).toEqual(["a.js", "b.js", "gen-schemas.manifest.json", "sub"]);
    expect(readFileSync(join(out, "sub"), "utf8")).toBe("now a file");

    // Staged in the parked first output: `sub` a folder again, `old/` (parked) must not come back.
    const third = generation({ "a.js": "a1", "b.js": "b2", "sub/x.js": "x3" });
    await writeOutput(out, new Map([...third.files].filter(([path]) => path === "sub/x.js" || path === "gen-schemas.manifest.json")), ["a.js", "b.js"], {
      recycleIn,
      currentHashes: second.hashes,
    });
    const files = snapshot(out);
    expect(Object.keys(files).sort()).toEqual(["a.js", "b.js", "gen-schemas.manifest.json", "sub/x.js"]);
    expect(readFileSync(join(out, "sub/x.js"), "utf8")).toBe("x3");
    expect(readdirSync(out).sort()).toEqual(["a.js", "b.js", "gen-schemas.manifest.json", "sub"]);
    // A file written into the recycled folder is a new file, not one shared with the parked output.
    expect(readFileSync(join(readdirSync(join(recycleIn, "outputs")).map((slot) => join(recycleIn, "outputs", slot))[0]!, "sub"), "utf8")).toBe("now a file");
  });
});
