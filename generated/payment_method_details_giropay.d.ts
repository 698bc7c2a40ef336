import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsGiropay as Type } from "./types/payment_method_details_giropay.js";

export type { PaymentMethodDetailsGiropay } from "./types/payment_method_details_giropay.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsGiropay };
