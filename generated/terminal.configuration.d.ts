import type { SchemaModule } from "./runtime/api.js";
import type { TerminalConfiguration as self } from "./types/terminal.configuration.js";

export type TerminalConfiguration = self;
export declare const TerminalConfiguration: SchemaModule<self>;
