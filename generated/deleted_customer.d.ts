import type { SchemaModule } from "./runtime/api.js";
import type { DeletedCustomer as self } from "./types/deleted_customer.js";

export type DeletedCustomer = self;
export declare const DeletedCustomer: SchemaModule<self>;
