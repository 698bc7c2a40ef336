import type { SchemaModule } from "./runtime/schema.js";
import type { Invoice as Type } from "./types/invoice.js";

export type { Invoice } from "./types/invoice.js";
declare const schema: SchemaModule<Type>;
export { schema as Invoice };
