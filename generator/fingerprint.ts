import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let memo: string | undefined;

/**
 * A hash of the compiled generator and runtime (`dist/generator`, `dist/templates`):
 * what made an output, more precisely than the version number, so that a rerun after
 * any change to the generator re-emits everything. The same whether the generator runs
 * from dist/ or from source, since both hash the compiled files.
 */
export function generatorFingerprint(): string {
  if (memo !== undefined) return memo;
  const dist = join(packageRoot(), "dist");
  const hash = createHash("sha256");
  for (const folder of ["generator", "templates"]) {
    const root = join(dist, folder);
    if (!existsSync(root)) continue;
    const files = readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".js") || file.endsWith(".d.ts"))
      .map((file) => file.split("\\").join("/"))
      .sort();
    for (const file of files) hash.update(`${folder}/${file}\0`).update(readFileSync(join(root, file))).update("\0");
  }
  memo = hash.digest("hex");
  return memo;
}

/** The folder of gen-schemas' own package.json, whether running from source or from dist/. */
export function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error("gen-schemas: can't find its own package.json");
    folder = parent;
  }
  return folder;
}
