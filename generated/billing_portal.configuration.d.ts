import type { SchemaModule } from "./runtime/schema.js";
import type { BillingPortalConfiguration as Type } from "./types/billing_portal.configuration.js";

export type BillingPortalConfiguration = Type;
export declare const BillingPortalConfiguration: SchemaModule<Type>;
