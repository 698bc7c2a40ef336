import type { SchemaModule } from "./runtime/api.js";
import type { TerminalLocation as self } from "./types/terminal.location.js";

export type TerminalLocation = self;
export declare const TerminalLocation: SchemaModule<self>;
