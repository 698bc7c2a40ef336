#!/usr/bin/env node
// The command line, compiled from generator/cli.ts by `npm run build` (run by `npm ci`).
import { main } from "../dist/generator/cli.js";

// `gen-schemas diff … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
