import type * as Commander from "commander";
import { createRequire } from "node:module";
import { DEFAULT_OUT, DEFAULT_SPEC } from "./config.js";
import { GenerationError } from "./errors.js";
import { runGenerate } from "./commands/generate.js";
import { EXIT, type Io } from "./commands/io.js";
import { resolveSettings, type CliOptions } from "./commands/settings.js";
import { GENERATOR_VERSION } from "./version.js";

export { EXIT, type Io };

/**
 * commander, loaded with `require`: importing a CommonJS package from ESM first scans its
 * source for export names, which costs about as much as loading it, on every run, a
 * rerun with nothing to do included.
 */
const { Command, CommanderError, Option } = createRequire(import.meta.url)("commander") as typeof Commander;
type Command = Commander.Command;

/** `gen-schemas check`, loaded when run: a generation never needs it. */
const runCheck: typeof import("./commands/check.js").runCheck = async (...args) => (await import("./commands/check.js")).runCheck(...args);

const defaultIo = (): Io => ({
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stderr.isTTY),
});

/** The options `gen-schemas` and `gen-schemas check` share. */
function withGenerateOptions(command: Command): Command {
  return command
    .option("-s, --spec <path|url>", `spec file or http(s) URL, JSON or YAML (default: ${DEFAULT_SPEC})`)
    .option("-o, --out <dir>", `output folder (default: ${DEFAULT_OUT})`)
    .option("-c, --config <file>", "config file (default: gen-schemas.config.json when present)")
    .addOption(new Option("--package-name <name>", "name of the generated package"))
    .addOption(new Option("--package-version <version>", "version of the generated package"))
    .option("--types-only", "emit only the types files (no validators, runtime or package files)")
    .option("--closed-enums", "type x-stripeBypassValidation enums as closed unions (default: open, `| (string & {})`)")
    .option("--cache-dir <dir>", "where a YAML spec's parsed entries are kept between runs (default: node_modules/.cache/gen-schemas)")
    .option("--no-cache", "parse the whole spec on every run, keeping nothing");
}

/** Runs the command line and returns the exit code; only `bin/` calls `process.exit`. */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let run: (() => Promise<number>) | undefined;
  const program = withGenerateOptions(new Command("gen-schemas").enablePositionalOptions())
    .description("Generate types, validators and changesets for every schema of an OpenAPI spec")
    .version(GENERATOR_VERSION, "-v, --version")
    .option("--check", "same as `gen-schemas check`")
    .action((options: CliOptions) => {
      run = async () => {
        const settings = await resolveSettings(options, io.cwd);
        return options.check === true ? runCheck(settings, io) : runGenerate(settings, io);
      };
    });
  withGenerateOptions(program.command("check"))
    .description("regenerate in memory and compare with the output folder: exit 0 when up to date, 1 listing what would change")
    .action((options: CliOptions) => {
      run = async () => runCheck(await resolveSettings(options, io.cwd), io);
    });
  program
    .command("diff")
    .description("semantic diff of two specs' schemas, each change classified breaking/additive/neutral, as Markdown")
    .argument("<old-spec>", "path or URL of the old spec")
    .argument("<new-spec>", "path or URL of the new spec")
    .option("--json", "print the report as JSON")
    .option("--max-length <n>", "cut the Markdown to at most n characters, breaking changes kept first (a GitHub PR body takes 65536)")
    .action((oldSpec: string, newSpec: string, options: CliOptions) => {
      run = async () => {
        const { runDiff } = await import("./diff/index.js");
        const maxLength = typeof options.maxLength === "string" ? Number(options.maxLength) : undefined;
        if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength > 0)) {
          io.stderr(`gen-schemas: --max-length takes a whole number of characters, not "${String(options.maxLength)}"\n`);
          return EXIT.usage;
        }
        io.stdout(await runDiff(oldSpec, newSpec, { json: options.json === true, cwd: io.cwd, ...(maxLength ? { maxLength } : {}) }));
        return EXIT.ok;
      };
    });
  for (const command of [program, ...program.commands]) {
    command
      .showHelpAfterError("(run gen-schemas --help for the options)")
      .exitOverride()
      .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  }

  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  try {
    return await run!();
  } catch (error) {
    if (error instanceof GenerationError) {
      io.stderr(`gen-schemas: ${error.message}\n`);
      return EXIT.failed;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`gen-schemas: internal error, a bug in gen-schemas (please report it with the spec):\n${detail}\n`);
    return EXIT.failed;
  }
}
