#!/usr/bin/env node
// The command line, compiled from generator/cli.ts by `npm run build` (run by `npm ci`).
import module from "node:module";

// Node 22.1+ keeps the compiled code of what a run loads (the TypeScript compiler under
// ts-morph above all) in its temp-folder cache, as tsc itself does; older Nodes have no such call.
module.enableCompileCache?.();

const { main } = await import("../dist/generator/cli.js");

// `gen-schemas diff … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
