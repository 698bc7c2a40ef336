import type { SchemaModule } from "./runtime/schema.js";
import type { Customer as Type } from "./types/customer.js";

export type { Customer } from "./types/customer.js";
declare const schema: SchemaModule<Type>;
export { schema as Customer };
