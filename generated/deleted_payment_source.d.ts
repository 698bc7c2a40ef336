import type { SchemaModule } from "./runtime/schema.js";
import type { DeletedPaymentSource as Type } from "./types/deleted_payment_source.js";

export type { DeletedPaymentSource } from "./types/deleted_payment_source.js";
declare const schema: SchemaModule<Type>;
export { schema as DeletedPaymentSource };
