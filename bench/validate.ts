/**
 * Validation throughput on Stripe's 2023-09-12 examples, five ways, in one process:
 * - ours: the generated modules' `validate()` (strict, passthrough), generated at start;
 * - ours is: their `is<Type>()`, the test compiled without issues, a boolean as the peers give;
 * - ajv: the same spec converted to JSON Schema by test/validate/json-schema.ts, compiled
 *   once with ajv's default options;
 * - schemasafe: the same JSON Schema compiled by @exodus/schemasafe (default options, no
 *   error details), the validators of every example's schema in one scope;
 * - zod: zod 4 schemas generated at start by @hey-api/openapi-ts's zod plugin, `safeParse()`.
 * Three workloads (every example once; billing_portal.session alone; charge alone). Each
 * contender first runs each workload for `--warmup` ms: V8 takes seconds to optimize the
 * hundreds of functions of the mixed workload (its rate still tripled after the first
 * second), and a server validating payloads runs warm. Then interleaved rounds (the order
 * of contenders rotates), each measured for a fixed time.
 * Prints median validations per second, how many examples each accepts, and our ratio to
 * each peer against the targets (>= 1.0x ajv and schemasafe, >= 5x zod), for `validate()`
 * and, beside, for `is<Type>()`.
 *
 *   npx tsx bench/validate.ts [--rounds 9] [--ms 200] [--warmup 3000] [--no-build]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createClient } from "@hey-api/openapi-ts";
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
/** The least ours/peer may be, in validations per second. */
const TARGETS = { ajv: 1.0, schemasafe: 1.0, zod: 5.0 };

/** One validator of one schema: true when it accepts the value. */
type Validate = (value: unknown) => boolean;
type Peer = keyof typeof TARGETS;
type Ours = "ours" | "ours is";
type Contender = Ours | Peer;
const PEERS = Object.keys(TARGETS) as Peer[];
const OURS: readonly Ours[] = ["ours", "ours is"];
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
  const validators: Record<Contender, Map<string, Validate>> = { ours, "ours is": oursIs, ajv, schemasafe, zod };

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
  console.log(
    formatTable(
      ["workload", "ours (validations/s)", "ours is", ...PEERS, ...OURS.flatMap((own) => PEERS.map((peer) => `${own}/${peer}`))],
      workloads.map((w) => [w.label, ...CONTENDERS.map((contender) => fmt(rate(w, contender))), ...OURS.flatMap((own) => PEERS.map((peer) => `${(rate(w, own) / rate(w, peer)).toFixed(2)}x`))]),
      new Set(CONTENDERS.map((_, i) => i + 1).concat(OURS.flatMap((_, j) => PEERS.map((_, i) => CONTENDERS.length + 1 + j * PEERS.length + i)))),
    ),
  );
  console.log(`\nExamples accepted (of ${names.length}): ${CONTENDERS.map((contender) => `${contender} ${accepted[contender]}`).join(", ")}`);
  console.log(`Targets: ${PEERS.map((peer) => `ours/${peer} >= ${TARGETS[peer].toFixed(1)}x`).join(", ")}`);
  const verdict = (ratio: number, target: number) => (ratio >= target ? "met" : "MISSED");
  for (const own of OURS) {
    for (const w of workloads) {
      const verdicts = PEERS.map((peer) => {
        const ratio = rate(w, own) / rate(w, peer);
        return `${peer} ${verdict(ratio, TARGETS[peer])} (${ratio.toFixed(2)}x)`;
      });
      console.log(`  ${own}, ${w.label}: ${verdicts.join(", ")}`);
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

function fmt(rate: number): string {
  return Math.round(rate).toLocaleString("en-US");
}

await main();
