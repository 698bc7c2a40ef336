import type { SchemaModule } from "./runtime/schema.js";
import type { AccountPaymentsSettings as Type } from "./types/account_payments_settings.js";

export type { AccountPaymentsSettings } from "./types/account_payments_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as AccountPaymentsSettings };
