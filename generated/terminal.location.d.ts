import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalLocation as Type } from "./types/terminal.location.js";

export type TerminalLocation = Type;
export declare const TerminalLocation: SchemaModule<Type>;
