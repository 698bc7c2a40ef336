import type { SchemaModule } from "./runtime/schema.js";
import type { BillingDetails as Type } from "./types/billing_details.js";

export type { BillingDetails } from "./types/billing_details.js";
declare const schema: SchemaModule<Type>;
export { schema as BillingDetails };
