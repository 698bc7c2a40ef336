/**
 * What our package costs a consumer's type-check: `tsc --noEmit` as a child process
 * (strict, module NodeNext, lib ES2022 + DOM as zod's declarations need `URL`) over a
 * consumer that names every component schema of the 2023-09-12 spec, for
 * - gen-schemas: the package in node_modules; the consumer imports every type from
 *   `stripe-schemas/types` and the registry (`schemas`: every module's value);
 * - openapi-typescript's single file of the spec's component schemas (paths emptied), in
 *   the consumer's sources as its docs suggest: the consumer names every
 *   `components["schemas"][name]`. The file of the whole spec (paths and operations too)
 *   is timed as well, for reference;
 * - hey-api's zod 4 schemas (component schemas only), in the consumer's sources: the
 *   consumer names every `z.infer<typeof zX>`, the way zod users get types;
 * - the types inside the `stripe` package (13.11, the last for API version 2023-08-16,
 *   the nearest to this spec), for billing_portal.session only: `Stripe.BillingPortal.Session`.
 *   Its declarations are one namespace spread over 224 files that its entry references
 *   (and @types/node's 83), so tsc reads every one of them whatever the consumer names.
 * A second consumer names billing_portal.session alone (ours: from its own module), and
 * an empty consumer gives the baseline (tsc and its lib files alone).
 *
 * Each runs under two settings: `skipLibCheck: false` (tsc's default: every declaration
 * file is checked, ours included, and lib.dom.d.ts) and `skipLibCheck: true` (what
 * `tsc --init` writes: declaration files are not checked, generated sources still are).
 * Rounds are interleaved, in a shuffled order each round; medians are reported, CPU
 * (user + system) beside wall time as the machine may be shared. Targets, on median CPU
 * time for every schema: ours <= 1.0x openapi-typescript (component schemas), ours <= 0.2x
 * zod. Each is judged twice: on the whole run, and on the CPU above the baseline (what the
 * package itself costs). A target below the floor (the empty consumer's share of the
 * peer's run) can't be met on the whole run by any package; its verdict then says so.
 * Each ratio comes with a bootstrap 95% interval over the rounds: one tsc run's CPU
 * varies from run to run (V8 compiles tsc on worker threads as it runs), so two packages
 * close to each other can come out either way in a run; the interval shows how far, and
 * the verdict is "level" when it holds the target.
 *
 *   npx tsx bench/typecheck.ts [--runs 3] [--no-build]
 */
import { execFileSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { count } from "./lib/args.js";
import { measureCommand, median, memoryProbe, type Measurement } from "./lib/measure.js";
import { generateOpenapiTypescript, generateOurs, generateZod, ROOT, SPEC, SPEC_VERSION } from "./lib/peers.js";
import { bootstrapInterval, judge, medianOf, seededRandom, shuffled, type Interval } from "./lib/stats.js";
import { formatTable } from "./lib/table.js";

const OUT = join(ROOT, ".tmp/bench/typecheck");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const ONE = "billing_portal.session";

const OURS = "gen-schemas";
const OTS_COMPONENTS = "openapi-typescript (component schemas)";
const OTS_WHOLE = "openapi-typescript (whole spec)";
const ZOD = "zod (hey-api)";
const STRIPE = "stripe 13.11 (its own types)";
const BASELINE = "baseline (empty consumer)";

/** Ours over theirs: the most the ratio of median CPU times may be, for every schema. */
const TARGETS: { theirs: string; target?: number }[] = [{ theirs: OTS_COMPONENTS, target: 1.0 }, { theirs: OTS_WHOLE }, { theirs: ZOD, target: 0.2 }, { theirs: STRIPE }];

const SETTINGS = {
  "skipLibCheck false": { file: "tsconfig.json", skipLibCheck: false },
  "skipLibCheck true": { file: "tsconfig.skiplib.json", skipLibCheck: true },
} as const;
type Setting = keyof typeof SETTINGS;

type Scope = "every schema" | typeof ONE | "nothing";

interface Contender {
  label: string;
  scope: Scope;
  setting: Setting;
  /** The project folder holding the tsconfig files and consumer.ts. */
  dir: string;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, "no-build": { type: "boolean", default: false } } });
  const runs = count(values.runs, "--runs", 1);
  if (!values["no-build"]) execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  await rm(OUT, { recursive: true, force: true });
  console.log(`Generating the ${SPEC_VERSION} package, openapi-typescript's files and hey-api's zod schemas into ${OUT} ...`);
  const contenders = await prepare();

  const probe = memoryProbe();
  const results = new Map<Contender, Measurement[]>(contenders.map((contender) => [contender, []]));
  const loadBefore = loadavg()[0]!;
  const random = seededRandom(0x5eed);
  for (let round = 0; round < runs; round++) {
    // A new order each round (seeded, so a run can be repeated): rotating one order would
    // still leave each contender behind the same neighbour every round, after a heavy
    // process or a light one.
    const order = shuffled(contenders, random);
    for (const contender of order) {
      const args = [TSC, "-p", SETTINGS[contender.setting].file];
      results.get(contender)!.push(await measureCommand(process.execPath, args, { cwd: contender.dir, probe }));
      if (process.stderr.isTTY) process.stderr.write(".");
    }
  }
  if (process.stderr.isTTY) process.stderr.write("\n");

  const pick = (c: Contender, value: (m: Measurement) => number | undefined): number | undefined => {
    const found = results.get(c)!.flatMap((m) => value(m) ?? []);
    return found.length > 0 ? median(found) : undefined;
  };
  const wall = (c: Contender) => pick(c, (m) => m.wallMs);
  const cpu = (c: Contender) => pick(c, (m) => m.cpuMs) ?? wall(c);
  const rss = (c: Contender) => pick(c, (m) => m.peakRssKiB);
  /** CPU time per round, in round order (wall time where CPU time wasn't measured). */
  const series = (c: Contender) => results.get(c)!.map((m) => m.cpuMs ?? m.wallMs);
  const resample = seededRandom(0xb007);
  const find = (label: string, scope: Scope, setting: Setting) => contenders.find((c) => c.label === label && c.scope === scope && c.setting === setting);

  const rows = contenders.map((c) => [c.setting, c.scope, c.label, seconds(wall(c)), seconds(cpu(c)), seconds(minus(cpu(c), cpu(find(BASELINE, "nothing", c.setting)!))), mebibytes(rss(c))]);
  const ratios: string[][] = [];
  for (const setting of Object.keys(SETTINGS) as Setting[]) {
    const base = cpu(find(BASELINE, "nothing", setting)!);
    for (const scope of ["every schema", ONE] as const) {
      for (const { theirs, target } of TARGETS) {
        const [ours, other] = [find(OURS, scope, setting), find(theirs, scope, setting)];
        if (!ours || !other) continue;
        const time = ratio(cpu(ours), cpu(other));
        const above = ratio(minus(cpu(ours), base), minus(cpu(other), base));
        const floor = ratio(base, cpu(other));
        // The same two statistics over rounds drawn again, for how far noise could move them.
        const [mine, theirsCpu, baseCpu] = [series(ours), series(other), series(find(BASELINE, "nothing", setting)!)];
        const timeInterval = bootstrapInterval(runs, (picked) => medianOf(mine, picked) / medianOf(theirsCpu, picked), resample);
        const aboveInterval = bootstrapInterval(runs, (picked) => ratio(minus(medianOf(mine, picked), medianOf(baseCpu, picked)), minus(medianOf(theirsCpu, picked), medianOf(baseCpu, picked))), resample);
        const judged = target !== undefined && scope === "every schema";
        ratios.push([
          setting,
          scope,
          `gen-schemas / ${theirs}`,
          show(time),
          span(timeInterval),
          show(above),
          span(aboveInterval),
          show(ratio(wall(ours), wall(other))),
          show(ratio(rss(ours), rss(other))),
          judged ? `<= ${target.toFixed(1)}x` : "",
          judged ? (floor !== undefined && floor > target ? `unattainable (floor ${show(floor)})` : verdict(time, timeInterval, target)) : "",
          judged ? verdict(above, aboveInterval, target) : "",
        ]);
      }
    }
  }

  // What no package can go below: tsc and its lib files alone, as a share of each peer's time.
  const floors = (Object.keys(SETTINGS) as Setting[]).map((setting) => {
    const base = cpu(find(BASELINE, "nothing", setting)!);
    const peers = TARGETS.flatMap(({ theirs }) => find(theirs, "every schema", setting) ?? []);
    const shares = peers.map((peer) => `${show(ratio(base, cpu(peer)))} ${peer.label}`);
    return `${setting}: an empty consumer alone costs ${shares.join(", ")}`;
  });

  const version = execFileSync(process.execPath, [TSC, "--version"], { encoding: "utf8" }).trim();
  console.log(
    [
      "",
      `tsc --noEmit (${version}; strict, module NodeNext, lib ES2022 + DOM), ${runs} run${runs === 1 ? "" : "s"} each, interleaved in a shuffled order; medians`,
      `node ${process.version}, ${availableParallelism()} CPUs, load average ${loadBefore.toFixed(2)} -> ${loadavg()[0]!.toFixed(2)}; peak RSS and CPU (user + system) by ${probe}`,
      "",
      formatTable(["setting", "consumer names", "package", "wall", "CPU", "CPU above baseline", "peak RSS"], rows, new Set([3, 4, 5, 6])),
      "",
      formatTable(["setting", "consumer names", "ratio", "CPU", "95% interval", "CPU above baseline", "95% interval", "wall", "peak RSS", "target", "on CPU", "above baseline"], ratios, new Set([3, 4, 5, 6, 7, 8])),
      "",
      "A 95% interval is the bootstrap's: rounds drawn again with replacement, 2,000 times. A verdict is",
      "met when the whole interval is within the target, MISSED when all of it is beyond, and level when",
      "the interval holds the target: the runs can't tell the two packages' cost from the target apart.",
      "",
      "The floor (CPU of tsc with nothing to check, over each peer's CPU for every schema):",
      ...floors.map((line) => `  ${line}`),
    ].join("\n"),
  );
}

/** Generates each package and writes its consumer projects. */
async function prepare(): Promise<Contender[]> {
  const oursRoot = join(OUT, "gen-schemas");
  const [{ ir, name }, zodFile] = await Promise.all([
    generateOurs(SPEC, join(oursRoot, "node_modules", "stripe-schemas")),
    generateZod(SPEC, join(OUT, "zod")),
    generateOpenapiTypescript(SPEC, join(OUT, "ots-components", "schema.ts"), "components"),
    generateOpenapiTypescript(SPEC, join(OUT, "ots-whole", "schema.ts"), "whole"),
  ]);
  const zodExports = new Set([...(await readFile(zodFile, "utf8")).matchAll(/^export const (z\w+) =/gm)].map((match) => match[1]!));
  const misnamed = ir.schemas.filter((schema) => !zodExports.has(`z${schema.typeName}`));
  if (misnamed.length > 0) throw new Error(`hey-api's zod output names ${misnamed.length} schemas differently, e.g. ${misnamed[0]!.name}: no z${misnamed[0]!.typeName}`);

  const one = ir.schemas.find((schema) => schema.name === ONE)!;
  const tuple = (items: string[]) => `[\n${items.map((item) => `  ${item},\n`).join("")}]`;
  const ots = (names: string[]) => `import type { components } from "../schema.js";\n\ntype S = components["schemas"];\n\nexport type All = ${tuple(names.map((n) => `S[${JSON.stringify(n)}]`))};\n`;
  const consumers: { label: string; root: string; scopes: Partial<Record<Scope, string>> }[] = [
    {
      label: OURS,
      root: oursRoot,
      scopes: {
        "every schema": `import type * as T from "${name}/types";\nimport { schemas } from "${name}/registry";\n\nexport const modules = schemas;\n\nexport type All = ${tuple(ir.schemas.map((s) => `T.${s.typeName}`))};\n`,
        [ONE]: `import { ${one.typeName} } from "${name}/${one.fileName}";\n\nexport const schema = ${one.typeName};\n\nexport type One = ${one.typeName};\n`,
      },
    },
    { label: OTS_COMPONENTS, root: join(OUT, "ots-components"), scopes: { "every schema": ots(ir.schemas.map((s) => s.name)), [ONE]: ots([ONE]) } },
    { label: OTS_WHOLE, root: join(OUT, "ots-whole"), scopes: { "every schema": ots(ir.schemas.map((s) => s.name)) } },
    {
      label: ZOD,
      root: join(OUT, "zod"),
      scopes: {
        "every schema": `import type * as z from "zod";\nimport * as Z from "../zod.gen.js";\n\nexport type All = ${tuple(ir.schemas.map((s) => `z.infer<typeof Z.z${s.typeName}>`))};\n`,
        [ONE]: `import type * as z from "zod";\nimport { z${one.typeName} } from "../zod.gen.js";\n\nexport type One = z.infer<typeof z${one.typeName}>;\n`,
      },
    },
    { label: STRIPE, root: join(OUT, "stripe"), scopes: { [ONE]: `import type Stripe from "stripe";\n\nexport type One = Stripe.BillingPortal.Session;\n` } },
    { label: BASELINE, root: join(OUT, "baseline"), scopes: { nothing: "export {};\n" } },
  ];
  const contenders: Contender[] = [];
  for (const consumer of consumers) {
    for (const [scope, source] of Object.entries(consumer.scopes) as [Scope, string][]) {
      const dir = join(consumer.root, `consumer-${scope === ONE ? "one" : scope === "nothing" ? "empty" : "all"}`);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, "consumer.ts"), source);
      for (const [setting, { file, skipLibCheck }] of Object.entries(SETTINGS) as [Setting, (typeof SETTINGS)[Setting]][]) {
        await writeFile(join(dir, file), `${JSON.stringify(tsconfig(skipLibCheck), null, 2)}\n`);
        contenders.push({ label: consumer.label, scope, setting, dir });
      }
    }
  }
  return contenders.sort((a, b) => Object.keys(SETTINGS).indexOf(a.setting) - Object.keys(SETTINGS).indexOf(b.setting));
}

function tsconfig(skipLibCheck: boolean): object {
  return {
    compilerOptions: { strict: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", lib: ["ES2022", "DOM"], types: [], noEmit: true, skipLibCheck },
    files: ["consumer.ts"],
  };
}

const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined ? undefined : a / b);
/** Time above the baseline; a median below it (noise, when a consumer adds next to nothing) counts as none. */
const minus = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined ? undefined : Math.max(0, a - b));
const span = (interval: Interval | undefined): string => (interval === undefined ? "n/a" : `${interval.low.toFixed(2)}-${interval.high.toFixed(2)}x`);
const verdict = (value: number | undefined, interval: Interval | undefined, target: number): string => (value === undefined ? "n/a" : judge(value, interval, target));
const show = (value: number | undefined): string => (value === undefined || !Number.isFinite(value) ? "n/a" : `${value.toFixed(2)}x`);
const seconds = (ms: number | undefined): string => (ms === undefined ? "n/a" : `${(ms / 1000).toFixed(2)} s`);
const mebibytes = (kib: number | undefined): string => (kib === undefined ? "n/a" : `${(kib / 1024).toFixed(0)} MiB`);

await main();
