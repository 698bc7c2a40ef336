import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceShippingAddressCollection as self } from "./types/payment_links_resource_shipping_address_collection.js";

export type PaymentLinksResourceShippingAddressCollection = self;
export declare const PaymentLinksResourceShippingAddressCollection: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceShippingAddressCollection(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentLinksResourceShippingAddressCollection(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceShippingAddressCollection: runtime.Check;
