import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedPaymentSource as Type } from "./types/deleted_payment_source.js";

export type DeletedPaymentSource = Type;
export declare const DeletedPaymentSource: SchemaModule<Type>;
