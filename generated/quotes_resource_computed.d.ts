import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceComputed as Type } from "./types/quotes_resource_computed.js";

export type { QuotesResourceComputed } from "./types/quotes_resource_computed.js";
declare const schema: SchemaModule<Type>;
export { schema as QuotesResourceComputed };
