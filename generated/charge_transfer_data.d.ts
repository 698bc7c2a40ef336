import type { SchemaModule } from "./runtime/schema.js";
import type { ChargeTransferData as Type } from "./types/charge_transfer_data.js";

export type ChargeTransferData = Type;
export declare const ChargeTransferData: SchemaModule<Type>;
