import type { SchemaModule } from "./runtime/schema.js";
import type { BillingDetails as self } from "./types/billing_details.js";

export type BillingDetails = self;
export declare const BillingDetails: SchemaModule<self>;
