import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentMethodOptionsBacsDebit as Type } from "./types/payment_method_options_bacs_debit.js";

export type { PaymentMethodOptionsBacsDebit } from "./types/payment_method_options_bacs_debit.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentMethodOptionsBacsDebit };
