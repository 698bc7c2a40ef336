import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerAcceptance as Type } from "./types/customer_acceptance.js";

export type { CustomerAcceptance } from "./types/customer_acceptance.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomerAcceptance };
