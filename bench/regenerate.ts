/**
 * Times regeneration of the 2023-09-12 Stripe spec by our CLI, as child processes:
 * a full generation into an empty folder, a rerun with nothing changed (the manifest
 * says so: nothing parsed, nothing written), and a rerun after one schema changed
 * (only that schema's files emitted and staged in the output the previous rerun parked
 * in the cache; the full generation's round replaces nothing, so nothing is parked then).
 * Prints medians and the ratios to the full generation against the targets (no-op < 0.1x,
 * one schema < 0.2x).
 *
 *   npx tsx bench/regenerate.ts [--runs 5] [--spec spec/2023-09-12/spec3.yaml] [--no-build]
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { count } from "./lib/args.js";
import { measureCommand, median, memoryProbe, type Measurement } from "./lib/measure.js";
import { formatTable } from "./lib/table.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
/** Text only in the description of billing_portal.session `locale`: changing it changes one schema. */
const ONE_SCHEMA_TEXT = "The IETF language tag of the locale Customer Portal is displayed in";

type Step = "full" | "no-op" | "one schema";
const TARGETS: Record<Exclude<Step, "full">, number> = { "no-op": 0.1, "one schema": 0.2 };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string", default: "5" },
      spec: { type: "string", default: "spec/2023-09-12/spec3.yaml" },
      "no-build": { type: "boolean", default: false },
    },
  });
  const runs = count(values.runs, "--runs", 1);
  if (!values["no-build"]) execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });

  const work = mkdtempSync(join(tmpdir(), "gen-schemas-regenerate-"));
  const text = readFileSync(join(ROOT, values.spec), "utf8");
  if (text.split(ONE_SCHEMA_TEXT).length !== 2) throw new Error("the one-schema edit must match exactly once in the spec");
  const original = join(work, `spec${extname(values.spec)}`);
  const edited = join(work, `spec-edited${extname(values.spec)}`);
  writeFileSync(original, text);
  writeFileSync(edited, text.replace(ONE_SCHEMA_TEXT, `${ONE_SCHEMA_TEXT} (edited)`));
  const out = join(work, "out");
  const probe = memoryProbe();
  const results: Record<Step, Measurement[]> = { full: [], "no-op": [], "one schema": [] };
  const cli = (spec: string) => measureCommand(process.execPath, ["bin/gen-schemas.js", "-s", spec, "-o", out], { cwd: ROOT, probe });
  const loadBefore = loadavg()[0]!;
  try {
    await cli(original); // warm-up: file caches, compiled code
    for (let round = 0; round < runs; round++) {
      rmSync(out, { recursive: true, force: true });
      results.full.push(await cli(original));
      results["no-op"].push(await cli(original));
      results["one schema"].push(await cli(edited));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const full = median(results.full.map((m) => m.wallMs));
  const rows = (Object.keys(results) as Step[]).map((step) => {
    const wall = median(results[step].map((m) => m.wallMs));
    const rss = results[step].flatMap((m) => m.peakRssKiB ?? []);
    const target = step === "full" ? "" : `< ${TARGETS[step].toFixed(1)}x`;
    const verdict = step === "full" ? "" : wall / full < TARGETS[step] ? "met" : "MISSED";
    return [step, `${(wall / 1000).toFixed(3)} s`, rss.length > 0 ? `${(median(rss) / 1024).toFixed(0)} MiB` : "n/a", `${(wall / full).toFixed(2)}x`, target, verdict];
  });
  console.log(
    [
      `spec: ${values.spec}; ${runs} rounds of full -> no-op -> one schema changed; node ${process.version}, ${availableParallelism()} CPUs, load average ${loadBefore.toFixed(2)} -> ${loadavg()[0]!.toFixed(2)}`,
      "",
      formatTable(["run", "median wall", "peak RSS", "of full", "target", ""], rows, new Set([1, 2, 3])),
    ].join("\n"),
  );
}

await main();
