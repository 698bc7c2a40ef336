import {
  deeper,
  enter,
  entry,
  full,
  into,
  isArray,
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
  list,
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
  IssuingCardholderAddress,
  checkIssuingCardholderAddress,
  testIssuingCardholderAddress,
} from "./issuing_cardholder_address.js";
import {
  IssuingCardholderAuthorizationControls,
  checkIssuingCardholderAuthorizationControls,
  testIssuingCardholderAuthorizationControls,
} from "./issuing_cardholder_authorization_controls.js";
import {
  IssuingCardholderCompany,
  checkIssuingCardholderCompany,
  testIssuingCardholderCompany,
} from "./issuing_cardholder_company.js";
import {
  IssuingCardholderIndividual,
  checkIssuingCardholderIndividual,
  testIssuingCardholderIndividual,
} from "./issuing_cardholder_individual.js";
import {
  IssuingCardholderRequirements,
  checkIssuingCardholderRequirements,
  testIssuingCardholderRequirements,
} from "./issuing_cardholder_requirements.js";

const e0 = /* @__PURE__ */ set(["issuing.cardholder"]);
const e1 = /* @__PURE__ */ set(["de", "en", "es", "fr", "it"]);
const e2 = /* @__PURE__ */ set(["active", "blocked", "inactive"]);
const k1 = /* @__PURE__ */ set([
  "billing",
  "company",
  "created",
  "email",
  "id",
  "individual",
  "livemode",
  "metadata",
  "name",
  "object",
  "phone_number",
  "preferred_locales",
  "requirements",
  "spending_controls",
  "status",
  "type",
]);
const e3 = /* @__PURE__ */ set(["company", "individual"]);

function check(v, c) {
  if (!isObject(v)) return wrongType(c, [], "object", v);
  if (!deeper(c)) return false;
  let ok = true;
  const v0 = v.billing;
  if (v0 === undefined || v0 === null) {
    ok = missing(c, ["billing"], v0, ok);
  } else {
    ok = into(c, checkIssuingCardholderAddress, v0, ok, "billing");
  }
  const v1 = v.company;
  if (v1 !== undefined && v1 !== null) {
    ok = into(c, checkIssuingCardholderCompany, v1, ok, "company");
  }
  const v2 = v.created;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["created"], v2, ok);
  } else {
    if (!isInt(v2)) {
      ok = wrongType(c, ["created"], "integer", v2);
    }
  }
  const v3 = v.email;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") {
      ok = wrongType(c, ["email"], "string", v3);
    } else if (v3.length > 5000 && tooLong(v3, 5000)) {
      ok = longFail(c, ["email"], 5000, v3);
    }
  }
  const v4 = v.id;
  if (v4 === undefined || v4 === null) {
    ok = missing(c, ["id"], v4, ok);
  } else {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["id"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["id"], 5000, v4);
    }
  }
  const v5 = v.individual;
  if (v5 !== undefined && v5 !== null) {
    ok = into(c, checkIssuingCardholderIndividual, v5, ok, "individual");
  }
  const v6 = v.livemode;
  if (v6 === undefined || v6 === null) {
    ok = missing(c, ["livemode"], v6, ok);
  } else {
    if (typeof v6 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v6);
    }
  }
  const v7 = v.metadata;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["metadata"], v7, ok);
  } else {
    if (!isObject(v7)) {
      ok = wrongType(c, ["metadata"], "object", v7);
    } else {
      for (const k0 of Object.keys(v7)) {
        const v8 = entry(v7, k0);
        if (typeof v8 !== "string") {
          ok = wrongType(c, ["metadata", k0], "string", v8);
        } else if (v8.length > 500 && tooLong(v8, 500)) {
          ok = longFail(c, ["metadata", k0], 500, v8);
        }
      }
    }
  }
  const v9 = v.name;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["name"], v9, ok);
  } else {
    if (typeof v9 !== "string") {
      ok = wrongType(c, ["name"], "string", v9);
    } else if (v9.length > 5000 && tooLong(v9, 5000)) {
      ok = longFail(c, ["name"], 5000, v9);
    }
  }
  const v10 = v.object;
  if (v10 === undefined || v10 === null) {
    ok = missing(c, ["object"], v10, ok);
  } else {
    if (!e0.has(v10)) {
      ok = notInEnum(c, ["object"], e0, v10, ok);
    }
  }
  const v11 = v.phone_number;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") {
      ok = wrongType(c, ["phone_number"], "string", v11);
    } else if (v11.length > 5000 && tooLong(v11, 5000)) {
      ok = longFail(c, ["phone_number"], 5000, v11);
    }
  }
  const v12 = v.preferred_locales;
  if (v12 !== undefined && v12 !== null) {
    if (!isArray(v12)) {
      ok = wrongType(c, ["preferred_locales"], "array", v12);
    } else {
      for (let i0 = 0; i0 < v12.length; i0++) {
        const v13 = v12[i0];
        if (!e1.has(v13)) {
          ok = notInEnum(c, ["preferred_locales", i0], e1, v13, ok);
        }
        if (!ok && full(c)) break;
      }
    }
  }
  const v14 = v.requirements;
  if (v14 === undefined || v14 === null) {
    ok = missing(c, ["requirements"], v14, ok);
  } else {
    ok = into(c, checkIssuingCardholderRequirements, v14, ok, "requirements");
  }
  const v15 = v.spending_controls;
  if (v15 !== undefined && v15 !== null) {
    ok = into(
      c,
      checkIssuingCardholderAuthorizationControls,
      v15,
      ok,
      "spending_controls",
    );
  }
  const v16 = v.status;
  if (v16 === undefined || v16 === null) {
    ok = missing(c, ["status"], v16, ok);
  } else {
    if (!e2.has(v16)) {
      ok = notInEnum(c, ["status"], e2, v16, ok);
    }
  }
  const v17 = v.type;
  if (v17 === undefined || v17 === null) {
    ok = missing(c, ["type"], v17, ok);
  } else {
    if (typeof v17 !== "string") {
      ok = wrongType(c, ["type"], "string", v17);
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
  const v0 = v.billing;
  if (!testIssuingCardholderAddress(v0, c)) return false;
  const v1 = v.company;
  if (v1 !== undefined && v1 !== null) {
    if (!testIssuingCardholderCompany(v1, c)) return false;
  }
  const v2 = v.created;
  if (!isInt(v2)) return false;
  const v3 = v.email;
  if (v3 !== undefined && v3 !== null) {
    if (typeof v3 !== "string") return false;
    if (v3.length > 5000 && tooLong(v3, 5000)) return false;
  }
  const v4 = v.id;
  if (typeof v4 !== "string") return false;
  if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  const v5 = v.individual;
  if (v5 !== undefined && v5 !== null) {
    if (!testIssuingCardholderIndividual(v5, c)) return false;
  }
  const v6 = v.livemode;
  if (typeof v6 !== "boolean") return false;
  const v7 = v.metadata;
  if (!isObject(v7)) return false;
  for (const k2 of Object.keys(v7)) {
    const v8 = entry(v7, k2);
    if (typeof v8 !== "string") return false;
    if (v8.length > 500 && tooLong(v8, 500)) return false;
  }
  const v9 = v.name;
  if (typeof v9 !== "string") return false;
  if (v9.length > 5000 && tooLong(v9, 5000)) return false;
  const v10 = v.object;
  if (v10 !== "issuing.cardholder") return false;
  const v11 = v.phone_number;
  if (v11 !== undefined && v11 !== null) {
    if (typeof v11 !== "string") return false;
    if (v11.length > 5000 && tooLong(v11, 5000)) return false;
  }
  const v12 = v.preferred_locales;
  if (v12 !== undefined && v12 !== null) {
    if (!isArray(v12)) return false;
    for (let i0 = 0; i0 < v12.length; i0++) {
      const v13 = v12[i0];
      if (!e1.has(v13)) return false;
    }
  }
  const v14 = v.requirements;
  if (!testIssuingCardholderRequirements(v14, c)) return false;
  const v15 = v.spending_controls;
  if (v15 !== undefined && v15 !== null) {
    if (!testIssuingCardholderAuthorizationControls(v15, c)) return false;
  }
  const v16 = v.status;
  if (!e2.has(v16)) return false;
  const v17 = v.type;
  if (typeof v17 !== "string") return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    billing: req(ref(IssuingCardholderAddress)),
    company: opt(nul(ref(IssuingCardholderCompany))),
    created: req(int("unix-time")),
    email: opt(nul(str())),
    id: req(str()),
    individual: opt(nul(ref(IssuingCardholderIndividual))),
    livemode: req(bool()),
    metadata: req(obj({}, str())),
    name: req(str()),
    object: req(oneOf(e0)),
    phone_number: opt(nul(str())),
    preferred_locales: opt(nul(list(oneOf(e1)))),
    requirements: req(ref(IssuingCardholderRequirements)),
    spending_controls: opt(nul(ref(IssuingCardholderAuthorizationControls))),
    status: req(oneOf(e2)),
    type: req(oneOf(e3, true)),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "issuing.cardholder",
  branch: "issuing.cardholder",
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
  schema as IssuingCardholder,
  validateInput as validateIssuingCardholder,
  isValid as isIssuingCardholder,
  check as checkIssuingCardholder,
  test as testIssuingCardholder,
};
