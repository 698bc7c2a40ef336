import type { SchemaModule } from "./runtime/api.js";
import type { TerminalConnectionToken as self } from "./types/terminal.connection_token.js";

export type TerminalConnectionToken = self;
export declare const TerminalConnectionToken: SchemaModule<self>;
