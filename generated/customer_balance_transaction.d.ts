import type * as runtime from "./runtime/api.js";
import type { CustomerBalanceTransaction as self } from "./types/customer_balance_transaction.js";

export type CustomerBalanceTransaction = self;
export declare const CustomerBalanceTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerBalanceTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerBalanceTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerBalanceTransaction: runtime.Check;
