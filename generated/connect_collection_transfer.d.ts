import type { SchemaModule } from "./runtime/schema.js";
import type { ConnectCollectionTransfer as Type } from "./types/connect_collection_transfer.js";

export type ConnectCollectionTransfer = Type;
export declare const ConnectCollectionTransfer: SchemaModule<Type>;
