import type * as runtime from "./runtime/api.js";
import type { PaymentMethodUsBankAccountStatusDetails as self } from "./types/payment_method_us_bank_account_status_details.js";

export type PaymentMethodUsBankAccountStatusDetails = self;
export declare const PaymentMethodUsBankAccountStatusDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentMethodUsBankAccountStatusDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentMethodUsBankAccountStatusDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentMethodUsBankAccountStatusDetails: runtime.Check;
