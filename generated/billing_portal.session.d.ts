import type { SchemaModule } from "./runtime/api.js";
import type { BillingPortalSession as self } from "./types/billing_portal.session.js";

export type BillingPortalSession = self;
export declare const BillingPortalSession: SchemaModule<self>;
