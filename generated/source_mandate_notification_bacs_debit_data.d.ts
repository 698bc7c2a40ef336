import type * as runtime from "./runtime/api.js";
import type { SourceMandateNotificationBacsDebitData as self } from "./types/source_mandate_notification_bacs_debit_data.js";

export type SourceMandateNotificationBacsDebitData = self;
export declare const SourceMandateNotificationBacsDebitData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceMandateNotificationBacsDebitData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceMandateNotificationBacsDebitData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceMandateNotificationBacsDebitData: runtime.Check;
