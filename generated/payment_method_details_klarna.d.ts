import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodDetailsKlarna as Type } from "./types/payment_method_details_klarna.js";

export type { PaymentMethodDetailsKlarna } from "./types/payment_method_details_klarna.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodDetailsKlarna };
