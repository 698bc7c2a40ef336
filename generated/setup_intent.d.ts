import type { SchemaModule } from "./runtime/api.js";
import type { SetupIntent as self } from "./types/setup_intent.js";

export type SetupIntent = self;
export declare const SetupIntent: SchemaModule<self>;
