import type { SchemaModule } from "./runtime/api.js";
import type { AccountFutureRequirements as self } from "./types/account_future_requirements.js";

export type AccountFutureRequirements = self;
export declare const AccountFutureRequirements: SchemaModule<self>;
