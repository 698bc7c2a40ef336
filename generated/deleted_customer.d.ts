import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedCustomer as Type } from "./types/deleted_customer.js";

export type { DeletedCustomer } from "./types/deleted_customer.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedCustomer };
