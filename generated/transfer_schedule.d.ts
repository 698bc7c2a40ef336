import type { SchemaModule } from "./runtime/schema.js";
import type { TransferSchedule as Type } from "./types/transfer_schedule.js";

export type { TransferSchedule } from "./types/transfer_schedule.js";
declare const schema: SchemaModule<Type>;
export { schema as TransferSchedule };
