import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceTransferData as Type } from "./types/quotes_resource_transfer_data.js";

export type QuotesResourceTransferData = Type;
export declare const QuotesResourceTransferData: SchemaModule<Type>;
