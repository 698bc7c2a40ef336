import type { SchemaModule } from "./runtime/schema.js";
import type { ConnectCollectionTransfer as Type } from "./types/connect_collection_transfer.js";

export type { ConnectCollectionTransfer } from "./types/connect_collection_transfer.js";
declare const schema: SchemaModule<Type>;
export { schema as ConnectCollectionTransfer };
