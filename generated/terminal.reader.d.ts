import type { SchemaModule } from "./runtime/api.js";
import type { TerminalReader as self } from "./types/terminal.reader.js";

export type TerminalReader = self;
export declare const TerminalReader: SchemaModule<self>;
