/**
 * What one schema costs in a browser bundle: esbuild (minified, ESM, platform neutral)
 * bundles of an entry that imports one schema's validator and validates `globalThis.x`,
 * for billing_portal.session and charge, from
 * - gen-schemas: `import { X } from "stripe-schemas/<schema>"` (the schema module's value:
 *   validate, is, changeset, Standard Schema, and the schemas it references); then the
 *   same module's standalone `validateX` (issues with paths, as the value's `validate`)
 *   and `isX` (a boolean, as schemasafe's and ajv's code here), which leave the value and
 *   the changeset runtime out;
 * - zod 4 from @hey-api/openapi-ts's zod plugin, as generated: `import { zX } from
 *   "./zod.gen.ts"`. esbuild keeps every schema of that file, as `z.object(…)` calls are
 *   not known to be free of side effects;
 * - the same zod schemas cut down to the one schema and what it references (see
 *   `zodClosure`): the best case, as if a bundler could drop the rest;
 * - ajv standalone code for the schema (JSON Schema from test/validate/json-schema.ts);
 * - @exodus/schemasafe standalone code for the schema, from the same JSON Schema.
 * Each bundle is run once on Stripe's example object (the "example" column: what it
 * answered). Prints minified and min+gzip sizes and ours/theirs ratios of min+gzip, for
 * the module value, for `validateX` and for `isX` (its test, compiled without issues).
 *
 *   npx tsx bench/bundle.ts [--no-build]
 */
import { execFileSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build, version as esbuildVersion } from "esbuild";
import { formatTable } from "./lib/table.js";
import { ajvStandalone, generateOurs, generateZod, ROOT, schemasafeStandalone, SPEC, SPEC_VERSION, zodClosure } from "./lib/peers.js";

const OUT = join(ROOT, ".tmp/bench/bundle");
const SCHEMAS = ["billing_portal.session", "charge"];

interface Contender {
  label: string;
  /** The entry module's source, in OUT. */
  entry: string;
}

interface Measured {
  bytes: number;
  gzip: number;
  example: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "no-build": { type: "boolean", default: false } } });
  if (!values["no-build"]) execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  console.log(`Generating the ${SPEC_VERSION} package and hey-api's zod schemas into ${OUT} ...`);
  const [{ ir, name }, zodFile] = await Promise.all([generateOurs(SPEC, join(OUT, "node_modules", "stripe-schemas")), generateZod(SPEC, join(OUT, "hey-api-zod"))]);
  const zodSource = await readFile(zodFile, "utf8");
  const examples = JSON.parse(await readFile(join(ROOT, "test/fixtures/stripe", SPEC_VERSION, "fixtures3.json"), "utf8")) as { resources: Record<string, unknown> };

  const rows: string[][] = [];
  for (const schemaName of SCHEMAS) {
    const schema = ir.schemas.find((candidate) => candidate.name === schemaName);
    if (!schema) throw new Error(`The ${SPEC_VERSION} spec has no schema ${schemaName}`);
    const { typeName, fileName } = schema;
    await writeFile(join(OUT, `zod-${fileName}.ts`), zodClosure(zodSource, `z${typeName}`));
    await writeFile(join(OUT, `ajv-${fileName}.mjs`), ajvStandalone(schemaName));
    await writeFile(join(OUT, `schemasafe-${fileName}.mjs`), schemasafeStandalone(schemaName));
    const contenders: Contender[] = [
      { label: "gen-schemas (module value)", entry: `import { ${typeName} } from "${name}/${fileName}";\nconsole.log(${typeName}.validate(globalThis.x).ok);\n` },
      { label: `gen-schemas (validate${typeName} alone)`, entry: `import { validate${typeName} } from "${name}/${fileName}";\nconsole.log(validate${typeName}(globalThis.x).ok);\n` },
      { label: `gen-schemas (is${typeName} alone)`, entry: `import { is${typeName} } from "${name}/${fileName}";\nconsole.log(is${typeName}(globalThis.x));\n` },
      { label: "zod (hey-api, as generated)", entry: `import { z${typeName} } from "./hey-api-zod/zod.gen.ts";\nconsole.log(z${typeName}.safeParse(globalThis.x).success);\n` },
      { label: "zod (hey-api, this schema's closure only)", entry: `import { z${typeName} } from "./zod-${fileName}.ts";\nconsole.log(z${typeName}.safeParse(globalThis.x).success);\n` },
      { label: "ajv standalone", entry: `import { validate } from "./ajv-${fileName}.mjs";\nconsole.log(validate(globalThis.x));\n` },
      { label: "schemasafe standalone", entry: `import { validate } from "./schemasafe-${fileName}.mjs";\nconsole.log(validate(globalThis.x));\n` },
    ];
    const measured: Measured[] = [];
    for (const contender of contenders) measured.push(await measure(contender, examples.resources[schemaName]));
    const [value, standalone, test] = measured;
    contenders.forEach((contender, i) => {
      const m = measured[i]!;
      const ratio = (ours: Measured) => (contender.label.startsWith("gen-schemas") ? "" : `${(ours.gzip / m.gzip).toFixed(2)}x`);
      rows.push([schemaName, contender.label, kib(m.bytes), kib(m.gzip), ratio(value!), ratio(standalone!), ratio(test!), m.example]);
    });
  }
  console.log(`\nesbuild ${esbuildVersion}: bundle, minify, format esm, platform neutral; gzip at zlib's default level\n`);
  console.log(formatTable(["schema", "bundle", "minified", "min+gzip", "module value / this", "validateX / this", "isX / this", "example"], rows, new Set([2, 3, 4, 5, 6])));
}

async function measure(contender: Contender, example: unknown): Promise<Measured> {
  const result = await build({
    stdin: { contents: contender.entry, resolveDir: OUT, loader: "ts", sourcefile: "entry.ts" },
    absWorkingDir: OUT,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0]!.text;
  const run = join(OUT, "run.mjs");
  await writeFile(run, `globalThis.x = ${JSON.stringify(example)};\n${code}`);
  let answer: string;
  try {
    answer = execFileSync(process.execPath, [run], { encoding: "utf8" }).trim();
  } catch (error) {
    answer = `failed: ${(error as Error).message.split("\n")[0]}`;
  }
  return { bytes: Buffer.byteLength(code), gzip: gzipSync(code).length, example: answer === "true" ? "accepted" : answer === "false" ? "rejected" : answer };
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

await main();
