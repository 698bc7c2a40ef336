import type * as runtime from "./runtime/api.js";
import type { ShippingRateDeliveryEstimateBound as self } from "./types/shipping_rate_delivery_estimate_bound.js";

export type ShippingRateDeliveryEstimateBound = self;
export declare const ShippingRateDeliveryEstimateBound: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateShippingRateDeliveryEstimateBound(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isShippingRateDeliveryEstimateBound(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkShippingRateDeliveryEstimateBound: runtime.Check;
