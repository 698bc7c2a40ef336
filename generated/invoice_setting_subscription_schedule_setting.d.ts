import type * as runtime from "./runtime/api.js";
import type { InvoiceSettingSubscriptionScheduleSetting as self } from "./types/invoice_setting_subscription_schedule_setting.js";

export type InvoiceSettingSubscriptionScheduleSetting = self;
export declare const InvoiceSettingSubscriptionScheduleSetting: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceSettingSubscriptionScheduleSetting(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceSettingSubscriptionScheduleSetting(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceSettingSubscriptionScheduleSetting: runtime.Check;
