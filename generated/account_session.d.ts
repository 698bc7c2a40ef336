import type { SchemaModule } from "./runtime/schema.js";
import type { AccountSession as Type } from "./types/account_session.js";

export type AccountSession = Type;
export declare const AccountSession: SchemaModule<Type>;
