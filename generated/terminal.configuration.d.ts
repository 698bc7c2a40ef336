import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalConfiguration as Type } from "./types/terminal.configuration.js";

export type TerminalConfiguration = Type;
export declare const TerminalConfiguration: SchemaModule<Type>;
