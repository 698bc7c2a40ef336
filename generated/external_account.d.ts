import type { SchemaModule } from "./runtime/schema.js";
import type { ExternalAccount as Type } from "./types/external_account.js";

export type ExternalAccount = Type;
export declare const ExternalAccount: SchemaModule<Type>;
