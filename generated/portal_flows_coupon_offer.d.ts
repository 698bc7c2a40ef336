import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsCouponOffer as Type } from "./types/portal_flows_coupon_offer.js";

export type PortalFlowsCouponOffer = Type;
export declare const PortalFlowsCouponOffer: SchemaModule<Type>;
