import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { GenerationError } from "./errors.js";

export const CONFIG_FILE = "gen-schemas.config.json";
export const DEFAULT_SPEC = "spec/2023-09-12/spec3.yaml";
export const DEFAULT_OUT = "generated";

/** Settings from `gen-schemas.config.json`; command-line options override them. */
export interface Config {
  spec?: string;
  out?: string;
  packageName?: string;
  packageVersion?: string;
}

const KEYS: readonly (keyof Config)[] = ["spec", "out", "packageName", "packageVersion"];

/** Reads the config file: the one named, or `gen-schemas.config.json` in `cwd` when present. */
export async function readConfig(cwd: string, path?: string): Promise<Config> {
  const file = resolve(cwd, path ?? CONFIG_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw new GenerationError("Can't read the config file", { file });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new GenerationError(`Malformed JSON in the config file: ${(error as Error).message}`, { file });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new GenerationError("The config file must hold a JSON object", { file, pointer: "" });
  }
  const config: Config = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (!(KEYS as readonly string[]).includes(name)) {
      throw new GenerationError(`Unknown setting "${name}"`, { file, pointer: `/${name}` }, `Known settings: ${KEYS.join(", ")}`);
    }
    if (typeof value !== "string") throw new GenerationError(`"${name}" must be a string`, { file, pointer: `/${name}` });
    config[name as keyof Config] = value;
  }
  return config;
}
