import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceTransferData as Type } from "./types/quotes_resource_transfer_data.js";

export type { QuotesResourceTransferData } from "./types/quotes_resource_transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as QuotesResourceTransferData };
