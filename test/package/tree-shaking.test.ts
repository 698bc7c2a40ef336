import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtures, generatedDir } from "../support/paths.js";
import { attempt, pack, scratch, unpack } from "./support.js";

/**
 * `sideEffects: false` and one module per schema should let a bundler keep only what a
 * consumer imports: billing_portal.session, the schemas it references, and the runtime.
 * Bundled from the packed package as a consumer's bundler sees it (esbuild, minified,
 * ESM, platform neutral).
 */

const SCHEMA = "billing_portal.session";

let work: Awaited<ReturnType<typeof scratch>>;
let packageDir: string;
let name: string;
let one: Bundle;
let validateOnly: Bundle;
let isOnly: Bundle;
let all: Bundle;

beforeAll(async () => {
  work = await scratch("tree-shaking");
  const packed = await pack(generatedDir("2023-09-12"), work.dir);
  name = packed.name;
  await mkdir(join(work.dir, "node_modules"));
  packageDir = join(work.dir, "node_modules", name);
  await rename(await unpack(packed.tarball, work.dir), packageDir);
  one = await bundle(`import { BillingPortalSession } from "${name}/${SCHEMA}";\nconsole.log(BillingPortalSession.validate(globalThis.x));\n`);
  validateOnly = await bundle(`import { validateBillingPortalSession } from "${name}/${SCHEMA}";\nconsole.log(JSON.stringify(globalThis.inputs.map((x) => validateBillingPortalSession(x))));\n`);
  isOnly = await bundle(`import { isBillingPortalSession } from "${name}/${SCHEMA}";\nconsole.log(JSON.stringify(globalThis.inputs.map((x) => isBillingPortalSession(x))));\n`);
  all = await bundle(`import { forObject } from "${name}/registry";\nconsole.log(forObject(globalThis.x)?.validate(globalThis.x));\n`);
}, 120_000);

afterAll(async () => {
  await work?.remove();
});

describe(`a bundle that imports only ${SCHEMA}`, () => {
  it("holds exactly the schema modules it imports, directly or through references", async () => {
    const closure = await importClosure(packageDir, `${SCHEMA}.js`);
    expect(closure).toContain("billing_portal.configuration.js");
    expect(closure).toContain("portal_flows_flow.js");
    expect(one.schemaModules).toEqual(closure);
  });

  it("carries billing_portal.session's name and none of an unrelated schema's", async () => {
    expect(one.code).toContain(`"${SCHEMA}"`);
    expect(one.code).not.toContain('"issuing.card"');
    const unrelated = all.schemaModules.filter((file) => !one.schemaModules.includes(file)).map((file) => file.slice(0, -".js".length));
    const dotted = unrelated.filter((schema) => schema.includes("."));
    expect(dotted).toEqual(expect.arrayContaining(["issuing.card", "treasury.transaction"]));
    expect(dotted.filter((schema) => one.code.includes(`"${schema}"`))).toEqual([]);
  });

  it("is a small part of the registry's bundle, which holds every schema", () => {
    expect(all.schemaModules.length).toBeGreaterThan(800);
    console.info(`${SCHEMA} alone: ${one.code.length} B minified, ${one.gzip} B min+gzip; every schema (registry): ${all.code.length} B, ${all.gzip} B min+gzip`);
    expect(one.gzip).toBeLessThan(all.gzip / 10);
  });

  it("runs: validates Stripe's example session", async () => {
    const example = fixtures("2023-09-12")[SCHEMA];
    const file = join(work.dir, "run.mjs");
    await writeFile(file, `globalThis.x = ${JSON.stringify(example)};\n${one.code}`);
    const { code, output } = await attempt(process.execPath, [file], work.dir);
    expect(code, output).toBe(0);
    expect(output).toMatch(/^\{\s+ok: true,\s+value: \{/);
  });
});

describe(`a bundle that imports only validate of ${SCHEMA}`, () => {
  it("holds the same schema modules, and of the runtime only what validation uses", () => {
    expect(validateOnly.schemaModules).toEqual(one.schemaModules);
    expect(validateOnly.runtime).toEqual(["check.js", "issues.js", "validate.js"]);
    expect(one.runtime).toEqual(expect.arrayContaining(["changeset.js", "cast.js", "schema.js", "shape.js", "strip.js", ...validateOnly.runtime]));
  });

  it("is well under the bundle of the schema module value", () => {
    console.info(`validateBillingPortalSession alone: ${validateOnly.code.length} B minified, ${validateOnly.gzip} B min+gzip`);
    expect(validateOnly.gzip).toBeLessThan(one.gzip * 0.6);
  });

  it("runs: accepts Stripe's example session and names what a copy without customer lacks", async () => {
    const [valid, invalid] = (await runOnSessions(validateOnly, "run-validate.mjs")) as [{ ok: boolean }, { ok: boolean; issues: { code: string; pointer: string }[] }];
    expect(valid.ok).toBe(true);
    expect(invalid).toMatchObject({ ok: false, issues: [{ code: "required", pointer: "/customer" }] });
  });

  it("of isBillingPortalSession alone holds the same schemas' tests, and of the runtime nothing that records issues", () => {
    console.info(`isBillingPortalSession alone: ${isOnly.code.length} B minified, ${isOnly.gzip} B min+gzip`);
    expect(isOnly.schemaModules).toEqual(one.schemaModules);
    expect(isOnly.runtime).toEqual(["check.js", "validate.js"]);
    expect(validateOnly.code).toContain('"invalid_type"');
    expect(isOnly.code).not.toContain('"invalid_type"');
    expect(isOnly.gzip).toBeLessThan(validateOnly.gzip * 0.6);
  });

  it("runs: isBillingPortalSession accepts the example session, not a copy without customer", async () => {
    expect(await runOnSessions(isOnly, "run-is.mjs")).toEqual([true, false]);
  });
});

/** Runs a bundle under node on Stripe's example session and a copy without `customer` (`globalThis.inputs`); what it prints, parsed. */
async function runOnSessions(bundled: Bundle, name: string): Promise<unknown> {
  const example = fixtures("2023-09-12")[SCHEMA] as Record<string, unknown>;
  const { customer: _, ...withoutCustomer } = example;
  const file = join(work.dir, name);
  await writeFile(file, `globalThis.inputs = ${JSON.stringify([example, withoutCustomer])};\n${bundled.code}`);
  const { code: exit, output } = await attempt(process.execPath, [file], work.dir);
  expect(exit, output).toBe(0);
  return JSON.parse(output) as unknown;
}

interface Bundle {
  code: string;
  gzip: number;
  /** The package's schema modules that contributed bytes, sorted. */
  schemaModules: string[];
  /** The runtime's modules that contributed bytes, sorted. */
  runtime: string[];
}

async function bundle(entry: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: entry, resolveDir: work.dir, loader: "js" },
    absWorkingDir: work.dir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  return { code, gzip: gzipSync(code).length, schemaModules: modulesIn(result.metafile, ""), runtime: modulesIn(result.metafile, "runtime/") };
}

/** The package's modules directly in `folder` that contributed bytes, sorted. */
function modulesIn(metafile: Metafile, folder: string): string[] {
  const prefix = `node_modules/${name}/${folder}`;
  const inputs = Object.values(metafile.outputs)[0]!.inputs;
  return Object.entries(inputs)
    .filter(([path, { bytesInOutput }]) => bytesInOutput > 0 && path.startsWith(prefix) && !path.slice(prefix.length).includes("/"))
    .map(([path]) => path.slice(prefix.length))
    .sort();
}

/** The package's top-level modules `start` imports, itself included, following relative imports. */
async function importClosure(dir: string, start: string): Promise<string[]> {
  const seen = new Set<string>();
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = await readFile(join(dir, file), "utf8");
    for (const [, target] of source.matchAll(/from "\.\/([^"/]+\.js)"/g)) await visit(target!);
  };
  await visit(start);
  return [...seen].sort();
}
