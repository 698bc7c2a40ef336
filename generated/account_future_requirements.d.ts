import type { SchemaModule } from "./runtime/schema.js";
import type { AccountFutureRequirements as Type } from "./types/account_future_requirements.js";

export type AccountFutureRequirements = Type;
export declare const AccountFutureRequirements: SchemaModule<Type>;
