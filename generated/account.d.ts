import type { SchemaModule } from "./runtime/schema.js";
import type { Account as Type } from "./types/account.js";

export type Account = Type;
export declare const Account: SchemaModule<Type>;
