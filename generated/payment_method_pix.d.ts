import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodPix as Type } from "./types/payment_method_pix.js";

export type { PaymentMethodPix } from "./types/payment_method_pix.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodPix };
