import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodZip as Type } from "./types/payment_method_zip.js";

export type { PaymentMethodZip } from "./types/payment_method_zip.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodZip };
