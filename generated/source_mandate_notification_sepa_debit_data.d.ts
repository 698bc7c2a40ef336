import type * as runtime from "./runtime/api.js";
import type { SourceMandateNotificationSepaDebitData as self } from "./types/source_mandate_notification_sepa_debit_data.js";

export type SourceMandateNotificationSepaDebitData = self;
export declare const SourceMandateNotificationSepaDebitData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceMandateNotificationSepaDebitData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceMandateNotificationSepaDebitData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceMandateNotificationSepaDebitData: runtime.Check;
