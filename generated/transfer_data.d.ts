import type { SchemaModule } from "./runtime/api.js";
import type { TransferData as self } from "./types/transfer_data.js";

export type TransferData = self;
export declare const TransferData: SchemaModule<self>;
