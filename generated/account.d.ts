import type { SchemaModule } from "./runtime/api.js";
import type { Account as self } from "./types/account.js";

export type Account = self;
export declare const Account: SchemaModule<self>;
