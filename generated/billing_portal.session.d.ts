import type { SchemaModule } from "./runtime/schema.js";
import type { BillingPortalSession as Type } from "./types/billing_portal.session.js";

export type BillingPortalSession = Type;
export declare const BillingPortalSession: SchemaModule<Type>;
