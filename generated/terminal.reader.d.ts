import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalReader as Type } from "./types/terminal.reader.js";

export type TerminalReader = Type;
export declare const TerminalReader: SchemaModule<Type>;
