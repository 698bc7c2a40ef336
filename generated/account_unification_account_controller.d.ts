import type { SchemaModule } from "./runtime/api.js";
import type { AccountUnificationAccountController as self } from "./types/account_unification_account_controller.js";

export type AccountUnificationAccountController = self;
export declare const AccountUnificationAccountController: SchemaModule<self>;
