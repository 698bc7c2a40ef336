import type { DeletedBankAccount } from "./deleted_bank_account.js";
import type { DeletedCard } from "./deleted_card.js";

/** @schema `deleted_external_account` */
export type DeletedExternalAccount = DeletedBankAccount | DeletedCard;
