import type * as runtime from "./runtime/api.js";
import type { DeletedPaymentSource as self } from "./types/deleted_payment_source.js";

export type DeletedPaymentSource = self;
export declare const DeletedPaymentSource: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateDeletedPaymentSource(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isDeletedPaymentSource(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkDeletedPaymentSource: runtime.Check;
