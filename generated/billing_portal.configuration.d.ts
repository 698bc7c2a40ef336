import type { SchemaModule } from "./runtime/api.js";
import type { BillingPortalConfiguration as self } from "./types/billing_portal.configuration.js";

export type BillingPortalConfiguration = self;
export declare const BillingPortalConfiguration: SchemaModule<self>;
