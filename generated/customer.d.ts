import type { SchemaModule } from "./runtime/schema.js";
import type { Customer as Type } from "./types/customer.js";

export type Customer = Type;
export declare const Customer: SchemaModule<Type>;
