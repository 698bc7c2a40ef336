import { Command, CommanderError, Option } from "commander";
import { relative, resolve } from "node:path";
import { readConfig, DEFAULT_OUT, DEFAULT_SPEC } from "./config.js";
import { GenerationError } from "./errors.js";
import { generate } from "./generate.js";
import { writeOutput } from "./write/write.js";
import { GENERATOR_VERSION } from "./version.js";

/** Exit codes: 0 ok, 1 the input or generation failed, 2 the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

const defaultIo = (): Io => ({
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
});

/** Runs the command line and returns the exit code; only `bin/` calls `process.exit`. */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  const program = new Command("gen-schemas")
    .description("Generate types, validators and changesets for every schema of an OpenAPI spec")
    .version(GENERATOR_VERSION, "-v, --version")
    .option("-s, --spec <path|url>", `spec file or http(s) URL, JSON or YAML (default: ${DEFAULT_SPEC})`)
    .option("-o, --out <dir>", `output folder (default: ${DEFAULT_OUT})`)
    .option("-c, --config <file>", "config file (default: gen-schemas.config.json when present)")
    .addOption(new Option("--package-name <name>", "name of the generated package"))
    .addOption(new Option("--package-version <version>", "version of the generated package"))
    .option("--types-only", "emit only the types files (no validators, runtime or package files)")
    .option("--closed-enums", "type x-stripeBypassValidation enums as closed unions (default: open, `| (string & {})`)")
    .showHelpAfterError("(run gen-schemas --help for the options)")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  let options: Record<string, string | boolean | undefined>;
  try {
    program.parse(argv, { from: "user" });
    options = program.opts();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }

  let drawn = false;
  const clearProgress = () => {
    if (drawn) io.stderr("\r\u001b[K");
    drawn = false;
  };
  try {
    const text = (name: string) => (typeof options[name] === "string" ? (options[name] as string) : undefined);
    const config = await readConfig(io.cwd, text("config"));
    const spec = text("spec") ?? config.spec ?? DEFAULT_SPEC;
    const out = resolve(io.cwd, text("out") ?? config.out ?? DEFAULT_OUT);
    const packageName = text("packageName") ?? config.packageName;
    const packageVersion = text("packageVersion") ?? config.packageVersion;
    const started = performance.now();
    const progress = (done: number, total: number) => {
      drawn = true;
      io.stderr(`\r${done}/${total} schemas`);
    };
    const { files, ir } = await generate({
      spec,
      cwd: io.cwd,
      typesOnly: options.typesOnly === true || config.typesOnly === true,
      openEnums: !(options.closedEnums === true || config.closedEnums === true),
      package: { ...(packageName ? { name: packageName } : {}), ...(packageVersion ? { version: packageVersion } : {}) },
      ...(io.isTty ? { progress } : {}),
    });
    await writeOutput(out, files);
    clearProgress();
    for (const rename of ir.renames) io.stderr(`note: ${rename.name} is typed ${rename.typeName}: ${rename.reason}\n`);
    const elapsed = Math.round(performance.now() - started);
    io.stdout(`gen-schemas: ${ir.schemas.length} schemas, ${files.size} files → ${relative(io.cwd, out) || "."} in ${elapsed} ms\n`);
    return EXIT.ok;
  } catch (error) {
    clearProgress();
    if (error instanceof GenerationError) {
      io.stderr(`gen-schemas: ${error.message}\n`);
      return EXIT.failed;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`gen-schemas: internal error, a bug in gen-schemas (please report it with the spec):\n${detail}\n`);
    return EXIT.failed;
  }
}
