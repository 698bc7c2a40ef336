import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerAcceptance as Type } from "./types/customer_acceptance.js";

export type CustomerAcceptance = Type;
export declare const CustomerAcceptance: SchemaModule<Type>;
