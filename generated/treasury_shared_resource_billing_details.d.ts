import type { SchemaModule } from "./runtime/schema.js";
import type { TreasurySharedResourceBillingDetails as Type } from "./types/treasury_shared_resource_billing_details.js";

export type { TreasurySharedResourceBillingDetails } from "./types/treasury_shared_resource_billing_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasurySharedResourceBillingDetails };
