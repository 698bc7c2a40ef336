import type { SchemaModule } from "./runtime/api.js";
import type { ChargeTransferData as self } from "./types/charge_transfer_data.js";

export type ChargeTransferData = self;
export declare const ChargeTransferData: SchemaModule<self>;
