import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerBalanceCustomerBalanceSettings as Type } from "./types/customer_balance_customer_balance_settings.js";

export type { CustomerBalanceCustomerBalanceSettings } from "./types/customer_balance_customer_balance_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomerBalanceCustomerBalanceSettings };
