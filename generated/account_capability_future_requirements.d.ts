import type { SchemaModule } from "./runtime/schema.js";
import type { AccountCapabilityFutureRequirements as Type } from "./types/account_capability_future_requirements.js";

export type AccountCapabilityFutureRequirements = Type;
export declare const AccountCapabilityFutureRequirements: SchemaModule<Type>;
