import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCardPaymentsSettings as Type } from "./types/account_card_payments_settings.js";

export type AccountCardPaymentsSettings = Type;
export declare const AccountCardPaymentsSettings: SchemaModule<Type>;
