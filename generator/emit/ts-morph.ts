import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

/**
 * ts-morph's printer, loaded with `require`: a CommonJS package imported from ESM is
 * first scanned for its export names (cjs-module-lexer), which for ts-morph and the
 * TypeScript compiler it loads costs about 0.15 s of every run that emits.
 */
const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof TsMorph;

export const printStructure: typeof TsMorph.printStructure = tsMorph.printStructure;
export const StructureKind: typeof TsMorph.StructureKind = tsMorph.StructureKind;
