import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodGiropay as Type } from "./types/payment_method_giropay.js";

export type { PaymentMethodGiropay } from "./types/payment_method_giropay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodGiropay };
