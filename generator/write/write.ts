import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Writes `files` as the whole content of `outDir`, atomically: everything is staged in a
 * sibling folder first and swapped in with renames, so a failed or killed run leaves the
 * previous output as it was (at worst beside a stale staging folder, removed next time).
 */
export async function writeOutput(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  const stage = join(parent, `.${basename(target)}.staging`);
  const old = join(parent, `.${basename(target)}.previous`);
  await rm(stage, { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  const folders = new Set([...files.keys()].map((path) => dirname(join(stage, path))));
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await Promise.all([...files].map(([path, content]) => writeFile(join(stage, path), content)));

  await rm(old, { recursive: true, force: true });
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
  if (hadPrevious) await rm(old, { recursive: true, force: true });
}
