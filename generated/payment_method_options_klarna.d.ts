import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsKlarna as Type } from "./types/payment_method_options_klarna.js";

export type { PaymentMethodOptionsKlarna } from "./types/payment_method_options_klarna.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsKlarna };
