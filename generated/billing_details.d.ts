import type { SchemaModule } from "./runtime/api.js";
import type { BillingDetails as self } from "./types/billing_details.js";

export type BillingDetails = self;
export declare const BillingDetails: SchemaModule<self>;
