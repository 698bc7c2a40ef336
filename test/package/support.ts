import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import * as yaml from "js-yaml";
import { generate } from "../../generator/generate.js";
import { writeOutput } from "../../generator/write/write.js";
import { ROOT, SPECS, type SpecVersion } from "../support/paths.js";

const run = promisify(execFile);

/** The TypeScript compiler a consumer would run, from this repository's node_modules. */
export const TSC = `${ROOT}node_modules/typescript/bin/tsc`;

/** A scratch folder under the OS temp dir; `remove` deletes it. */
export async function scratch(label: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `gen-schemas-${label}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface Packed {
  tarball: string;
  name: string;
  version: string;
}

/** `npm pack`s the package in `packageDir` into `into`, as a publish would. */
export async function pack(packageDir: string, into: string): Promise<Packed> {
  const { stdout } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", into], { cwd: packageDir, maxBuffer: 64 << 20 });
  const [report] = JSON.parse(stdout) as { filename: string; name: string; version: string }[];
  return { tarball: join(into, report!.filename), name: report!.name, version: report!.version };
}

/**
 * Unpacks a tarball with the system's tar, which (like npm) reads the PAX headers npm
 * writes for paths longer than 100 bytes. Returns the package folder (`<into>/package`).
 */
export async function unpack(tarball: string, into: string): Promise<string> {
  await run("tar", ["-xzf", tarball, "-C", into]);
  return join(into, "package");
}

/**
 * A consumer project in `dir` with the tarball installed the way a user installs it
 * (`npm install <tarball>`). The package has no dependencies, so nothing is fetched.
 */
export async function installConsumer(dir: string, tarball: string): Promise<void> {
  await writeFile(join(dir, "package.json"), `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`);
  await run("npm", ["install", "--offline", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", tarball], { cwd: dir });
}

/** Every file under `dir`, by path relative to it (with `/`). */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split("\\").join("/"), await readFile(path));
  }
  return files;
}

/** Runs a command, resolving with its exit code and output instead of throwing on failure. */
export async function attempt(file: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 64 << 20 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/**
 * Generates, into `outDir`, the package for a slice of a vendored spec: the named
 * component schemas and every schema they reference, `paths` dropped. Real Stripe
 * schemas, few enough for tools that are slow on the whole package.
 */
export async function generateSlice(version: SpecVersion, roots: readonly string[], outDir: string): Promise<string[]> {
  const text = await readFile(SPECS[version], "utf8");
  const spec = (SPECS[version].endsWith(".json") ? JSON.parse(text) : yaml.load(text)) as SpecDocument;
  const all = spec.components.schemas;
  const kept = new Set<string>();
  const visit = (name: string): void => {
    if (kept.has(name)) return;
    if (!Object.hasOwn(all, name)) throw new Error(`No schema ${name} in the ${version} spec`);
    kept.add(name);
    walk(all[name]);
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string") visit(value.replace("#/components/schemas/", ""));
        else walk(value);
      }
    }
  };
  roots.forEach(visit);
  const slice = { openapi: spec.openapi, info: spec.info, paths: {}, components: { schemas: Object.fromEntries([...kept].sort().map((name) => [name, all[name]])) } };
  await mkdir(outDir, { recursive: true });
  const specFile = join(outDir, "..", "slice-spec.json");
  await writeFile(specFile, JSON.stringify(slice));
  const { files } = await generate({ spec: specFile });
  await writeOutput(outDir, files);
  return [...kept].sort();
}

interface SpecDocument {
  openapi: string;
  info: unknown;
  components: { schemas: Record<string, unknown> };
}
