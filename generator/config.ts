import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { GenerationError, pointerTo } from "./errors.js";
import { parseJson } from "./load/json.js";
import { isUrl } from "./load/read.js";

export const CONFIG_FILE = "gen-schemas.config.json";
export const DEFAULT_SPEC = "spec/2023-09-12/spec3.yaml";
export const DEFAULT_OUT = "generated";

/**
 * Settings from `gen-schemas.config.json`; command-line options override them. `spec` and
 * `out` are relative to the config file's folder and come back resolved.
 */
export interface Config {
  spec?: string;
  out?: string;
  packageName?: string;
  packageVersion?: string;
  typesOnly?: boolean;
  closedEnums?: boolean;
}

const SETTINGS = {
  spec: "string",
  out: "string",
  packageName: "string",
  packageVersion: "string",
  typesOnly: "boolean",
  closedEnums: "boolean",
} as const satisfies Record<keyof Config, "string" | "boolean">;

/** Reads the config file: the one named, or `gen-schemas.config.json` in `cwd` when present. */
export async function readConfig(cwd: string, path?: string): Promise<Config> {
  const file = resolve(cwd, path ?? CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (path === undefined && code === "ENOENT") return {};
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : String(error);
    throw new GenerationError(`Can't read the config file: ${why}`, { file }, "Check the path given to --config");
  }
  const parsed = parseJson(file, text.replace(/^\uFEFF/, ""));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new GenerationError("The config file must hold a JSON object", { file }, `Write {"spec": "…", "out": "…"}`);
  }
  const known = Object.keys(SETTINGS).join(", ");
  const config: Config = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!Object.hasOwn(SETTINGS, name)) throw new GenerationError(`Unknown setting "${name}"`, { file, pointer: pointerTo("", name) }, `Known settings: ${known}`);
    const type = SETTINGS[name as keyof Config];
    if (typeof value !== type) throw new GenerationError(`"${name}" must be a ${type}`, { file, pointer: pointerTo("", name) }, `Write "${name}": ${type === "string" ? '"…"' : "true"}`);
    (config as Record<string, unknown>)[name] = value;
  }
  const folder = dirname(file);
  if (config.spec !== undefined && !isUrl(config.spec)) config.spec = resolve(folder, config.spec);
  if (config.out !== undefined) config.out = resolve(folder, config.out);
  return config;
}
