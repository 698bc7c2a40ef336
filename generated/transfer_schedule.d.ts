import type { SchemaModule } from "./runtime/api.js";
import type { TransferSchedule as self } from "./types/transfer_schedule.js";

export type TransferSchedule = self;
export declare const TransferSchedule: SchemaModule<self>;
