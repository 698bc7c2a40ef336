import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GenerationError } from "../errors.js";
import { packageRoot } from "../fingerprint.js";

/**
 * The runtime that generated modules import: `templates/runtime/*.ts`, compiled and
 * formatted by `npm run build` into `dist/templates/runtime/`, copied as `runtime/`.
 */
export function runtimeFiles(): Map<string, string> {
  const folder = join(packageRoot(), "dist", "templates", "runtime");
  if (!existsSync(folder)) {
    throw new GenerationError("The compiled runtime is missing", { file: folder }, "Run `npm run build` (npm ci runs it)");
  }
  const files = new Map<string, string>();
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith(".js") || name.endsWith(".d.ts")) files.set(`runtime/${name}`, readFileSync(join(folder, name), "utf8"));
  }
  return files;
}
