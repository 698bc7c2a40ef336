import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedCustomer as Type } from "./types/deleted_customer.js";

export type DeletedCustomer = Type;
export declare const DeletedCustomer: SchemaModule<Type>;
