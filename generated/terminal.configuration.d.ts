import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalConfiguration as Type } from "./types/terminal.configuration.js";

export type { TerminalConfiguration } from "./types/terminal.configuration.js";
declare const schema: SchemaModule<Type>;
export { schema as TerminalConfiguration };
