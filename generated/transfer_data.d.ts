import type { SchemaModule } from "./runtime/schema.js";
import type { TransferData as Type } from "./types/transfer_data.js";

export type { TransferData } from "./types/transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as TransferData };
