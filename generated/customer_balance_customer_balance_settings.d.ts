import type { SchemaModule } from "./runtime/api.js";
import type { CustomerBalanceCustomerBalanceSettings as self } from "./types/customer_balance_customer_balance_settings.js";

export type CustomerBalanceCustomerBalanceSettings = self;
export declare const CustomerBalanceCustomerBalanceSettings: SchemaModule<self>;
