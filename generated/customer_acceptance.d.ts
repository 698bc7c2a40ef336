import type { SchemaModule } from "./runtime/api.js";
import type { CustomerAcceptance as self } from "./types/customer_acceptance.js";

export type CustomerAcceptance = self;
export declare const CustomerAcceptance: SchemaModule<self>;
