import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { generatedDir, type SpecVersion } from "../support/paths.js";
import { STRICT } from "../support/typescript.js";
import { removeTempDirs, tempDir } from "../cli/run.js";

afterAll(removeTempDirs);

let copy: string | undefined;
/** One copy of the 2023-09-12 package per file, for consumers written into it: a test's consumer imports `./types/index.js` and so on. */
function packageCopy(): string {
  if (copy === undefined) {
    copy = tempDir("gen-schemas-consumer-");
    cpSync(generatedDir("2023-09-12"), copy, { recursive: true });
  }
  return copy;
}

function declarationFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".d.ts") || file.endsWith(".ts"))
    .map((file) => join(folder, file));
}

function diagnostics(files: string[]): string[] {
  const program = ts.createProgram(files, STRICT);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : "";
    return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

describe("the generated package type-checks under --strict", () => {
  it.each<SpecVersion>(["2023-09-12", "2022-04-12"])("every declaration of %s", (version) => {
    expect(diagnostics(declarationFiles(generatedDir(version)))).toEqual([]);
  });
});

describe("Expanded<T, paths>", () => {
  it("narrows the named expandable fields, through nested objects, and refuses unknown first segments", () => {
    const folder = packageCopy();
    writeFileSync(
      join(folder, "consumer.ts"),
      `import type { Charge, Customer, DeletedCustomer, Expanded, Invoice, Subscription } from "./types/index.js";

type E = Expanded<Charge, "customer" | "invoice.subscription">;
declare const charge: Charge;
declare const e: E;

export const customer: Customer | DeletedCustomer | null | undefined = e.customer;
export const invoice: Invoice | null | undefined = e.invoice;
export const subscription: Subscription | null | undefined = e.invoice?.subscription;
// Fields not named keep their ID form.
export const intent: E["payment_intent"] = "pi_123";
// @ts-expect-error an expanded customer is no longer an ID string
export const customerId: string | null | undefined = e.customer;
// @ts-expect-error the plain type still allows the ID string
export const plain: Customer | DeletedCustomer | null | undefined = charge.customer;
// @ts-expect-error "nope" is not a field of Charge
export type Bad = Expanded<Charge, "nope">;
// Lists of expandable items narrow item by item.
type WithDiscounts = Expanded<Invoice, "discounts">;
declare const withDiscounts: WithDiscounts;
// @ts-expect-error discount items are objects now
export const discountIds: string[] | null | undefined = withDiscounts.discounts;
`,
    );
    expect(diagnostics([join(folder, "consumer.ts")])).toEqual([]);
  });
});

describe("what tsc reads for a consumer", () => {
  /** The package's files the consumer makes tsc read. */
  function packageFilesRead(consumer: string): string[] {
    const folder = packageCopy();
    writeFileSync(join(folder, "consumer.ts"), consumer);
    const program = ts.createProgram([join(folder, "consumer.ts")], STRICT);
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
    return program
      .getSourceFiles()
      .map((file) => file.fileName)
      .filter((name) => name.startsWith(folder) && !name.endsWith("/consumer.ts"))
      .map((name) => name.slice(folder.length + 1))
      .sort();
  }

  it("is the types index and four small files for every type and the registry: no declaration of the runtime's functions", () => {
    const read = packageFilesRead(`import type * as T from "./types/index.js";
import { schemas } from "./registry.js";

export type Session = T.BillingPortalSession;
export const ok: boolean = schemas["billing_portal.session"].validate({}).ok;
`);
    expect(read).toEqual(["registry.d.ts", "runtime/api.d.ts", "runtime/expanded.d.ts", "runtime/standard-schema.d.ts", "types/index.d.ts"]);
  });

  it("is the runtime's API and no other runtime file for a schema module", () => {
    const read = packageFilesRead(`import { BillingPortalSession } from "./billing_portal.session.js";

export const ok: boolean = BillingPortalSession.validate({}).ok;
`);
    expect(read.filter((name) => name.startsWith("runtime/"))).toEqual(["runtime/api.d.ts", "runtime/standard-schema.d.ts"]);
    expect(read).toContain("billing_portal.session.d.ts");
  });
});
