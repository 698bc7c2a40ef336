import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodSepaDebit as Type } from "./types/payment_method_sepa_debit.js";

export type { PaymentMethodSepaDebit } from "./types/payment_method_sepa_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodSepaDebit };
