import type * as runtime from "./runtime/api.js";
import type { InvoiceSettingQuoteSetting as self } from "./types/invoice_setting_quote_setting.js";

export type InvoiceSettingQuoteSetting = self;
export declare const InvoiceSettingQuoteSetting: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceSettingQuoteSetting(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceSettingQuoteSetting(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceSettingQuoteSetting: runtime.Check;
