import type * as runtime from "./runtime/api.js";
import type { InvoiceSettingCustomField as self } from "./types/invoice_setting_custom_field.js";

export type InvoiceSettingCustomField = self;
export declare const InvoiceSettingCustomField: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceSettingCustomField(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceSettingCustomField(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceSettingCustomField: runtime.Check;
