import type * as runtime from "./runtime/api.js";
import type { PaymentLinksResourceShippingOption as self } from "./types/payment_links_resource_shipping_option.js";

export type PaymentLinksResourceShippingOption = self;
export declare const PaymentLinksResourceShippingOption: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentLinksResourceShippingOption(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isPaymentLinksResourceShippingOption(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentLinksResourceShippingOption: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testPaymentLinksResourceShippingOption: runtime.Test;
