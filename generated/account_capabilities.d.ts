import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCapabilities as Type } from "./types/account_capabilities.js";

export type AccountCapabilities = Type;
export declare const AccountCapabilities: SchemaModule<Type>;
