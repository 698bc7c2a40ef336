import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * How peak memory is measured: GNU time's `%M` (max RSS of the command, from the kernel),
 * else polling `/proc/<pid>/status` VmHWM of the process spawned (not its children), else not at all.
 */
export type MemoryProbe = "gnu-time" | "proc-status" | "none";

export const GNU_TIME = "/usr/bin/time";
const PROC_POLL_MS = 10;

export function memoryProbe(): MemoryProbe {
  if (existsSync(GNU_TIME) && gnuTimeWorks()) return "gnu-time";
  if (existsSync(`/proc/${process.pid}/status`)) return "proc-status";
  return "none";
}

/** Busybox and BSD `time` take no `-f %M -o`: try it once. */
function gnuTimeWorks(): boolean {
  const dir = mkdtempSync(join(tmpdir(), "measure-"));
  try {
    const out = join(dir, "rss");
    const child = spawnSync(GNU_TIME, ["-f", "%M", "-o", out, process.execPath, "-e", "0"]);
    return child.status === 0 && /^\d+\s*$/.test(readFileSync(out, "utf8"));
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One run of a command. */
export interface Measurement {
  /** Wall time from spawn to exit. */
  wallMs: number;
  /** Peak resident set size in KiB; undefined when the probe is "none". */
  peakRssKiB: number | undefined;
  /** User plus system CPU time (10 ms resolution), steadier than wall time on a busy machine; GNU time only. */
  cpuMs: number | undefined;
}

export interface CommandOptions {
  cwd?: string;
  probe?: MemoryProbe;
}

/**
 * Runs `command args` as a child process (output captured, not shown) and measures its
 * wall time and peak RSS. Rejects, with the command's output, if it fails.
 */
export async function measureCommand(command: string, args: readonly string[], options: CommandOptions = {}): Promise<Measurement> {
  const probe = options.probe ?? memoryProbe();
  const dir = probe === "gnu-time" ? mkdtempSync(join(tmpdir(), "measure-")) : undefined;
  const rssFile = dir && join(dir, "rss");
  const [file, argv] = rssFile ? [GNU_TIME, ["-f", "%M %U %S", "-o", rssFile, command, ...args]] : [command, [...args]];
  try {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const poller = probe === "proc-status" && child.pid !== undefined ? pollPeakRss(child.pid) : undefined;
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject);
      child.on("close", (exitCode) => resolve(exitCode));
    });
    const wallMs = performance.now() - started;
    poller?.stop();
    if (code !== 0) throw new Error(`${[command, ...args].join(" ")} exited with ${code}:\n${output}`);
    if (!rssFile) return { wallMs, peakRssKiB: poller?.peak(), cpuMs: undefined };
    const [rss, user, system] = readFileSync(rssFile, "utf8").trim().split(" ").map(Number);
    return { wallMs, peakRssKiB: rss, cpuMs: Math.round((user! + system!) * 1000) };
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads VmHWM (the kernel's own high-water mark of RSS) every few milliseconds; the last
 * read before exit can miss growth in the final interval, so this is a lower bound.
 */
function pollPeakRss(pid: number): { stop(): void; peak(): number | undefined } {
  let peak: number | undefined;
  const read = (): void => {
    try {
      const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) peak = Math.max(peak ?? 0, Number(match[1]));
    } catch {
      // The process has exited; keep the last reading.
    }
  };
  const timer = setInterval(read, PROC_POLL_MS);
  read();
  return { stop: () => clearInterval(timer), peak: () => peak };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median() of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
