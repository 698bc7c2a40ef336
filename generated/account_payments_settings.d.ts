import type { SchemaModule } from "./runtime/schema.js";
import type { AccountPaymentsSettings as Type } from "./types/account_payments_settings.js";

export type AccountPaymentsSettings = Type;
export declare const AccountPaymentsSettings: SchemaModule<Type>;
