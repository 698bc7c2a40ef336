import type { SchemaModule } from "./runtime/schema.js";
import type { PortalFlowsCouponOffer as Type } from "./types/portal_flows_coupon_offer.js";

export type { PortalFlowsCouponOffer } from "./types/portal_flows_coupon_offer.js";
declare const schema: SchemaModule<Type>;
export { schema as PortalFlowsCouponOffer };
