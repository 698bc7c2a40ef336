import type { SchemaModule } from "./runtime/schema.js";
import type { BillingPortalSession as Type } from "./types/billing_portal.session.js";

export type { BillingPortalSession } from "./types/billing_portal.session.js";
declare const schema: SchemaModule<Type>;
export { schema as BillingPortalSession };
