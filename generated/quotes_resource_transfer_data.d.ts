import type { SchemaModule } from "./runtime/api.js";
import type { QuotesResourceTransferData as self } from "./types/quotes_resource_transfer_data.js";

export type QuotesResourceTransferData = self;
export declare const QuotesResourceTransferData: SchemaModule<self>;
