import type * as runtime from "./runtime/api.js";
import type { InvoiceSettingSubscriptionSchedulePhaseSetting as self } from "./types/invoice_setting_subscription_schedule_phase_setting.js";

export type InvoiceSettingSubscriptionSchedulePhaseSetting = self;
export declare const InvoiceSettingSubscriptionSchedulePhaseSetting: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoiceSettingSubscriptionSchedulePhaseSetting(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoiceSettingSubscriptionSchedulePhaseSetting(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoiceSettingSubscriptionSchedulePhaseSetting: runtime.Check;
