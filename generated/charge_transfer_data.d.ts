import type { SchemaModule } from "./runtime/schema.js";
import type { ChargeTransferData as Type } from "./types/charge_transfer_data.js";

export type { ChargeTransferData } from "./types/charge_transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as ChargeTransferData };
