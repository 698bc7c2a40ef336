import type * as runtime from "./runtime/api.js";
import type { ShippingRateDeliveryEstimate as self } from "./types/shipping_rate_delivery_estimate.js";

export type ShippingRateDeliveryEstimate = self;
export declare const ShippingRateDeliveryEstimate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateShippingRateDeliveryEstimate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isShippingRateDeliveryEstimate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkShippingRateDeliveryEstimate: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testShippingRateDeliveryEstimate: runtime.Test;
