import type * as runtime from "./runtime/api.js";
import type { GelatoIdNumberReport as self } from "./types/gelato_id_number_report.js";

export type GelatoIdNumberReport = self;
export declare const GelatoIdNumberReport: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoIdNumberReport(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoIdNumberReport(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoIdNumberReport: runtime.Check;
