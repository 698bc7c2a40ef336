import type * as runtime from "./runtime/api.js";
import type { PortalFlowsCouponOffer as self } from "./types/portal_flows_coupon_offer.js";

export type PortalFlowsCouponOffer = self;
export declare const PortalFlowsCouponOffer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalFlowsCouponOffer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalFlowsCouponOffer(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalFlowsCouponOffer: runtime.Check;
