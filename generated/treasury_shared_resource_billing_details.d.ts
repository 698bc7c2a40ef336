import type { SchemaModule } from "./runtime/schema.js";
import type { TreasurySharedResourceBillingDetails as Type } from "./types/treasury_shared_resource_billing_details.js";

export type TreasurySharedResourceBillingDetails = Type;
export declare const TreasurySharedResourceBillingDetails: SchemaModule<Type>;
