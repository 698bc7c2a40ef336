import type { SchemaModule } from "./runtime/schema.js";
import type { AccountLink as Type } from "./types/account_link.js";

export type AccountLink = Type;
export declare const AccountLink: SchemaModule<Type>;
