import type { SchemaModule } from "./runtime/schema.js";
import type { Address as Type } from "./types/address.js";

export type { Address } from "./types/address.js";
declare const schema: SchemaModule<Type>;
export { schema as Address };
