import type { SchemaModule } from "./runtime/api.js";
import type { DeletedPaymentSource as self } from "./types/deleted_payment_source.js";

export type DeletedPaymentSource = self;
export declare const DeletedPaymentSource: SchemaModule<self>;
