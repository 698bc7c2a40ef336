import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, type Dirent } from "node:fs";
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join, resolve, sep } from "node:path";
import { GenerationError } from "../errors.js";
import { MANIFEST, sha256 } from "../manifest.js";

/** Files written at once while staging: enough to keep the disk busy, few enough for any fd limit. */
const PARALLEL_WRITES = 64;

/**
 * Removes a folder tree. Synchronous on purpose: the promise version's round trip through
 * the thread pool per entry costs about 1.7x the CPU for the same wall time (2,486 files,
 * one-off measurement on a 2-core machine), and nothing else waits on this thread then.
 */
function removeTree(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

/**
 * Test-only: when set (to a file path), a run creates that file once everything is staged
 * and waits there, before the swap, for up to a minute: the atomic-write test kills it
 * then and checks the previous output is untouched. Unset in normal use.
 */
export const PAUSE_BEFORE_SWAP = "GEN_SCHEMAS_TEST_PAUSE_BEFORE_SWAP";

/**
 * Writes `files` as the whole content of `outDir`, atomically: everything is staged in a
 * sibling folder first (or in the output parked by the run before, see `recycleIn`) and
 * swapped in with two renames, so a failed or killed run leaves the previous output as it
 * was (a run killed between the renames leaves it aside, `.previous` beside it or
 * `<slot>.swap` in the cache, put back by the next run; a stale staging folder is removed
 * by the next run). One run at a time per output folder, held by a lock file beside it: a
 * second run fails without touching anything. Refuses to replace a folder that holds
 * anything but a previous output, or a file.
 */
export async function writeOutput(outDir: string, files: ReadonlyMap<string, string>, kept: readonly string[] = [], options: OutputOptions = {}): Promise<void> {
  await (await beginOutput(outDir, kept, options)).commit(files);
}

export interface OutputOptions {
  /**
   * A cache folder: the output a swap replaces is parked there, under a name derived from
   * the output's path, instead of being deleted, and the next incremental run stages in it,
   * touching only the files that differ. Without it (or on another file system than the
   * output) every run stages in a new folder and deletes the previous output.
   */
  recycleIn?: string;
  /** The current output's manifest `files` (path → hash): what a parked output already holds. */
  currentHashes?: Readonly<Record<string, string>>;
}

/** An output being staged: its lock is held and the files carried over are in place. */
export interface StagedOutput {
  /** Writes `files` beside the carried-over ones, swaps the folder in, releases the lock. */
  commit(files: ReadonlyMap<string, string>): Promise<void>;
  /** Removes the staging folder and releases the lock; the output is as it was. */
  abort(): Promise<void>;
}

/** Where a run stages, and where the output it replaces goes. */
interface Places {
  target: string;
  /** The staging folder beside the target. */
  stage: string;
  /** The target set aside during a swap, beside it. */
  old: string;
  /** Recycling: the parked previous output, and where the target waits during a swap. */
  parked?: { slot: string; swap: string };
}

/**
 * The first half of `writeOutput`: takes the lock and carries `kept` over into the staging
 * folder, so an incremental run can do that while its types are still being printed.
 */
export async function beginOutput(outDir: string, kept: readonly string[] = [], options: OutputOptions = {}): Promise<StagedOutput> {
  const target = await realpath(resolve(outDir)).catch(() => resolve(outDir));
  const release = await lock(target);
  const places: Places = {
    target,
    stage: join(dirname(target), `.${basename(target)}.staging`),
    old: join(dirname(target), `.${basename(target)}.previous`),
    ...(options.recycleIn !== undefined ? { parked: parkingFor(options.recycleIn, target) } : {}),
  };
  // The staging folder of this run: the parked output when it can be brought up to date.
  let stage = places.stage;
  let recycled: Recycled | undefined;
  const discard = async () => {
    removeTree(stage);
    await release();
  };
  try {
    await attempt("Can't prepare the output folder", target, async () => {
      await recover(places);
      await refuseForeign(target);
      removeTree(places.stage);
      if (places.parked && !sameFileSystem(places.parked.slot, target)) delete places.parked;
    });
    if (places.parked && kept.length > 0 && options.currentHashes) {
      recycled = recycle(places.parked.slot, target, kept, options.currentHashes);
      if (recycled) stage = places.parked.slot;
    }
    if (!recycled) await attempt("Can't write the output", stage, () => stageFiles(stage, new Map(), target, kept));
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
        await attempt("Can't write the output", stage, async () => {
          // A path both kept and written (none, from generate) would be written through the
          // link into the current output: it is unlinked first.
          for (const path of kept) if (files.has(path)) rmSync(join(stage, path), { force: true });
          if (recycled) clearFoldersInTheWay(stage, recycled.folders, files);
          await stageFiles(stage, files, target, []);
          if (recycled) removeFoldersLeftEmpty(stage, recycled.folders, [...files.keys(), ...kept]);
        });
        await pauseForTest();
        await swap(places, stage);
      } catch (error) {
        removeTree(stage);
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

/** The parked output of `target` in `cacheDir`, and the name the target takes while swapped. */
function parkingFor(cacheDir: string, target: string): { slot: string; swap: string } {
  const slot = join(cacheDir, "outputs", sha256(target).slice(0, 16));
  return { slot, swap: `${slot}.swap` };
}

/** True when `path` (created if missing) and `target`'s folder are on one file system: a rename between them works. */
function sameFileSystem(path: string, target: string): boolean {
  try {
    mkdirSync(dirname(path), { recursive: true });
    return statSync(dirname(path)).dev === statSync(dirname(target)).dev;
  } catch {
    return false;
  }
}

/**
 * Puts back what a run killed between the renames of a swap left aside: the previous output
 * (when the target is missing), and a parked output waiting to return to its slot.
 */
async function recover({ target, old, parked }: Places): Promise<void> {
  if (!existsSync(target)) {
    if (existsSync(old)) await rename(old, target);
    else if (parked && existsSync(parked.swap)) await rename(parked.swap, target);
  }
  if (parked && existsSync(parked.swap)) {
    if (existsSync(parked.slot)) removeTree(parked.swap);
    else await rename(parked.swap, parked.slot);
  }
}

interface Recycled {
  /** Folders the parked output held, by relative path: the ones this output leaves empty are removed. */
  folders: string[];
}

/**
 * Brings the parked output in `slot` up to the kept files of this run: a file whose hash in
 * the parked output's manifest equals the current output's stays; every other file goes,
 * and kept files it lacks are linked in from `target`. The parked manifest is deleted
 * first, so a run killed while this or the commit runs leaves a slot the next run won't
 * trust; the commit writes the new manifest last. Undefined (and the slot removed) when
 * the slot has no readable manifest or anything fails: the caller stages afresh.
 */
function recycle(slot: string, target: string, kept: readonly string[], currentHashes: Readonly<Record<string, string>>): Recycled | undefined {
  try {
    const manifest = join(slot, MANIFEST);
    const parkedHashes = (JSON.parse(readFileSync(manifest, "utf8")) as { files?: unknown }).files;
    if (typeof parkedHashes !== "object" || parkedHashes === null) throw new Error("a manifest without files");
    const hashes = new Map(Object.entries(parkedHashes as Record<string, unknown>));
    unlinkSync(manifest);
    const keep = new Set(kept);
    const present = new Set<string>();
    const folders: string[] = [];
    for (const { path, entry } of entriesOf(slot)) {
      const hash = hashes.get(path);
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile() && keep.has(path) && hash !== undefined && hash === currentHashes[path]) present.add(path);
      else unlinkSync(join(slot, path));
    }
    const made = new Set(folders);
    for (const path of kept) {
      if (present.has(path)) continue;
      const into = join(slot, path);
      if (made.has(path)) {
        removeTree(into);
        made.delete(path);
      }
      const folder = dirname(path);
      if (folder !== "." && !made.has(folder)) {
        mkdirSync(join(slot, folder), { recursive: true });
        made.add(folder);
      }
      linkOrCopy(join(target, path), into);
    }
    return { folders };
  } catch {
    try {
      removeTree(slot);
    } catch {
      // Then staging afresh beside the output fails the same way, and says why.
    }
    return undefined;
  }
}

/** Removes the folders of a recycled staging where the new output has a file. */
function clearFoldersInTheWay(stage: string, folders: readonly string[], files: ReadonlyMap<string, string>): void {
  for (const folder of folders) if (files.has(folder)) removeTree(join(stage, folder));
}

/** Removes the folders of a recycled staging that no file of the new output is in. */
function removeFoldersLeftEmpty(stage: string, folders: readonly string[], paths: readonly string[]): void {
  const needed = new Set<string>(paths); // a folder that became a file is that file now
  for (const path of paths) {
    for (let folder = dirname(path); folder !== "." && !needed.has(folder); folder = dirname(folder)) needed.add(folder);
  }
  for (const folder of folders) if (!needed.has(folder)) removeTree(join(stage, folder));
}

/**
 * The staged folder in place of the target, with two renames. The output it replaces is
 * then parked for the next run when recycling, else removed.
 */
async function swap({ target, old, parked }: Places, stage: string): Promise<void> {
  const aside = parked ? parked.swap : old;
  await attempt("Can't replace the output folder", target, async () => {
    removeTree(aside);
    const hadPrevious = await rename(target, aside).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return false;
        throw error;
      },
    );
    try {
      await rename(stage, target);
    } catch (error) {
      if (hadPrevious) await rename(aside, target);
      throw error;
    }
    if (!hadPrevious) return;
    if (!parked) return removeTree(aside);
    park(parked, stage);
  });
}

/**
 * The replaced output, set aside in `parked.swap`, into its slot for the next run. The new
 * output is in place already, so this never fails the run: what it can't do, the next
 * run's `recover` finishes or a fresh staging makes up for.
 */
function park(parked: { slot: string; swap: string }, stage: string): void {
  try {
    if (stage !== parked.slot) removeTree(parked.slot);
    renameSync(parked.swap, parked.slot);
    markUsed(parked.slot);
    keepRecent(dirname(parked.slot), KEPT_OUTPUTS, (entry) => entry.isDirectory() && /^[0-9a-f]{16}$/.test(entry.name));
  } catch {
    // Left for the next run.
  }
}

/** Outputs a cache folder keeps parked (one per output path); the least recently swapped beyond these are removed. */
const KEPT_OUTPUTS = 4;

/** Marks a cached file or folder used now, for `keepRecent`. */
export function markUsed(path: string): void {
  const now = new Date();
  utimesSync(path, now, now);
}

/** Removes the entries of `folder` that `isCandidate` picks, all but the `count` used last (by mtime). */
export function keepRecent(folder: string, count: number, isCandidate: (entry: Dirent) => boolean): void {
  const used = (name: string) => statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const entries = readdirSync(folder, { withFileTypes: true })
    .filter(isCandidate)
    .map((entry) => ({ path: join(folder, entry.name), used: used(entry.name) }))
    .sort((a, b) => b.used - a.used);
  for (const { path } of entries.slice(count)) removeTree(path);
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
  for (const path of kept) linkOrCopy(join(current, path), join(stage, path));
  // The manifest last: a staging folder holding it holds everything it lists (see recycle).
  const queue: (() => Promise<void>)[] = [...files].filter(([path]) => path !== MANIFEST).map(([path, content]) => () => writeFile(join(stage, path), content));
  const worker = async () => {
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) await next();
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, queue.length) }, worker));
  const manifest = files.get(MANIFEST);
  if (manifest !== undefined) await writeFile(join(stage, MANIFEST), manifest);
}

/** A hard link to `from` at `to`, or a copy where the file system refuses links. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Every entry below `root`, with its path relative to it (with `/`): one synchronous
 * listing, the paths cut from the strings (path.relative per entry cost about 20 ms over
 * 2,486 files, one-off profile).
 */
export function entriesOf(root: string): { path: string; entry: Dirent }[] {
  const base = resolve(root);
  return readdirSync(base, { recursive: true, withFileTypes: true }).map((entry) => {
    const folder = entry.parentPath === base ? "" : `${entry.parentPath.slice(base.length + 1)}${sep}`;
    const path = folder + entry.name;
    return { path: sep === "/" ? path : path.split(sep).join("/"), entry };
  });
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
