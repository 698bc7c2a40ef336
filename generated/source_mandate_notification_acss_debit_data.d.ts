import type * as runtime from "./runtime/api.js";
import type { SourceMandateNotificationAcssDebitData as self } from "./types/source_mandate_notification_acss_debit_data.js";

export type SourceMandateNotificationAcssDebitData = self;
export declare const SourceMandateNotificationAcssDebitData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceMandateNotificationAcssDebitData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceMandateNotificationAcssDebitData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceMandateNotificationAcssDebitData: runtime.Check;
