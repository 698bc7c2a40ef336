#!/usr/bin/env node
// The command line, compiled from generator/cli.ts by `npm run build` (run by `npm ci`).
import { main } from "../dist/generator/cli.js";

process.exitCode = await main(process.argv.slice(2));
