import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { generate } from "../../generator/generate.js";
import type { IrDocument } from "../../generator/ir/types.js";
import { openapiTypescript, schemasReferring } from "./openapi-typescript.js";

/** Our two typings of a spec: `x-stripeBypassValidation` enums closed, and open (the default). */
export const VARIANTS = ["closed", "open"] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * A folder holding, for one spec:
 * - `closed/types/`, `open/types/`: our types-only output with closed and open enums;
 * - `ours-closed.ts`, `ours-open.ts`: `interface Ours { [spec name]: our type }`;
 * - `theirs.ts`: openapi-typescript's output, verbatim;
 * - `theirs-closed.ts`, `theirs-open.ts`: its schemas with references pointing at ours.
 */
export interface Workspace {
  dir: string;
  ir: IrDocument;
  /** Every file written, for the type-check. */
  files: string[];
}

export async function prepareWorkspace(spec: string, dir: string): Promise<Workspace> {
  const theirs = await openapiTypescript(spec);
  const files: string[] = [];
  const write = (path: string, text: string): void => {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    files.push(file);
  };
  write("theirs.ts", theirs);
  let ir: IrDocument | undefined;
  for (const variant of VARIANTS) {
    // Open enums are the default: leave the option out to test the default.
    const generated = await generate({ spec, typesOnly: true, ...(variant === "closed" ? { openEnums: false } : {}) });
    ir = generated.ir;
    for (const [path, text] of generated.files) write(`${variant}/${path}`, text);
    write(`ours-${variant}.ts`, oursByName(generated.ir, variant));
    write(`theirs-${variant}.ts`, schemasReferring(theirs, "Ours", `./ours-${variant}.js`));
  }
  return { dir, ir: ir!, files };
}

/** `export interface Ours { "billing_portal.session": BillingPortalSession; … }`, from each type's own file. */
function oursByName(ir: IrDocument, variant: Variant): string {
  const members = ir.schemas.map((schema) => `  ${JSON.stringify(schema.name)}: import(${JSON.stringify(`./${variant}/types/${schema.fileName}.js`)}).${schema.typeName};`);
  return `export interface Ours {\n${members.join("\n")}\n}\n`;
}
