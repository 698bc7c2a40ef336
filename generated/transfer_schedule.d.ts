import type { SchemaModule } from "./runtime/schema.js";
import type { TransferSchedule as Type } from "./types/transfer_schedule.js";

export type TransferSchedule = Type;
export declare const TransferSchedule: SchemaModule<Type>;
