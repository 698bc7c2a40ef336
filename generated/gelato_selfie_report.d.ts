import type * as runtime from "./runtime/api.js";
import type { GelatoSelfieReport as self } from "./types/gelato_selfie_report.js";

export type GelatoSelfieReport = self;
export declare const GelatoSelfieReport: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoSelfieReport(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoSelfieReport(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoSelfieReport: runtime.Check;
