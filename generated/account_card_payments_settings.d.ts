import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCardPaymentsSettings as Type } from "./types/account_card_payments_settings.js";

export type { AccountCardPaymentsSettings } from "./types/account_card_payments_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountCardPaymentsSettings };
