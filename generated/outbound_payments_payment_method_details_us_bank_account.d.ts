import type * as runtime from "./runtime/api.js";
import type { OutboundPaymentsPaymentMethodDetailsUsBankAccount as self } from "./types/outbound_payments_payment_method_details_us_bank_account.js";

export type OutboundPaymentsPaymentMethodDetailsUsBankAccount = self;
export declare const OutboundPaymentsPaymentMethodDetailsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateOutboundPaymentsPaymentMethodDetailsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isOutboundPaymentsPaymentMethodDetailsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkOutboundPaymentsPaymentMethodDetailsUsBankAccount: runtime.Check;
