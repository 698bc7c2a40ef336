import type { SchemaModule } from "./runtime/api.js";
import type { SetupAttempt as self } from "./types/setup_attempt.js";

export type SetupAttempt = self;
export declare const SetupAttempt: SchemaModule<self>;
