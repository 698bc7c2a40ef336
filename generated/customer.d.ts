import type { SchemaModule } from "./runtime/schema.js";
import type { Customer as self } from "./types/customer.js";

export type Customer = self;
export declare const Customer: SchemaModule<self>;
