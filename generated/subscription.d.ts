import type { SchemaModule } from "./runtime/api.js";
import type { Subscription as self } from "./types/subscription.js";

export type Subscription = self;
export declare const Subscription: SchemaModule<self>;
