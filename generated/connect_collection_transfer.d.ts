import type * as runtime from "./runtime/api.js";
import type { ConnectCollectionTransfer as self } from "./types/connect_collection_transfer.js";

export type ConnectCollectionTransfer = self;
export declare const ConnectCollectionTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateConnectCollectionTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isConnectCollectionTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkConnectCollectionTransfer: runtime.Check;
