import type { SchemaModule } from "./runtime/schema.js";
import type { Subscription as Type } from "./types/subscription.js";

export type Subscription = Type;
export declare const Subscription: SchemaModule<Type>;
