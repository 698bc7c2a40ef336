import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalLocation as Type } from "./types/terminal.location.js";

export type { TerminalLocation } from "./types/terminal.location.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalLocation };
