import type { SchemaModule } from "./runtime/api.js";
import type { Event as self } from "./types/event.js";

export type Event = self;
export declare const Event: SchemaModule<self>;
