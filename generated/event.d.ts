import type { SchemaModule } from "./runtime/schema.js";
import type { Event as Type } from "./types/event.js";

export type Event = Type;
export declare const Event: SchemaModule<Type>;
