import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceUpfront as Type } from "./types/quotes_resource_upfront.js";

export type { QuotesResourceUpfront } from "./types/quotes_resource_upfront.js";
declare const schema: SchemaModule<Type>;
export { schema as QuotesResourceUpfront };
