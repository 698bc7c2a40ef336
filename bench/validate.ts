/**
 * Validation throughput on Stripe's 2023-09-12 examples, seven ways, in one process:
 * - ours: the generated modules' `validate()` (strict, passthrough), generated at start;
 * - ours is: their `is<Type>()`, the test compiled without issues, a boolean as most peers give;
 * - ajv: the same spec converted to JSON Schema by test/validate/json-schema.ts, compiled
 *   once with ajv's default options;
 * - schemasafe: the same JSON Schema compiled by @exodus/schemasafe (default options, no
 *   error details), the validators of every example's schema in one scope;
 * - zod: zod 4 schemas generated at start by @hey-api/openapi-ts's zod plugin, `safeParse()`;
 * - typia is and typia validate: `typia.createIs<T>()` and `typia.createValidate<T>()` (its
 *   errors with paths, as our `validate()`) of our own types (`SchemaTypes[name]`), compiled
 *   at start by typia's TypeScript transform (about a minute: it inlines every type).
 * Three workloads (every example once; billing_portal.session alone; charge alone). Each
 * contender first runs each workload for `--warmup` ms: V8 takes seconds to optimize the
 * hundreds of functions of the mixed workload (its rate still tripled after the first
 * second), and a server validating payloads runs warm. Then interleaved rounds (the order
 * of contenders rotates), each measured for a fixed time.
 * Prints median validations per second, how many examples each accepts, and our ratio to
 * each peer against the targets (>= 1.0x ajv, schemasafe and typia, >= 5x zod), for
 * `validate()` and for `is<Type>()`.
 *
 *   npx tsx bench/validate.ts [--rounds 9] [--ms 200] [--warmup 3000] [--no-build]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createClient } from "@hey-api/openapi-ts";
import ts from "typescript";
import { transform as typiaTransform } from "typia/lib/transform";
import { generate } from "../generator/generate.js";
import type { IrSchema } from "../generator/ir/types.js";
import { writeOutput } from "../generator/write/write.js";
import { fixtures, SPECS } from "../test/support/paths.js";
import { referenceValidators } from "../test/validate/json-schema.js";
import { count } from "./lib/args.js";
import { median } from "./lib/measure.js";
import { schemasafeValidators } from "./lib/peers.js";
import { formatTable } from "./lib/table.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const OUT = join(ROOT, ".tmp/bench");
const VERSION = "2023-09-12";
const PEERS = ["ajv", "schemasafe", "zod", "typia is", "typia validate"] as const;
const OURS = ["ours", "ours is"] as const;
type Peer = (typeof PEERS)[number];
type Ours = (typeof OURS)[number];
type Contender = Ours | Peer;
/**
 * The least ours/peer may be, in validations per second: like for like with typia, whose
 * `is` is a boolean and whose `validate` returns errors with paths, as ours do.
 */
const TARGETS: Record<Ours, Partial<Record<Peer, number>>> = {
  ours: { ajv: 1.0, schemasafe: 1.0, zod: 5.0, "typia validate": 1.0 },
  "ours is": { ajv: 1.0, schemasafe: 1.0, zod: 5.0, "typia is": 1.0 },
};

/** One validator of one schema: true when it accepts the value. */
type Validate = (value: unknown) => boolean;
const CONTENDERS: readonly Contender[] = [...OURS, ...PEERS];

interface Workload {
  label: string;
  /** Per contender, the validator of each example's schema, paired with the example. */
  cases: Record<Contender, [Validate, unknown][]>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { rounds: { type: "string", default: "9" }, ms: { type: "string", default: "200" }, warmup: { type: "string", default: "3000" }, "no-build": { type: "boolean", default: false } },
  });
  const rounds = count(values.rounds, "--rounds", 1);
  const sliceMs = count(values.ms, "--ms", 1);
  const warmupMs = count(values.warmup, "--warmup", 0);
  if (!values["no-build"]) execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const examples = fixtures(VERSION);
  const names = Object.keys(examples);
  const { files, ir } = await generate({ spec: SPECS[VERSION] });
  const byName = new Map<string, IrSchema>(ir.schemas.map((schema) => [schema.name, schema]));
  const [[ours, oursIs], ajv, schemasafe, zod] = [await loadOurs(files, byName, names), loadAjv(names), schemasafeValidators(names), await loadZod(byName, names)];
  const [typiaIs, typiaValidate] = await loadTypia(names);
  const validators: Record<Contender, Map<string, Validate>> = { ours, "ours is": oursIs, ajv, schemasafe, zod, "typia is": typiaIs, "typia validate": typiaValidate };

  const workload = (label: string, only: readonly string[]): Workload => ({
    label,
    cases: Object.fromEntries(CONTENDERS.map((contender) => [contender, only.map((name) => [validators[contender].get(name)!, examples[name]] as [Validate, unknown])])) as Workload["cases"],
  });
  const workloads = [workload(`all ${names.length} examples`, names), workload("billing_portal.session", ["billing_portal.session"]), workload("charge", ["charge"])];

  const accepted = Object.fromEntries(CONTENDERS.map((contender) => [contender, names.filter((name) => validators[contender].get(name)!(examples[name])).length])) as Record<Contender, number>;

  for (const w of workloads) for (const contender of CONTENDERS) throughput(w.cases[contender], warmupMs);
  // Rounds: the order of contenders rotates.
  const rates = new Map<string, number[]>();
  for (let round = 0; round < rounds; round++) {
    for (const w of workloads) {
      for (let i = 0; i < CONTENDERS.length; i++) {
        const contender = CONTENDERS[(round + i) % CONTENDERS.length]!;
        const rate = throughput(w.cases[contender], sliceMs);
        rates.set(`${w.label}|${contender}`, [...(rates.get(`${w.label}|${contender}`) ?? []), rate]);
      }
    }
  }

  const rate = (w: Workload, contender: Contender) => median(rates.get(`${w.label}|${contender}`)!);
  console.log(`\nValidation throughput, Stripe ${VERSION} examples (after ${warmupMs} ms of warm-up each, median of ${rounds} interleaved rounds of ${sliceMs} ms; node ${process.version}, ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(2)})\n`);
  console.log(formatTable(["workload (validations/s)", ...CONTENDERS], workloads.map((w) => [w.label, ...CONTENDERS.map((contender) => fmt(rate(w, contender)))]), new Set(CONTENDERS.map((_, i) => i + 1))));
  console.log("");
  console.log(
    formatTable(
      ["workload", "ours", ...PEERS.map((peer) => `/ ${peer}`)],
      workloads.flatMap((w) => OURS.map((own) => [w.label, own, ...PEERS.map((peer) => `${(rate(w, own) / rate(w, peer)).toFixed(2)}x`)])),
      new Set(PEERS.map((_, i) => i + 2)),
    ),
  );
  console.log(`\nExamples accepted (of ${names.length}): ${CONTENDERS.map((contender) => `${contender} ${accepted[contender]}`).join(", ")}`);
  console.log("Targets:");
  for (const own of OURS) {
    const targets = Object.entries(TARGETS[own]) as [Peer, number][];
    console.log(`  ${own}: ${targets.map(([peer, target]) => `/ ${peer} >= ${target.toFixed(1)}x`).join(", ")}`);
    for (const w of workloads) {
      const verdicts = targets.map(([peer, target]) => {
        const ratio = rate(w, own) / rate(w, peer);
        return `${peer} ${ratio >= target ? "met" : "MISSED"} (${ratio.toFixed(2)}x)`;
      });
      console.log(`    ${w.label}: ${verdicts.join(", ")}`);
    }
  }
}

/** Validations per second over `ms` of repeated passes over the cases. */
function throughput(cases: readonly [Validate, unknown][], ms: number): number {
  let passes = 0;
  let accepted = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < 64; i++) {
      for (const [validate, value] of cases) if (validate(value)) accepted++;
    }
    passes += 64;
    elapsed = performance.now() - started;
  } while (elapsed < ms);
  if (accepted < 0) console.log(accepted); // keeps the results alive
  return (passes * cases.length) / (elapsed / 1000);
}

/** Our modules, as `generate()` made them, written to .tmp/bench/gen-schemas: each schema's `validate()`, and its `is<Type>`. */
async function loadOurs(files: Map<string, string>, byName: Map<string, IrSchema>, names: readonly string[]): Promise<[Map<string, Validate>, Map<string, Validate>]> {
  const dir = join(OUT, "gen-schemas");
  await writeOutput(dir, files);
  const [validates, tests] = [new Map<string, Validate>(), new Map<string, Validate>()];
  for (const name of names) {
    const { fileName, typeName } = byName.get(name)!;
    const module = (await import(pathToFileURL(join(dir, `${fileName}.js`)).href)) as Record<string, unknown>;
    const schema = module[typeName] as { validate(value: unknown): { ok: boolean } };
    validates.set(name, (value) => schema.validate(value).ok);
    tests.set(name, module[`is${typeName}`] as Validate);
  }
  return [validates, tests];
}

function loadAjv(names: readonly string[]): Map<string, Validate> {
  const compile = referenceValidators(VERSION);
  return new Map(
    names.map((name) => {
      const validate = compile(name);
      return [name, (value: unknown) => validate(value) as boolean];
    }),
  );
}

/** zod 4 schemas from @hey-api/openapi-ts's zod plugin (definitions only), imported as TypeScript through tsx. */
async function loadZod(byName: Map<string, IrSchema>, names: readonly string[]): Promise<Map<string, Validate>> {
  const dir = join(OUT, "hey-api");
  await createClient({
    input: SPECS[VERSION],
    output: { path: dir },
    plugins: [{ name: "zod", requests: false, responses: false, webhooks: false }],
    logs: { level: "silent" },
  });
  const module = (await import(pathToFileURL(join(dir, "zod.gen.ts")).href)) as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const out = new Map<string, Validate>();
  for (const name of names) {
    const exported = `z${byName.get(name)!.typeName}`;
    const schema = module[exported];
    if (!schema) throw new Error(`hey-api's zod output has no ${exported} for ${name}`);
    out.set(name, (value) => schema.safeParse(value).success);
  }
  return out;
}

/**
 * typia's validators of our types, `createIs` and `createValidate` (`success`), compiled by
 * its TypeScript transform into .tmp/bench/typia (the types from .tmp/bench/gen-schemas).
 */
async function loadTypia(names: readonly string[]): Promise<[Map<string, Validate>, Map<string, Validate>]> {
  const dir = join(OUT, "typia");
  mkdirSync(dir, { recursive: true });
  const source = (create: string) =>
    [
      'import typia from "typia";',
      'import type { SchemaTypes } from "../gen-schemas/types/index.js";',
      "export const validators = {",
      ...names.map((name) => `  ${JSON.stringify(name)}: typia.${create}<SchemaTypes[${JSON.stringify(name)}]>(),`),
      "};",
      "",
    ].join("\n");
  const roots = [join(dir, "is.ts"), join(dir, "validate.ts")];
  writeFileSync(roots[0]!, source("createIs"));
  writeFileSync(roots[1]!, source("createValidate"));
  const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, outDir: join(dir, "out") };
  const program = ts.createProgram(roots, options);
  const problems: ts.Diagnostic[] = [];
  const emitted = program.emit(undefined, undefined, undefined, false, { before: [typiaTransform(program, {}, { addDiagnostic: (diagnostic) => problems.push(diagnostic) })] });
  problems.push(...emitted.diagnostics);
  if (problems.length > 0) throw new Error(`typia: ${ts.flattenDiagnosticMessageText(problems[0]!.messageText, "\n")}`);
  writeFileSync(join(dir, "out", "package.json"), '{ "type": "module" }\n');
  const load = async (file: string) => ((await import(pathToFileURL(join(dir, "out", file)).href)) as { validators: Record<string, (value: unknown) => unknown> }).validators;
  const [is, validate] = [await load("is.js"), await load("validate.js")];
  return [
    new Map(names.map((name) => [name, (value: unknown) => is[name]!(value) as boolean])),
    new Map(names.map((name) => [name, (value: unknown) => (validate[name]!(value) as { success: boolean }).success])),
  ];
}

function fmt(rate: number): string {
  return Math.round(rate).toLocaleString("en-US");
}

await main();
