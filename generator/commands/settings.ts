import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEFAULT_OUT, DEFAULT_SPEC, readConfig } from "../config.js";
import type { PackageOptions } from "../emit/package-files.js";

/** What a generation needs, from the command line over the config file over the defaults. */
export interface Settings {
  spec: string;
  /** Absolute. */
  out: string;
  typesOnly: boolean;
  openEnums: boolean;
  package: PackageOptions;
  /**
   * Absolute folder for the YAML parse cache, or undefined for none. By default
   * `node_modules/.cache/gen-schemas` when the working folder has node_modules (where
   * tools keep such caches); `--no-cache` turns it off, `--cache-dir` moves it.
   */
  cacheDir: string | undefined;
}

export type CliOptions = Record<string, string | boolean | undefined>;

export async function resolveSettings(options: CliOptions, cwd: string): Promise<Settings> {
  const text = (name: string) => (typeof options[name] === "string" ? (options[name] as string) : undefined);
  const config = await readConfig(cwd, text("config"));
  const packageName = text("packageName") ?? config.packageName;
  const packageVersion = text("packageVersion") ?? config.packageVersion;
  return {
    spec: text("spec") ?? config.spec ?? DEFAULT_SPEC,
    out: resolve(cwd, text("out") ?? config.out ?? DEFAULT_OUT),
    typesOnly: options.typesOnly === true || config.typesOnly === true,
    openEnums: !(options.closedEnums === true || config.closedEnums === true),
    package: { ...(packageName ? { name: packageName } : {}), ...(packageVersion ? { version: packageVersion } : {}) },
    cacheDir: cacheDirOf(options, cwd),
  };
}

function cacheDirOf(options: CliOptions, cwd: string): string | undefined {
  if (options.cache === false) return undefined;
  if (typeof options.cacheDir === "string") return resolve(cwd, options.cacheDir);
  return existsSync(join(cwd, "node_modules")) ? join(cwd, "node_modules", ".cache", "gen-schemas") : undefined;
}
