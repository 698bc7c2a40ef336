import type { SchemaModule } from "./runtime/api.js";
import type { PortalFlowsCouponOffer as self } from "./types/portal_flows_coupon_offer.js";

export type PortalFlowsCouponOffer = self;
export declare const PortalFlowsCouponOffer: SchemaModule<self>;
