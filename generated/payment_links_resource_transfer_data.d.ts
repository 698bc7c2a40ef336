import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceTransferData as self } from "./types/payment_links_resource_transfer_data.js";

export type PaymentLinksResourceTransferData = self;
export declare const PaymentLinksResourceTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceTransferData: runtime.Check;
