import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceCustomerBalanceSettings as Type } from "./types/customer_balance_customer_balance_settings.js";

export type CustomerBalanceCustomerBalanceSettings = Type;
export declare const CustomerBalanceCustomerBalanceSettings: SchemaModule<Type>;
