import type { SchemaModule } from "./runtime/api.js";
import type { ConnectCollectionTransfer as self } from "./types/connect_collection_transfer.js";

export type ConnectCollectionTransfer = self;
export declare const ConnectCollectionTransfer: SchemaModule<self>;
