import {
  deeper,
  enter,
  entry,
  into,
  isInt,
  isObject,
  longFail,
  missing,
  notInEnum,
  set,
  tooLong,
  unknownKeys,
  wrongType,
} from "./runtime/check.js";
import { defineSchema } from "./runtime/schema.js";
import {
  bool,
  int,
  nul,
  obj,
  oneOf,
  opt,
  ref,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  TaxProductResourceTaxTransactionLineItemResourceReversal,
  checkTaxProductResourceTaxTransactionLineItemResourceReversal,
  testTaxProductResourceTaxTransactionLineItemResourceReversal,
} from "./tax_product_resource_tax_transaction_line_item_resource_reversal.js";

const e0 = /* @__PURE__ */ set(["tax.transaction_line_item"]);
const e1 = /* @__PURE__ */ set(["exclusive", "inclusive"]);
const e2 = /* @__PURE__ */ set(["reversal", "transaction"]);
const k1 = /* @__PURE__ */ set([
  "amount",
  "amount_tax",
  "id",
  "livemode",
  "metadata",
  "object",
  "product",
  "quantity",
  "reference",
  "reversal",
  "tax_behavior",
  "tax_code",
  "type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.amount;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["amount"], v0, ok);
  } else {
    if (!isInt(v0)) {
      ok = wrongType(c, ["amount"], "integer", v0);
    }
  }
  const v1 = v.amount_tax;
  if (v1 === undefined || v1 === null) {
    ok = missing(c, ["amount_tax"], v1, ok);
  } else {
    if (!isInt(v1)) {
      ok = wrongType(c, ["amount_tax"], "integer", v1);
    }
  }
  const v2 = v.id;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["id"], v2, ok);
  } else {
    if (typeof v2 !== "string") {
      ok = wrongType(c, ["id"], "string", v2);
    } else if (v2.length > 5000 && tooLong(v2, 5000)) {
      ok = longFail(c, ["id"], 5000, v2);
    }
  }
  const v3 = v.livemode;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["livemode"], v3, ok);
  } else {
    if (typeof v3 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v3);
    }
  }
  const v4 = v.metadata;
  if (v4 !== undefined && v4 !== null) {
    if (!isObject(v4)) {
      ok = wrongType(c, ["metadata"], "object", v4);
    } else {
      for (const k0 of Object.keys(v4)) {
        const v5 = entry(v4, k0);
        if (typeof v5 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v5);
        } else if (v5.length > 500 && tooLong(v5, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v5);
        }
      }
    }
  }
  const v6 = v.object;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["object"], v6, ok);
  } else {
    if (!e0.has(v6)) {
      ok = notInEnum(c, ["object"], e0, v6, ok);
    }
  }
  const v7 = v.product;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") {
      ok = wrongType(c, ["product"], "string", v7);
    } else if (v7.length > 5000 && tooLong(v7, 5000)) {
      ok = longFail(c, ["product"], 5000, v7);
    }
  }
  const v8 = v.quantity;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["quantity"], v8, ok);
  } else {
    if (!isInt(v8)) {
      ok = wrongType(c, ["quantity"], "integer", v8);
    }
  }
  const v9 = v.reference;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["reference"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["reference"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["reference"], 5000, v9);
    }
  }
  const v10 = v.reversal;
  if (v10 !== undefined && v10 !== null) {
    ok = into(
      c,
      checkTaxProductResourceTaxTransactionLineItemResourceReversal,
      v10,
      ok,
      "reversal",
    );
  }
  const v11 = v.tax_behavior;
  if (v11 === undefined || v11 === null) {
    ok = missing(c, ["tax_behavior"], v11, ok);
  } else {
    if (!e1.has(v11)) {
      ok = notInEnum(c, ["tax_behavior"], e1, v11, ok);
    }
  }
  const v12 = v.tax_code;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["tax_code"], v12, ok);
  } else {
    if (typeof v12 !== "string") {
      ok = wrongType(c, ["tax_code"], "string", v12);
    } else if (v12.length > 5000 && tooLong(v12, 5000)) {
      ok = longFail(c, ["tax_code"], 5000, v12);
    }
  }
  const v13 = v.type;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["type"], v13, ok);
  } else {
    if (!e2.has(v13)) {
      ok = notInEnum(c, ["type"], e2, v13, ok);
    }
  }
  if (c.reject) {
    ok = unknownKeys(c, [], v, k1, ok);
  }
  c.depth--;
  return ok;
}

function test(v, c) {
  if (!isObject(v) || !enter(c)) return false;
  const v0 = v.amount;
  if (!isInt(v0)) return false;
  const v1 = v.amount_tax;
  if (!isInt(v1)) return false;
  const v2 = v.id;
  if (typeof v2 !== "string") return false;
  if (v2.length > 5000 && tooLong(v2, 5000)) return false;
  const v3 = v.livemode;
  if (typeof v3 !== "boolean") return false;
  const v4 = v.metadata;
  if (v4 !== undefined && v4 !== null) {
    if (!isObject(v4)) return false;
    for (const k2 of Object.keys(v4)) {
      const v5 = entry(v4, k2);
      if (typeof v5 !== "string") return false;
      if (v5.length > 500 && tooLong(v5, 500)) return false;
    }
  }
  const v6 = v.object;
  if (v6 !== "tax.transaction_line_item") return false;
  const v7 = v.product;
  if (v7 !== undefined && v7 !== null) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 5000 && tooLong(v7, 5000)) return false;
  }
  const v8 = v.quantity;
  if (!isInt(v8)) return false;
  const v9 = v.reference;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.reversal;
  if (v10 !== undefined && v10 !== null) {
    if (!testTaxProductResourceTaxTransactionLineItemResourceReversal(v10, c))
      return false;
  }
  const v11 = v.tax_behavior;
  if (!e1.has(v11)) return false;
  const v12 = v.tax_code;
  if (typeof v12 !== "string") return false;
  if (v12.length > 5000 && tooLong(v12, 5000)) return false;
  const v13 = v.type;
  if (!e2.has(v13)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    amount: req(int()),
    amount_tax: req(int()),
    id: req(str()),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    product: opt(nul(str())),
    quantity: req(int()),
    reference: req(str()),
    reversal: opt(
      nul(ref(TaxProductResourceTaxTransactionLineItemResourceReversal)),
    ),
    tax_behavior: req(oneOf(e1)),
    tax_code: req(str()),
    type: req(oneOf(e2)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax.transaction_line_item",
  branch: "tax.transaction_line_item",
  check,
  test,
  shape,
});

function validateInput(input, options) {
  return validate(check, input, options);
}

function isValid(input) {
  return is(test, input);
}

export {
  schema as TaxTransactionLineItem,
  validateInput as validateTaxTransactionLineItem,
  isValid as isTaxTransactionLineItem,
  check as checkTaxTransactionLineItem,
  test as testTaxTransactionLineItem,
};
