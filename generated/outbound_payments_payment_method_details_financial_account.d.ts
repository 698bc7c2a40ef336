import type * as runtime from "./runtime/api.js";
import type { OutboundPaymentsPaymentMethodDetailsFinancialAccount as self } from "./types/outbound_payments_payment_method_details_financial_account.js";

export type OutboundPaymentsPaymentMethodDetailsFinancialAccount = self;
export declare const OutboundPaymentsPaymentMethodDetailsFinancialAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateOutboundPaymentsPaymentMethodDetailsFinancialAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isOutboundPaymentsPaymentMethodDetailsFinancialAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkOutboundPaymentsPaymentMethodDetailsFinancialAccount: runtime.Check;
