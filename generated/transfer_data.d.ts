import type { SchemaModule } from "./runtime/schema.js";
import type { TransferData as Type } from "./types/transfer_data.js";

export type TransferData = Type;
export declare const TransferData: SchemaModule<Type>;
