import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceCustomerBalanceSettings as self } from "./types/customer_balance_customer_balance_settings.js";

export type CustomerBalanceCustomerBalanceSettings = self;
export declare const CustomerBalanceCustomerBalanceSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceCustomerBalanceSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerBalanceCustomerBalanceSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceCustomerBalanceSettings: runtime.Check;
