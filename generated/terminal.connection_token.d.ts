import type { SchemaModule } from "./runtime/schema.js";
import type { TerminalConnectionToken as Type } from "./types/terminal.connection_token.js";

export type TerminalConnectionToken = Type;
export declare const TerminalConnectionToken: SchemaModule<Type>;
