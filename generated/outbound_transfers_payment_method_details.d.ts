import type * as runtime from "./runtime/api.js";
import type { OutboundTransfersPaymentMethodDetails as self } from "./types/outbound_transfers_payment_method_details.js";

export type OutboundTransfersPaymentMethodDetails = self;
export declare const OutboundTransfersPaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateOutboundTransfersPaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isOutboundTransfersPaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkOutboundTransfersPaymentMethodDetails: runtime.Check;
