import type { SchemaModule } from "./runtime/schema.js";
import type { Quote as Type } from "./types/quote.js";

export type { Quote } from "./types/quote.js";
declare const schema: SchemaModule<Type>;
export { schema as Quote };
