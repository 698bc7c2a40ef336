import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceRecurring as Type } from "./types/quotes_resource_recurring.js";

export type { QuotesResourceRecurring } from "./types/quotes_resource_recurring.js";
declare const schema: SchemaModule<Type>;
export { schema as QuotesResourceRecurring };
