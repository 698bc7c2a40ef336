import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodKlarna as Type } from "./types/payment_method_klarna.js";

export type { PaymentMethodKlarna } from "./types/payment_method_klarna.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodKlarna };
