import type * as runtime from "./runtime/api.js";
import type { InvoiceSettingCustomerSetting as self } from "./types/invoice_setting_customer_setting.js";

export type InvoiceSettingCustomerSetting = self;
export declare const InvoiceSettingCustomerSetting: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceSettingCustomerSetting(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceSettingCustomerSetting(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceSettingCustomerSetting: runtime.Check;
