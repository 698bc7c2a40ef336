import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkPackage, Package } from "@arethetypeswrong/core";
import type { Problem } from "@arethetypeswrong/core";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generatedDir } from "../support/paths.js";
import { generateSlice, pack, readTree, scratch, unpack } from "./support.js";

/**
 * publint and arethetypeswrong (attw) on the packed package, as a publisher runs them
 * before `npm publish`.
 *
 * Both tools read a tarball with their own tar readers, and both skip the PAX headers
 * that npm writes for paths over 100 bytes (Stripe's longest schema file name is 140),
 * so they report those files missing. We unpack with the system's tar, as npm does on
 * install, and give them the files: publint the unpacked folder (`pack: false`: every
 * file in it was published), attw a `Package` built from the same files.
 *
 * attw is run with its `esm-only` profile: the package is ESM only (`"type": "module"`,
 * `exports` with `types` and `default` conditions, no `require`), so `require()` from
 * CommonJS (node16-cjs) and TypeScript's `moduleResolution: node10`, which ignores
 * `exports`, are outside what it supports. What those two report is still pinned below,
 * so a new kind of problem there is seen.
 *
 * attw builds one program per entry point and resolution mode, and re-parses the
 * package.json (here 900 `exports` entries) for every file of it: the `./registry` and
 * `./types` entry points of the whole Stripe package take minutes. So attw checks every
 * entry point of a slice of the spec (the 2023-09-12 schemas that billing_portal.session
 * and the longest-named schema reference, generated fresh), and the cheap entry points of
 * the whole package; the consumer test type-checks `./types` and `./registry` of the
 * whole package under both resolutions.
 */

const IGNORED_RESOLUTIONS = ["node10", "node16-cjs"];

let work: Awaited<ReturnType<typeof scratch>>;
let full: string;
let slice: string;
let longest: string;

beforeAll(async () => {
  work = await scratch("lint");
  const fullPacked = await pack(generatedDir("2023-09-12"), work.dir);
  await mkdir(join(work.dir, "full"));
  full = await unpack(fullPacked.tarball, join(work.dir, "full"));
  const manifest = JSON.parse(await readFile(join(full, "package.json"), "utf8")) as { exports: Record<string, unknown> };
  longest = Object.keys(manifest.exports).reduce((a, b) => (b.length > a.length ? b : a));
  await generateSlice("2023-09-12", ["billing_portal.session", longest.slice(2)], join(work.dir, "slice-source", "package"));
  const slicePacked = await pack(join(work.dir, "slice-source", "package"), work.dir);
  await mkdir(join(work.dir, "slice"));
  slice = await unpack(slicePacked.tarball, join(work.dir, "slice"));
}, 120_000);

afterAll(async () => {
  await work?.remove();
});

describe("publint", () => {
  it("has nothing to say about the packed 2023-09-12 package, suggestions included", async () => {
    const { messages, pkg } = await publint({ pkgDir: full, pack: false, level: "suggestion" });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  });

  it("has nothing to say about the packed slice", async () => {
    const { messages, pkg } = await publint({ pkgDir: slice, pack: false, level: "suggestion" });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  });
});

describe("arethetypeswrong, esm-only profile", () => {
  it("finds no problem in any entry point of the packed slice", async () => {
    const { problems, entrypoints } = await attw(slice);
    expect(entrypoints).toEqual(expect.arrayContaining([".", "./types", "./registry", "./billing_portal.session", longest]));
    expect(problems.filter(counted).map(describeProblem)).toEqual([]);
    // What the profile leaves out: CommonJS `require()` of an ESM-only package, and
    // nothing else (node10 resolves every entry point through the folder layout).
    expect(new Set(problems.filter((problem) => !counted(problem)).map(describeProblem))).toEqual(new Set(entrypoints.map((entry) => `CJSResolvesToESM ${entry} (node16-cjs)`)));
  });

  it("finds no problem in the root, a schema module and the longest-named one of the whole 2023-09-12 package", async () => {
    const { problems } = await attw(full, [".", "./billing_portal.session", longest]);
    expect(problems.filter(counted).map(describeProblem)).toEqual([]);
  });
});

/** attw's analysis of an unpacked package folder. */
async function attw(dir: string, entrypoints?: string[]): Promise<{ problems: Problem[]; entrypoints: string[] }> {
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { name: string; version: string };
  const files: Record<string, Uint8Array> = {};
  for (const [path, content] of await readTree(dir)) files[`/node_modules/${manifest.name}/${path}`] = content;
  const result = await checkPackage(new IndexedPackage(files, manifest.name, manifest.version), entrypoints ? { entrypoints } : {});
  if (!("problems" in result)) throw new Error(`attw found no types in ${manifest.name}`);
  return { problems: result.problems, entrypoints: Object.keys(result.entrypoints) };
}

/** The CLI's `--profile esm-only`: problems of the node10 and node16-cjs resolutions are not counted. */
function counted(problem: Problem): boolean {
  return !("resolutionKind" in problem && IGNORED_RESOLUTIONS.includes(problem.resolutionKind));
}

function describeProblem(problem: Problem): string {
  const where = "entrypoint" in problem ? problem.entrypoint : "fileName" in problem ? problem.fileName : "";
  const mode = "resolutionKind" in problem ? problem.resolutionKind : "resolutionOption" in problem ? problem.resolutionOption : "";
  return `${problem.kind} ${where} (${mode})`;
}

/**
 * attw's `Package` with a folder index: its `directoryExists` scans every file per call,
 * which dominates on a package of 2,500 files. Same answers, found in a set.
 */
class IndexedPackage extends Package {
  readonly #folders = new Set<string>();

  constructor(files: Record<string, Uint8Array>, name: string, version: string) {
    super(files, name, version);
    for (const path of Object.keys(files)) {
      for (let end = path.lastIndexOf("/"); end > 0; end = path.lastIndexOf("/", end - 1)) this.#folders.add(path.slice(0, end + 1));
    }
  }

  override directoryExists(path: string): boolean {
    return this.#folders.has(path.endsWith("/") ? path : `${path}/`);
  }
}
