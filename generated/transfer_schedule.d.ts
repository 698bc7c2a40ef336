import type * as runtime from "./runtime/api.js";
import type { TransferSchedule as self } from "./types/transfer_schedule.js";

export type TransferSchedule = self;
export declare const TransferSchedule: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTransferSchedule(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTransferSchedule(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTransferSchedule: runtime.Check;
