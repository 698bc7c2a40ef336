import { copyFileSync, existsSync, linkSync, rmSync } from "node:fs";
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { GenerationError } from "../errors.js";

const MANIFEST = "gen-schemas.manifest.json";

/** Files written at once while staging: enough to keep the disk busy, few enough for any fd limit. */
const PARALLEL_WRITES = 64;

/**
 * Removes a folder tree. Synchronous on purpose: the promise version's round trip through
 * the thread pool per entry costs about 1.7x the CPU for the same wall time (2,486 files,
 * one-off measurement on a 2-core machine), and nothing else waits on this thread then.
 */
const removeTree = async (path: string): Promise<void> => rmSync(path, { recursive: true, force: true });

/**
 * Test-only: when set (to a file path), a run creates that file once everything is staged
 * and waits there, before the swap, for up to a minute: the atomic-write test kills it
 * then and checks the previous output is untouched. Unset in normal use.
 */
export const PAUSE_BEFORE_SWAP = "GEN_SCHEMAS_TEST_PAUSE_BEFORE_SWAP";

/**
 * Writes `files` as the whole content of `outDir`, atomically: everything is staged in a
 * sibling folder first and swapped in with two renames, so a failed or killed run leaves
 * the previous output as it was (a run killed between the renames leaves it in the
 * `.previous` sibling, put back by the next run; a stale staging folder is removed by the
 * next run). One run at a time per output folder, held by a lock file beside it: a second
 * run fails without touching anything. Refuses to replace a folder that holds anything but
 * a previous output, or a file.
 */
export async function writeOutput(outDir: string, files: ReadonlyMap<string, string>, kept: readonly string[] = []): Promise<void> {
  await (await beginOutput(outDir, kept)).commit(files);
}

/** An output being staged: its lock is held and the files carried over are in place. */
export interface StagedOutput {
  /** Writes `files` beside the carried-over ones, swaps the folder in, releases the lock. */
  commit(files: ReadonlyMap<string, string>): Promise<void>;
  /** Removes the staging folder and releases the lock; the output is as it was. */
  abort(): Promise<void>;
}

/**
 * The first half of `writeOutput`: takes the lock and carries `kept` over into the staging
 * folder, so an incremental run can do that while its types are still being printed.
 */
export async function beginOutput(outDir: string, kept: readonly string[] = []): Promise<StagedOutput> {
  const target = await realpath(resolve(outDir)).catch(() => resolve(outDir));
  const release = await lock(target);
  const parent = dirname(target);
  const stage = join(parent, `.${basename(target)}.staging`);
  const old = join(parent, `.${basename(target)}.previous`);
  const discard = async () => {
    await removeTree(stage);
    await release();
  };
  try {
    await attempt("Can't prepare the output folder", target, async () => {
      if (!existsSync(target) && existsSync(old)) await rename(old, target);
      await refuseForeign(target);
      await removeTree(stage);
    });
    await attempt("Can't write the output", stage, () => stageFiles(stage, new Map(), target, kept));
  } catch (error) {
    await discard();
    throw error;
  }
  let settled = false;
  const once = () => {
    if (settled) throw new Error("this staged output was already committed or aborted");
    settled = true;
  };
  return {
    async commit(files) {
      once();
      try {
        await attempt("Can't write the output", stage, () => stageFiles(stage, files, target, []));
        await pauseForTest();
        await swap(target, stage, old);
      } catch (error) {
        await removeTree(stage);
        throw error;
      } finally {
        await release();
      }
    },
    async abort() {
      once();
      await discard();
    },
  };
}

/** The staged folder in place of the target, with two renames; the previous output removed after. */
async function swap(target: string, stage: string, old: string): Promise<void> {
  await attempt("Can't replace the output folder", target, async () => {
    await removeTree(old);
    const hadPrevious = await rename(target, old).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return false;
        throw error;
      },
    );
    try {
      await rename(stage, target);
    } catch (error) {
      if (hadPrevious) await rename(old, target);
      throw error;
    }
    if (hadPrevious) await removeTree(old);
  });
}

/**
 * Takes the output folder's lock, `.<name>.lock` beside it, holding this run's pid and
 * host; returns its release. A lock whose run is gone (same host, no such process: a run
 * killed mid-write) is taken over.
 */
async function lock(target: string): Promise<() => Promise<void>> {
  const path = join(dirname(target), `.${basename(target)}.lock`);
  const owner = `${process.pid} ${hostname()}\n`;
  await attempt("Can't lock the output folder", path, async () => {
    await mkdir(dirname(path), { recursive: true });
    for (let tries = 0; ; tries++) {
      try {
        await writeFile(path, owner, { flag: "wx" });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || tries > 0) throw error;
      }
      const holder = await readFile(path, "utf8").catch(() => "");
      const [pid, host] = holder.trim().split(" ");
      if (!(host === hostname() && !alive(Number(pid)))) {
        throw new GenerationError(
          `Another gen-schemas run (pid ${pid ?? "?"} on ${host ?? "?"}) is writing this output folder`,
          { file: target },
          `Wait for it to finish; if no run is going on, delete ${path}`,
        );
      }
      await rm(path, { force: true });
    }
  });
  return () => rm(path, { force: true });
}

/** True when a process with this pid runs on this machine (or may: one we may not signal). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Writes `files` into `stage`, and carries `kept` paths over from the current output
 * (an incremental run): hard links, so the previous output stays untouched and nothing
 * is copied; a copy where the file system refuses links. The links are made one after the
 * other on this thread: a link is one quick system call, and the thread pool's round trip
 * per call cost about twice the CPU (2,483 links: 35 against 75 ms, one-off). New files are
 * written in parallel, where the disk's latency is worth overlapping.
 */
async function stageFiles(stage: string, files: ReadonlyMap<string, string>, current: string, kept: readonly string[]): Promise<void> {
  await mkdir(stage, { recursive: true });
  const folders = new Set([...files.keys(), ...kept].map((path) => dirname(join(stage, path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  for (const path of kept) {
    try {
      linkSync(join(current, path), join(stage, path));
    } catch {
      copyFileSync(join(current, path), join(stage, path));
    }
  }
  const queue: (() => Promise<void>)[] = [...files].map(([path, content]) => () => writeFile(join(stage, path), content));
  const worker = async () => {
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) await next();
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, queue.length) }, worker));
}

/** A folder gen-schemas wrote: it has a manifest, or its package.json says so, or (types only) it has types/index.d.ts. */
async function refuseForeign(target: string): Promise<void> {
  const stats = await lstat(target).catch(() => undefined);
  if (stats === undefined) return;
  if (!stats.isDirectory()) {
    throw new GenerationError("The output path is not a folder", { file: target }, "Pass --out a folder (it is created when missing)");
  }
  if ((await readdir(target)).length === 0 || existsSync(join(target, MANIFEST)) || existsSync(join(target, "types", "index.d.ts"))) return;
  const manifest = await readFile(join(target, "package.json"), "utf8").catch(() => "");
  if (/"gen_schemas"\s*:/.test(manifest)) return;
  throw new GenerationError(
    "The output folder holds files gen-schemas did not write; it would replace them all",
    { file: target },
    "Pass --out a new or empty folder, or one gen-schemas generated before",
  );
}

async function attempt(what: string, path: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof GenerationError) throw error;
    const cause = error as NodeJS.ErrnoException;
    throw new GenerationError(`${what}: ${cause.code ?? cause.message}`, { file: cause.path ?? path }, "Check the folder's permissions and free space; the previous output is unchanged");
  }
}

async function pauseForTest(): Promise<void> {
  const signal = process.env[PAUSE_BEFORE_SWAP];
  if (!signal) return;
  await writeFile(signal, "staged\n");
  await new Promise((resume) => setTimeout(resume, 60_000));
}
