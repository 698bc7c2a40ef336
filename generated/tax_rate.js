import {
  deeper,
  enter,
  entry,
  isInt,
  isNum,
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
  num,
  obj,
  oneOf,
  opt,
  req,
  str,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";

const e0 = /* @__PURE__ */ set(["tax_rate"]);
const e1 = /* @__PURE__ */ set([
  "amusement_tax",
  "communications_tax",
  "gst",
  "hst",
  "igst",
  "jct",
  "lease_tax",
  "pst",
  "qst",
  "rst",
  "sales_tax",
  "service_tax",
  "vat",
]);
const k1 = /* @__PURE__ */ set([
  "active",
  "country",
  "created",
  "description",
  "display_name",
  "effective_percentage",
  "id",
  "inclusive",
  "jurisdiction",
  "livemode",
  "metadata",
  "object",
  "percentage",
  "state",
  "tax_type",
]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.active;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["active"], v0, ok);
  } else {
    if (typeof v0 !== "boolean") {
      ok = wrongType(c, ["active"], "boolean", v0);
    }
  }
  const v1 = v.country;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") {
      ok = wrongType(c, ["country"], "string", v1);
    } else if (v1.length > 5000 && tooLong(v1, 5000)) {
      ok = longFail(c, ["country"], 5000, v1);
    }
  }
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["description"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["description"], 5000, v3);
    }
  }
  const v4 = v.display_name;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["display_name"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["display_name"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["display_name"], 5000, v4);
    }
  }
  const v5 = v.effective_percentage;
  if (v5 !== undefined && v5 !== null) {
    if (!isNum(v5)) {
      ok = wrongType(c, ["effective_percentage"], "number", v5);
    }
  }
  const v6 = v.id;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["id"], v6, ok);
  } else {
    if (typeof v6 !== "string") {
      ok = wrongType(c, ["id"], "string", v6);
    } else if (v6.length > 5000 && tooLong(v6, 5000)) {
      ok = longFail(c, ["id"], 5000, v6);
    }
  }
  const v7 = v.inclusive;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["inclusive"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["inclusive"], "boolean", v7);
    }
  }
  const v8 = v.jurisdiction;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") {
      ok = wrongType(c, ["jurisdiction"], "string", v8);
    } else if (v8.length > 5000 && tooLong(v8, 5000)) {
      ok = longFail(c, ["jurisdiction"], 5000, v8);
    }
  }
  const v9 = v.livemode;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["livemode"], v9, ok);
  } else {
    if (typeof v9 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v9);
    }
  }
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) {
      ok = wrongType(c, ["metadata"], "object", v10);
    } else {
      for (const k0 of Object.keys(v10)) {
        const v11 = entry(v10, k0);
        if (typeof v11 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v11);
        } else if (v11.length > 500 && tooLong(v11, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v11);
        }
      }
    }
  }
  const v12 = v.object;
  if (v12 === undefined || v12 === null) {
    ok = missing(c, ["object"], v12, ok);
  } else {
    if (!e0.has(v12)) {
      ok = notInEnum(c, ["object"], e0, v12, ok);
    }
  }
  const v13 = v.percentage;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["percentage"], v13, ok);
  } else {
    if (!isNum(v13)) {
      ok = wrongType(c, ["percentage"], "number", v13);
    }
  }
  const v14 = v.state;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 !== "string") {
      ok = wrongType(c, ["state"], "string", v14);
    } else if (v14.length > 5000 && tooLong(v14, 5000)) {
      ok = longFail(c, ["state"], 5000, v14);
    }
  }
  const v15 = v.tax_type;
  if (v15 !== undefined && v15 !== null) {
    if (!e1.has(v15)) {
      ok = notInEnum(c, ["tax_type"], e1, v15, ok);
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
  const v0 = v.active;
  if (typeof v0 !== "boolean") return false;
  const v1 = v.country;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 !== "string") return false;
    if (v1.length > 5000 && tooLong(v1, 5000)) return false;
  }
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.description;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.display_name;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.effective_percentage;
  if (v5 !== undefined && v5 !== null) {
    if (!isNum(v5)) return false;
  }
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.inclusive;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.jurisdiction;
  if (v8 !== undefined && v8 !== null) {
    if (typeof v8 !== "string") return false;
    if (v8.length > 5000 && tooLong(v8, 5000)) return false;
  }
  const v9 = v.livemode;
  if (typeof v9 !== "boolean") return false;
  const v10 = v.metadata;
  if (v10 !== undefined && v10 !== null) {
    if (!isObject(v10)) return false;
    for (const k2 of Object.keys(v10)) {
      const v11 = entry(v10, k2);
      if (typeof v11 !== "string") return false;
      if (v11.length > 500 && tooLong(v11, 500)) return false;
    }
  }
  const v12 = v.object;
  if (v12 !== "tax_rate") return false;
  const v13 = v.percentage;
  if (!isNum(v13)) return false;
  const v14 = v.state;
  if (v14 !== undefined && v14 !== null) {
    if (typeof v14 !== "string") return false;
    if (v14.length > 5000 && tooLong(v14, 5000)) return false;
  }
  const v15 = v.tax_type;
  if (v15 !== undefined && v15 !== null) {
    if (!e1.has(v15)) return false;
  }
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: req(bool()),
    country: opt(nul(str())),
    created: req(int("unix-time")),
    description: opt(nul(str())),
    display_name: req(str()),
    effective_percentage: opt(nul(num())),
    id: req(str()),
    inclusive: req(bool()),
    jurisdiction: opt(nul(str())),
    livemode: req(bool()),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    percentage: req(num()),
    state: opt(nul(str())),
    tax_type: opt(nul(oneOf(e1))),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "tax_rate",
  branch: "tax_rate",
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
  schema as TaxRate,
  validateInput as validateTaxRate,
  isValid as isTaxRate,
  check as checkTaxRate,
  test as testTaxRate,
};
