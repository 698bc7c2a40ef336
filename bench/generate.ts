/**
 * Times generating the 2023-09-12 Stripe spec, each as a child process, runs interleaved:
 * our CLI types-only and full output (types + validators/changesets), each with its YAML
 * parse cache turned off (`--no-cache`: the whole spec parsed, as on a first run) and
 * with it warm (a rerun into a fresh folder), and openapi-typescript's CLI. Prints
 * median wall time and peak RSS, and our ratios to openapi-typescript against the
 * targets (types-only <= 1.0x, full <= 1.5x), judged without the cache: openapi-typescript
 * parses the whole spec every time. CPU time is shown too: on a shared machine it moves
 * far less than wall time.
 *
 *   npx tsx bench/generate.ts [--runs 5] [--warmup 1] [--spec spec/2023-09-12/spec3.yaml] [--no-build]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { count } from "./lib/args.js";
import { measureCommand, median, memoryProbe, type Measurement, type MemoryProbe } from "./lib/measure.js";
import { formatTable } from "./lib/table.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface Contender {
  label: string;
  /** The node script and its arguments, writing into `out` (a fresh, empty folder). */
  args(spec: string, out: string): string[];
}

const OURS_TYPES: Contender = { label: "gen-schemas --types-only", args: (spec, out) => ["bin/gen-schemas.js", "-s", spec, "-o", join(out, "types-only"), "--types-only", "--no-cache"] };
const OURS_FULL: Contender = { label: "gen-schemas (full)", args: (spec, out) => ["bin/gen-schemas.js", "-s", spec, "-o", join(out, "full"), "--no-cache"] };
const OURS_TYPES_CACHED: Contender = { label: "gen-schemas --types-only, parse cache warm", args: (spec, out) => ["bin/gen-schemas.js", "-s", spec, "-o", join(out, "types-only"), "--types-only"] };
const OURS_FULL_CACHED: Contender = { label: "gen-schemas (full), parse cache warm", args: (spec, out) => ["bin/gen-schemas.js", "-s", spec, "-o", join(out, "full")] };
const THEIRS: Contender = { label: "openapi-typescript", args: (spec, out) => ["node_modules/openapi-typescript/bin/cli.js", spec, "-o", join(out, "schema.ts")] };
const CONTENDERS = [OURS_TYPES, OURS_FULL, OURS_TYPES_CACHED, OURS_FULL_CACHED, THEIRS];

/** Ours over theirs, and the most the ratio of median wall times may be (none: shown only). */
const TARGETS: { label: string; ours: Contender; target?: number }[] = [
  { label: "types-only / openapi-typescript", ours: OURS_TYPES, target: 1.0 },
  { label: "full / openapi-typescript", ours: OURS_FULL, target: 1.5 },
  { label: "types-only, cache warm / openapi-typescript", ours: OURS_TYPES_CACHED },
  { label: "full, cache warm / openapi-typescript", ours: OURS_FULL_CACHED },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "5" },
      warmup: { type: "string", default: "1" },
      spec: { type: "string", default: "spec/2023-09-12/spec3.yaml" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const runs = count(values.runs, "--runs", 1);
  const warmup = count(values.warmup, "--warmup", 0);
  const spec = values.spec;
  if (!values["no-build"]) execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });

  const probe = memoryProbe();
  const work = mkdtempSync(join(tmpdir(), "gen-schemas-bench-"));
  const results = new Map<Contender, Measurement[]>(CONTENDERS.map((contender) => [contender, []]));
  const loadBefore = loadavg()[0]!;
  try {
    for (let round = 0; round < warmup + runs; round++) {
      // Rotate the order each round so no contender always runs first (cold) or last.
      const order = CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length]!);
      for (const contender of order) {
        const out = join(work, "out");
        rmSync(out, { recursive: true, force: true });
        mkdirSync(out);
        const measurement = await measureCommand(process.execPath, contender.args(spec, out), { cwd: ROOT, probe });
        if (round >= warmup) results.get(contender)!.push(measurement);
        if (process.stderr.isTTY) process.stderr.write(".");
      }
    }
  } finally {
    if (process.stderr.isTTY) process.stderr.write("\n");
    rmSync(work, { recursive: true, force: true });
  }
  console.log(report(spec, runs, warmup, probe, results, [loadBefore, loadavg()[0]!]));
}

function report(spec: string, runs: number, warmup: number, probe: MemoryProbe, results: Map<Contender, Measurement[]>, load: [number, number]): string {
  const wall = (contender: Contender) => median(results.get(contender)!.map((m) => m.wallMs));
  const optional = (contender: Contender, pick: (m: Measurement) => number | undefined) => {
    const values = results.get(contender)!.flatMap((m) => pick(m) ?? []);
    return values.length > 0 ? median(values) : undefined;
  };
  const rss = (contender: Contender) => optional(contender, (m) => m.peakRssKiB);
  const cpu = (contender: Contender) => optional(contender, (m) => m.cpuMs);
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? "n/a" : `${(a / b).toFixed(2)}x`);
  const rows = CONTENDERS.map((contender) => {
    const times = results.get(contender)!.map((m) => m.wallMs);
    const [peak, busy] = [rss(contender), cpu(contender)];
    return [contender.label, seconds(wall(contender)), seconds(Math.min(...times)), seconds(Math.max(...times)), peak === undefined ? "n/a" : mebibytes(peak), busy === undefined ? "n/a" : seconds(busy)];
  });
  const ratios = TARGETS.map(({ label, ours, target }) => {
    const time = wall(ours) / wall(THEIRS);
    const verdict = target === undefined ? ["", ""] : [`<= ${target.toFixed(1)}x`, time <= target ? "met" : "MISSED"];
    return [label, `${time.toFixed(2)}x`, ratio(rss(ours), rss(THEIRS)), ratio(cpu(ours), cpu(THEIRS)), ...verdict];
  });
  return [
    `spec: ${spec}`,
    `${runs} timed runs each, interleaved, after ${warmup} warm-up round${warmup === 1 ? "" : "s"}; node ${process.version}, ${availableParallelism()} CPUs, load average ${load[0].toFixed(2)} -> ${load[1].toFixed(2)}`,
    `peak RSS: ${PROBES[probe]}`,
    "",
    formatTable(["command", "median wall", "min", "max", "median peak RSS", "median CPU"], rows, new Set([1, 2, 3, 4, 5])),
    "",
    formatTable(["ours / theirs (medians)", "wall", "peak RSS", "CPU", "target (wall)", ""], ratios, new Set([1, 2, 3, 4])),
  ].join("\n");
}

const PROBES: Record<MemoryProbe, string> = {
  "gnu-time": "GNU time (/usr/bin/time -f %M), the kernel's max RSS of the process; CPU is user + system (%U + %S)",
  "proc-status": "VmHWM polled from /proc/<pid>/status every 10 ms (no GNU time here; a lower bound); CPU not measured",
  none: "not measured (neither GNU time nor /proc available); CPU not measured",
};

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mebibytes = (kib: number): string => `${(kib / 1024).toFixed(0)} MiB`;

await main();
