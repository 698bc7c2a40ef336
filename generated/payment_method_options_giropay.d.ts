import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsGiropay as Type } from "./types/payment_method_options_giropay.js";

export type { PaymentMethodOptionsGiropay } from "./types/payment_method_options_giropay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsGiropay };
