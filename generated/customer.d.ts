import type { SchemaModule } from "./runtime/api.js";
import type { Customer as self } from "./types/customer.js";

export type Customer = self;
export declare const Customer: SchemaModule<self>;
