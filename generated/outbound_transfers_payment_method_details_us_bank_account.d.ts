import type * as runtime from "./runtime/api.js";
import type { OutboundTransfersPaymentMethodDetailsUsBankAccount as self } from "./types/outbound_transfers_payment_method_details_us_bank_account.js";

export type OutboundTransfersPaymentMethodDetailsUsBankAccount = self;
export declare const OutboundTransfersPaymentMethodDetailsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateOutboundTransfersPaymentMethodDetailsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isOutboundTransfersPaymentMethodDetailsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkOutboundTransfersPaymentMethodDetailsUsBankAccount: runtime.Check;
