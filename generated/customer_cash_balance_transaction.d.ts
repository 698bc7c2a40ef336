import type * as runtime from "./runtime/api.js";
import type { CustomerCashBalanceTransaction as self } from "./types/customer_cash_balance_transaction.js";

export type CustomerCashBalanceTransaction = self;
export declare const CustomerCashBalanceTransaction: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCustomerCashBalanceTransaction(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCustomerCashBalanceTransaction(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCustomerCashBalanceTransaction: runtime.Check;
