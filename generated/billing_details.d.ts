import type { SchemaModule } from "./runtime/schema.js";
import type { BillingDetails as Type } from "./types/billing_details.js";

export type BillingDetails = Type;
export declare const BillingDetails: SchemaModule<Type>;
