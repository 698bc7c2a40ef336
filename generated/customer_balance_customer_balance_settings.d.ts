import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceCustomerBalanceSettings as self } from "./types/customer_balance_customer_balance_settings.js";

export type CustomerBalanceCustomerBalanceSettings = self;
export declare const CustomerBalanceCustomerBalanceSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceCustomerBalanceSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCustomerBalanceCustomerBalanceSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceCustomerBalanceSettings: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCustomerBalanceCustomerBalanceSettings: runtime.Test;
