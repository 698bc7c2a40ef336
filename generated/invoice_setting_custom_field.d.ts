import type * as runtime from "./runtime/api.js";
import type { InvoiceSettingCustomField as self } from "./types/invoice_setting_custom_field.js";

export type InvoiceSettingCustomField = self;
export declare const InvoiceSettingCustomField: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceSettingCustomField(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isInvoiceSettingCustomField(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceSettingCustomField: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testInvoiceSettingCustomField: runtime.Test;
