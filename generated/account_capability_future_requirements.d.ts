import type { SchemaModule } from "./runtime/api.js";
import type { AccountCapabilityFutureRequirements as self } from "./types/account_capability_future_requirements.js";

export type AccountCapabilityFutureRequirements = self;
export declare const AccountCapabilityFutureRequirements: SchemaModule<self>;
