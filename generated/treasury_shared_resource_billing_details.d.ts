import type { SchemaModule } from "./runtime/api.js";
import type { TreasurySharedResourceBillingDetails as self } from "./types/treasury_shared_resource_billing_details.js";

export type TreasurySharedResourceBillingDetails = self;
export declare const TreasurySharedResourceBillingDetails: SchemaModule<self>;
