import {
  branchTests,
  branches,
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
  union,
} from "./runtime/shape.js";
import { is, validate } from "./runtime/validate.js";
import {
  Application,
  checkApplication,
  testApplication,
} from "./application.js";
import {
  DeletedApplication,
  checkDeletedApplication,
  testDeletedApplication,
} from "./deleted_application.js";
import {
  PortalBusinessProfile,
  checkPortalBusinessProfile,
  testPortalBusinessProfile,
} from "./portal_business_profile.js";
import {
  PortalFeatures,
  checkPortalFeatures,
  testPortalFeatures,
} from "./portal_features.js";
import {
  PortalLoginPage,
  checkPortalLoginPage,
  testPortalLoginPage,
} from "./portal_login_page.js";

const d0 = /* @__PURE__ */ branches(() => [
  ["application", checkApplication, "application"],
  ["deleted_application", checkDeletedApplication, "application#deleted"],
]);
const e0 = /* @__PURE__ */ set(["billing_portal.configuration"]);
const k1 = /* @__PURE__ */ set([
  "active",
  "application",
  "business_profile",
  "created",
  "default_return_url",
  "features",
  "id",
  "is_default",
  "livemode",
  "login_page",
  "metadata",
  "object",
  "updated",
]);
const d1 = /* @__PURE__ */ branchTests(() => [
  [testApplication, "application"],
  [testDeletedApplication, "application#deleted"],
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
  const v1 = v.application;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) {
        ok = longFail(c, ["application"], 5000, v1);
      }
    } else if (isObject(v1)) {
      ok = into(c, d0, v1, ok, "application");
    } else {
      ok = wrongType(c, ["application"], "string | object", v1);
    }
  }
  const v2 = v.business_profile;
  if (v2 === undefined || v2 === null) {
    ok = missing(c, ["business_profile"], v2, ok);
  } else {
    ok = into(c, checkPortalBusinessProfile, v2, ok, "business_profile");
  }
  const v3 = v.created;
  if (v3 === undefined || v3 === null) {
    ok = missing(c, ["created"], v3, ok);
  } else {
    if (!isInt(v3)) {
      ok = wrongType(c, ["created"], "integer", v3);
    }
  }
  const v4 = v.default_return_url;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") {
      ok = wrongType(c, ["default_return_url"], "string", v4);
    } else if (v4.length > 5000 && tooLong(v4, 5000)) {
      ok = longFail(c, ["default_return_url"], 5000, v4);
    }
  }
  const v5 = v.features;
  if (v5 === undefined || v5 === null) {
    ok = missing(c, ["features"], v5, ok);
  } else {
    ok = into(c, checkPortalFeatures, v5, ok, "features");
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
  const v7 = v.is_default;
  if (v7 === undefined || v7 === null) {
    ok = missing(c, ["is_default"], v7, ok);
  } else {
    if (typeof v7 !== "boolean") {
      ok = wrongType(c, ["is_default"], "boolean", v7);
    }
  }
  const v8 = v.livemode;
  if (v8 === undefined || v8 === null) {
    ok = missing(c, ["livemode"], v8, ok);
  } else {
    if (typeof v8 !== "boolean") {
      ok = wrongType(c, ["livemode"], "boolean", v8);
    }
  }
  const v9 = v.login_page;
  if (v9 === undefined || v9 === null) {
    ok = missing(c, ["login_page"], v9, ok);
  } else {
    ok = into(c, checkPortalLoginPage, v9, ok, "login_page");
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
  const v13 = v.updated;
  if (v13 === undefined || v13 === null) {
    ok = missing(c, ["updated"], v13, ok);
  } else {
    if (!isInt(v13)) {
      ok = wrongType(c, ["updated"], "integer", v13);
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
  const v1 = v.application;
  if (v1 !== undefined && v1 !== null) {
    if (typeof v1 === "string") {
      if (v1.length > 5000 && tooLong(v1, 5000)) return false;
    } else if (isObject(v1)) {
      if (!d1(v1, c)) return false;
    } else {
      return false;
    }
  }
  const v2 = v.business_profile;
  if (!testPortalBusinessProfile(v2, c)) return false;
  const v3 = v.created;
  if (!isInt(v3)) return false;
  const v4 = v.default_return_url;
  if (v4 !== undefined && v4 !== null) {
    if (typeof v4 !== "string") return false;
    if (v4.length > 5000 && tooLong(v4, 5000)) return false;
  }
  const v5 = v.features;
  if (!testPortalFeatures(v5, c)) return false;
  const v6 = v.id;
  if (typeof v6 !== "string") return false;
  if (v6.length > 5000 && tooLong(v6, 5000)) return false;
  const v7 = v.is_default;
  if (typeof v7 !== "boolean") return false;
  const v8 = v.livemode;
  if (typeof v8 !== "boolean") return false;
  const v9 = v.login_page;
  if (!testPortalLoginPage(v9, c)) return false;
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
  if (v12 !== "billing_portal.configuration") return false;
  const v13 = v.updated;
  if (!isInt(v13)) return false;
  c.depth--;
  return true;
}

function shape() {
  return obj({
    active: req(bool()),
    application: opt(
      nul(union(str(), ref(Application), ref(DeletedApplication))),
    ),
    business_profile: req(ref(PortalBusinessProfile)),
    created: req(int("unix-time")),
    default_return_url: opt(nul(str())),
    features: req(ref(PortalFeatures)),
    id: req(str()),
    is_default: req(bool()),
    livemode: req(bool()),
    login_page: req(ref(PortalLoginPage)),
    metadata: opt(nul(obj({}, str()))),
    object: req(oneOf(e0)),
    updated: req(int("unix-time")),
  });
}

const schema = /* @__PURE__ */ defineSchema({
  name: "billing_portal.configuration",
  branch: "billing_portal.configuration",
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
  schema as BillingPortalConfiguration,
  validateInput as validateBillingPortalConfiguration,
  isValid as isBillingPortalConfiguration,
  check as checkBillingPortalConfiguration,
  test as testBillingPortalConfiguration,
};
