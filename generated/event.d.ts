import type { SchemaModule } from "./runtime/schema.js";
import type { Event as Type } from "./types/event.js";

export type { Event } from "./types/event.js";
declare const schema: SchemaModule<Type>;
export { schema as Event };
