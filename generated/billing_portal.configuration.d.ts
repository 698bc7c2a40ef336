import type { SchemaModule } from "./runtime/schema.js";
import type { BillingPortalConfiguration as Type } from "./types/billing_portal.configuration.js";

export type { BillingPortalConfiguration } from "./types/billing_portal.configuration.js";
declare const schema: SchemaModule<Type>;
export { schema as BillingPortalConfiguration };
