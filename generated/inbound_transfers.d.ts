import type { SchemaModule } from "./runtime/schema.js";
import type { InboundTransfers as Type } from "./types/inbound_transfers.js";

export type { InboundTransfers } from "./types/inbound_transfers.js";
declare const schema: SchemaModule<Type>;
export { schema as InboundTransfers };
