#!/usr/bin/env bash
# Records the answers of a real OneCLI server (2.0.1) to the requests the SDK needs for
# grants, effective credentials, workspaces, org policy, gateway discovery, agents 2.0.1,
# invitations and the retired/absent routes, as one JSON fixture per (operation, case).
#
#   tools/record-server-fixtures.sh BASE_URL API_KEY OUTDIR
#
# The committed recording is sdk-testing/src/test/resources/dev/onecli4j/testing/server-2.0.1/;
# ServerDifferentialTest replays its INDEX.tsv against the emulator. Neither the build nor CI runs
# this script. On an organization that never published a policy the script records
# getOrgPolicyDefault.virtual and getOrgPolicyLastPublish.never; on an older one
# .persistedEarlier and .earlierRun instead; the committed folder keeps both pairs (the replay
# accepts either), so copy the first-run pair back after re-recording on an older tenant.
#
#   BASE_URL   e.g. http://127.0.0.1:10254/v1
#   API_KEY    a workspace key (oc_...) of a FRESH tenant (own user, org and workspace): the
#              script creates and deletes agents, secrets, connections (one org-level), org
#              policy rules, invitations, blocklist entries and workspaces, and publishes the org
#              policy (leaving it with no rules and an "allow" default). It never deletes the
#              key's own workspace (the "only workspace" refusal is recorded only when the org
#              has exactly one workspace at that point).
#   OUTDIR     where the fixtures go (created; old *.json there are removed first)
#
# Optional environment:
#   SECOND_API_KEY  workspace key of another tenant, for cross-tenant cases
#   ORG_API_KEY     organization key (oc_org_...) of the SAME tenant, for X-Workspace-Id cases
#
# Every real id, token and key in the fixtures is replaced by a stable placeholder (same real
# value -> same placeholder); field names and value types stay as the server sent them.
# OUTDIR/INDEX.tsv lists the steps in order: step, fixture, method, path, status, error type,
# error message (the basis of the emulator-vs-server differential scenario).
# Needs bash and python3 (standard library only).
set -euo pipefail
if [[ $# -ne 3 ]]; then
  echo "usage: $0 BASE_URL API_KEY OUTDIR" >&2
  exit 2
fi
mkdir -p "$3"
exec python3 - "$1" "$2" "$3" <<'PY'
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip("/")
KEY = sys.argv[2]
OUT = sys.argv[3]
KEY2 = os.environ.get("SECOND_API_KEY") or None
ORG_KEY = os.environ.get("ORG_API_KEY") or None
PREFIX = urllib.parse.urlsplit(BASE).path.rstrip("/")  # "/v1"
NO_BODY = object()

# ---------------------------------------------------------------------------------------
# placeholders
# ---------------------------------------------------------------------------------------
KIND_CODES = {
    "agent": "aaaaaaaa", "secret": "5ec5ec00", "orgsecret": "5ec0a600", "connection": "c0c0c0c0",
    "rule": "7e7e7e7e", "logical": "10610000", "blocklist": "b10c0000", "invitation": "1a1a1a1a",
    "user": "05e70000", "org": "0a600000", "id": "ffffffff",
}
placeholders = {}          # real value -> placeholder
counters = {}


def reg(kind, real):
    """Registers a real value under a stable placeholder of its kind; returns the real value."""
    if real is None or real == "" or real in placeholders:
        return real
    n = counters[kind] = counters.get(kind, 0) + 1
    if kind == "workspace":
        ph = "ws%014d" % n
    elif kind == "agentToken":
        ph = "aoc_%064x" % n
    elif kind == "apiKey":
        ph = "oc_%064x" % n
    elif kind == "orgApiKey":
        ph = "oc_org_%064x" % n
    elif kind == "inviteToken":
        ph = "%064x" % n
    elif kind == "email":
        ph = "user%d@example.com" % n
    else:
        ph = "%s-0000-4000-8000-%012d" % (KIND_CODES[kind], n)
    placeholders[real] = ph
    return real


reg("apiKey", KEY)
if KEY2:
    reg("apiKey", KEY2)
if ORG_KEY:
    reg("orgApiKey", ORG_KEY)

# ---------------------------------------------------------------------------------------
# HTTP
# ---------------------------------------------------------------------------------------
class Answer:
    def __init__(self, status, headers, raw):
        self.status = status
        self.headers = headers
        self.raw = raw
        self.content_type = headers.get("content-type")
        self.json = None
        if raw and self.content_type and "json" in self.content_type:
            try:
                self.json = json.loads(raw.decode("utf-8"))
            except ValueError:
                self.json = None


def http(method, path, key=KEY, headers=None, body=NO_BODY, raw=None, content_type=None):
    url = BASE + path
    h = {"Accept": "application/json", "User-Agent": "onecli4j-recorder"}
    if key is not None:
        h["Authorization"] = auth_label(key)
    data = None
    if body is not NO_BODY:
        data = json.dumps(body).encode("utf-8")
        h["Content-Type"] = "application/json"
    elif raw is not None:
        data = raw.encode("utf-8")
        if content_type:
            h["Content-Type"] = content_type
    h.update(headers or {})
    req = urllib.request.Request(url, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return Answer(r.status, {k.lower(): v for k, v in r.headers.items()}, r.read())
    except urllib.error.HTTPError as e:
        return Answer(e.code, {k.lower(): v for k, v in e.headers.items()}, e.read())


# ---------------------------------------------------------------------------------------
# recording
# ---------------------------------------------------------------------------------------
fixtures = []   # (name, dict)
index = []      # rows
seen_names = set()


def auth_label(key):
    return key if key.startswith(("Bearer", "Basic")) else "Bearer " + key


def step(name, method, path, note, key=KEY, headers=None, body=NO_BODY, raw=None,
         content_type=None):
    base_name = name
    i = 2
    while name in seen_names:
        name = "%s.%d" % (base_name, i)
        i += 1
    seen_names.add(name)
    a = http(method, path, key=key, headers=headers, body=body, raw=raw, content_type=content_type)
    req_headers = {}
    if key is not None:
        req_headers["Authorization"] = auth_label(key)
    for k, v in (headers or {}).items():
        req_headers[k] = v
    if body is not NO_BODY:
        req_headers["Content-Type"] = "application/json"
    elif raw is not None and content_type:
        req_headers["Content-Type"] = content_type
    if body is not NO_BODY:
        req_body = body
        body_kind = "json"
    elif raw is not None:
        req_body = raw
        body_kind = "raw"
    else:
        req_body = None
        body_kind = "none"
    if a.json is not None or (a.raw and a.content_type and "json" in a.content_type):
        resp_body = a.json
    elif a.raw:
        resp_body = a.raw.decode("utf-8", "replace")
    else:
        resp_body = None
    resp_headers = {}
    for h in ("deprecation", "link", "content-disposition", "location"):
        if h in a.headers:
            resp_headers[{"deprecation": "Deprecation", "link": "Link",
                          "content-disposition": "Content-Disposition",
                          "location": "Location"}[h]] = a.headers[h]
    fx = {
        "note": note,
        "request": {"method": method, "path": PREFIX + path, "headers": req_headers,
                    "bodyKind": body_kind, "body": req_body},
        "response": {"status": a.status, "contentType": a.content_type,
                     "headers": resp_headers, "body": resp_body},
    }
    fixtures.append((name, fx))
    etype, emsg = "", ""
    if isinstance(resp_body, dict) and "error" in resp_body:
        err = resp_body["error"]
        if isinstance(err, dict):
            etype, emsg = err.get("type", ""), err.get("message", "")
        else:
            etype, emsg = "(flat)", str(err)
    index.append([len(index) + 1, name + ".json", method, PREFIX + path, a.status, etype, emsg])
    return a


def need(a, status, what):
    if a.status != status:
        raise SystemExit("%s: expected %s, got %s %r" % (what, status, a.status, a.raw[:400]))
    return a


# ---------------------------------------------------------------------------------------
# helpers for the tenant
# ---------------------------------------------------------------------------------------
created = {"agents": [], "secrets": [], "orgsecrets": [], "connections": [], "orgconnections": [], "rules": [],
           "invitations": [], "workspaces": [], "blocklist": []}


def preclean():
    """Removes leftovers of an interrupted earlier run (only names this script uses)."""
    a = http("GET", "/agents")
    for ag in a.json or []:
        if ag.get("identifier", "").startswith("rec-"):
            http("DELETE", "/agents/" + ag["id"])
    a = http("GET", "/secrets")
    for s in a.json or []:
        if s.get("name", "").startswith("rec "):
            path = "/org/secrets/" if s.get("scope") == "organization" else "/secrets/"
            http("DELETE", path + s["id"])
    a = http("GET", "/org/secrets")
    for s in a.json or []:
        if s.get("name", "").startswith("rec "):
            http("DELETE", "/org/secrets/" + s["id"])
    a = http("GET", "/connections")
    for c in a.json or []:
        if (c.get("label") or "").startswith("rec "):
            http("DELETE", "/connections/" + c["id"])
    a = http("GET", "/org/connections")
    for c in a.json or []:
        if (c.get("label") or "").startswith("rec "):
            http("DELETE", "/org/connections/" + c["id"])
    a = http("GET", "/org/policy/rules")
    for r in a.json or []:
        if r.get("name", "").startswith("rec "):
            http("DELETE", "/org/policy/rules/" + r["id"])
    a = http("GET", "/org/invitations")
    for inv in a.json or []:
        if inv.get("email", "").startswith("rec-"):
            http("DELETE", "/org/invitations/" + inv["id"])
    a = http("GET", "/workspaces")
    for w in a.json or []:
        if (w.get("name") or "").startswith("rec "):
            # only an organization key can delete a sibling workspace
            if not ORG_KEY or http("DELETE", "/workspaces/" + w["id"], key=ORG_KEY).status != 204:
                raise SystemExit("leftover workspace %r from an earlier run; delete it first" % w["name"])


def cleanup():
    for aid in created["agents"]:
        http("DELETE", "/agents/" + aid)
    for sid in created["secrets"]:
        http("DELETE", "/secrets/" + sid)
    for sid in created["orgsecrets"]:
        http("DELETE", "/org/secrets/" + sid)
    for cid in created["connections"]:
        http("DELETE", "/connections/" + cid)
    for rid in created["rules"]:
        http("DELETE", "/org/policy/rules/" + rid)
    for cid in created["orgconnections"]:
        http("DELETE", "/org/connections/" + cid)
    for iid in created["invitations"]:
        http("DELETE", "/org/invitations/" + iid)
    for wid, wkey in created["workspaces"]:
        http("DELETE", "/workspaces/" + wid, key=wkey)
    for rid in created["blocklist"]:
        http("DELETE", "/apps/jfrog-artifactory/blocklist/" + rid)
    http("PATCH", "/org/policy/default", body={"action": "allow"})
    http("POST", "/org/policy/publish")


def own_workspace(key, workspaces):
    """The key's own workspace: PATCH {} passes the management guard only there (then 400)."""
    for w in workspaces:
        if http("PATCH", "/workspaces/" + w["id"], key=key, body={}).status == 400:
            return w["id"]
    raise SystemExit("could not tell which workspace the API key belongs to")


UNKNOWN = "00000000-0000-4000-8000-000000000000"
NOT_UUID = "not-a-uuid"
placeholders[UNKNOWN] = UNKNOWN  # synthetic, kept as is


# ---------------------------------------------------------------------------------------
# the recording
# ---------------------------------------------------------------------------------------
def record():
    me = need(http("GET", "/user"), 200, "GET /user").json
    reg("user", me["id"])
    reg("email", me.get("email"))
    ws = need(http("GET", "/workspaces"), 200, "GET /workspaces").json
    ws_by_id = {w["id"]: w for w in ws}
    home_ws = reg("workspace", own_workspace(KEY, ws))
    for w in ws:
        reg("workspace", w["id"])
    other_ws = None
    if KEY2:
        w2 = need(http("GET", "/workspaces", key=KEY2), 200, "GET /workspaces (second)").json
        other_ws = reg("workspace", own_workspace(KEY2, w2))

    # ---- 0. discovery, no auth ------------------------------------------------------
    step("getInstance.ok", "GET", "/instance", "No auth needed.", key=None)
    step("getInstance.withBadBearer", "GET", "/instance", "No auth route ignores a bad bearer.",
         key="oc_bad")
    step("getGatewayUrl.ok", "GET", "/gateway-url", "No auth needed.", key=None)
    step("getGatewayCa.unavailable", "GET", "/gateway/ca",
         "Gateway not running here, so no CA yet: 503 with a flat error.", key=None)

    # ---- 1. auth and route errors -------------------------------------------------
    step("auth.badBearer", "GET", "/agents", "oc_ bearer that is no key.", key="oc_bad")
    step("auth.noBearer", "GET", "/agents", "No Authorization header.", key=None)
    step("auth.nonOcBearer", "GET", "/agents", "Bearer that is not an oc_ key.", key="Bearer abc123")
    step("auth.basicScheme", "GET", "/agents", "Another auth scheme.", key="Basic dXNlcjpwYXNz")
    step("auth.badBearerOnGrants", "GET", "/agents/%s/grants" % UNKNOWN,
         "Auth runs before the id lookup.", key="oc_bad")
    step("route.unknown", "GET", "/no-such-route", "A route the server does not have.")
    step("route.unknownNoAuth", "GET", "/no-such-route", "Unknown route without auth.", key=None)
    step("route.unknownUnderAgents", "GET", "/agents/%s/no-such-thing" % UNKNOWN,
         "Unknown sub-route under /agents (authenticated router).")
    step("route.openapiJson", "GET", "/openapi.json", "No server-side OpenAPI document.")
    step("route.wrongMethodOnGrants", "POST", "/agents/%s/grants" % UNKNOWN,
         "Known path, method not served.", body={})
    for op, m, p, b in [
        ("listPartnerOrgs", "GET", "/partner/orgs", NO_BODY),
        ("createPartnerSecret", "POST", "/partner/secrets",
         {"name": "x", "type": "anthropic", "value": "sk-ant-x"}),
        ("removePartnerMember", "DELETE", "/partner/members/%s" % UNKNOWN, NO_BODY),
        ("getPartnerStatus", "GET", "/org/partner/status", NO_BODY),
        ("detachFromPartner", "POST", "/org/partner/detach", NO_BODY),
        ("listPendingApprovals", "GET", "/approvals/pending", NO_BODY),
        ("submitApprovalDecision", "POST", "/approvals/%s/decision" % UNKNOWN,
         {"decision": "approve"}),
        ("listOrgPendingApprovals", "GET", "/org/approvals/pending", NO_BODY),
    ]:
        step("absent." + op, m, p, "Not served by the API host of 2.0.1.", body=b)
    step("absent.listPartnerOrgs.noAuth", "GET", "/partner/orgs", "Absent route, no auth.", key=None)

    # ---- 2. the whole job ---------------------------------------------------------
    step("listAgents.empty", "GET", "/agents", "Fresh tenant.")
    a = need(step("createAgent.byoNoLlmKeys", "POST", "/agents",
                  "First agent, workspace has no LLM key yet: llmKeys is empty.",
                  body={"name": "Rec Agent A", "identifier": "rec-agent-a"}), 201, "create A")
    agent_a = reg("agent", a.json["id"])
    created["agents"].append(agent_a)
    s = need(step("createSecret.anthropicAutoAttach", "POST", "/secrets",
                  "First anthropic key: attached to every agent that has no usable LLM key.",
                  body={"name": "rec anthropic 1", "type": "anthropic",
                        "value": "sk-ant-api03-recorder-value-0001", "hostPattern": "api.anthropic.com"}),
             201, "create S1")
    s1 = reg("secret", s.json["id"])
    created["secrets"].append(s1)
    a = need(step("createAgent.byoWithLlmKeys", "POST", "/agents",
                  "Second agent: every LLM key of the pool is granted and listed in llmKeys.",
                  body={"name": "Rec Agent B", "identifier": "rec-agent-b"}), 201, "create B")
    agent_b = reg("agent", a.json["id"])
    created["agents"].append(agent_b)
    s = need(step("createSecret.genericNoAutoAttach", "POST", "/secrets",
                  "Generic secrets are never auto-granted.",
                  body={"name": "rec generic", "type": "generic", "value": "generic-recorder-value-1",
                        "hostPattern": "api.example.com",
                        "injectionConfig": {"headerName": "X-Api-Key"}}), 201, "create G")
    gen = reg("secret", s.json["id"])
    created["secrets"].append(gen)
    step("listAgentGrants.autoLlm", "GET", "/agents/%s/grants" % agent_b,
         "Agent B holds the auto-granted anthropic key.")
    step("getAgentEffectiveCredentials.autoLlm", "GET", "/agents/%s/effective-credentials" % agent_b,
         "What the gateway gives agent B: the auto-granted key.")
    step("grantAgentSecret.noBody", "PUT", "/agents/%s/grants/secrets/%s" % (agent_b, gen),
         "Secret grant: PUT with no body and no Content-Type; answers the agent's whole grant set.")
    step("revokeAgentSecret.autoLlm", "DELETE", "/agents/%s/grants/secrets/%s" % (agent_b, s1),
         "The automatic LLM grant can be revoked like any other.")
    step("listAgentGrants.exactlyGeneric", "GET", "/agents/%s/grants" % agent_b,
         "Exactly the generic secret now.")
    step("getAgentEffectiveCredentials.exactlyGeneric", "GET",
         "/agents/%s/effective-credentials" % agent_b, "Confirmed by the effective view.")
    step("listAgents.grantsSummary", "GET", "/agents?include=grants-summary",
         "List with grantsSummary per agent.")
    step("updateSecret.rotate", "PATCH", "/secrets/%s" % gen, "Rotation: new value, same id.",
         body={"value": "generic-recorder-value-2"})
    step("listAgentGrants.afterRotation", "GET", "/agents/%s/grants" % agent_b,
         "The grant survives a rotation.")
    step("getAgentEffectiveCredentials.afterRotation", "GET",
         "/agents/%s/effective-credentials" % agent_b, "Still usable after the rotation.")
    step("revokeAgentSecret.ok", "DELETE", "/agents/%s/grants/secrets/%s" % (agent_b, gen),
         "Revoke the generic secret.")
    step("listAgentGrants.empty", "GET", "/agents/%s/grants" % agent_b, "Nothing granted.")
    step("getAgentEffectiveCredentials.empty", "GET", "/agents/%s/effective-credentials" % agent_b,
         "Nothing effective.")

    # ---- 3. automatic grants and grant invariants -----------------------------------
    s = need(step("createSecret.openaiAttachesToKeyless", "POST", "/secrets",
                  "A new LLM key goes to agents without a usable LLM key, including one whose "
                  "auto grant was revoked on purpose.",
                  body={"name": "rec openai 1", "type": "openai", "value": "sk-recorder-openai-0001",
                        "hostPattern": "api.openai.com"}), 201, "create S2")
    s2 = reg("secret", s.json["id"])
    created["secrets"].append(s2)
    a = need(step("createAgent.byoTwoLlmKeys", "POST", "/agents",
                  "Third agent: both LLM keys, oldest first.",
                  body={"name": "Rec Agent C", "identifier": "rec-agent-c"}), 201, "create C")
    agent_c = reg("agent", a.json["id"])
    created["agents"].append(agent_c)
    step("listAgentGrants.twoLlm", "GET", "/agents/%s/grants" % agent_c, "Both LLM keys.")
    step("grantAgentSecret.first", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
         "Grant, first time.")
    step("grantAgentSecret.again", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
         "Same grant again: same answer, nothing written.")
    step("grantAgentSecret.emptyJsonBody", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
         "Body {} with Content-Type (the web app's way).", body={})
    step("grantAgentSecret.jsonBodyIgnored", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
         "A JSON body is not read.", body={"access": "custom", "anything": [1, 2]})
    step("grantAgentSecret.invalidJsonIgnored", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
         "Even malformed JSON is not read.", raw="{not json", content_type="application/json")
    step("grantAgentSecret.textBodyIgnored", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
         "A text/plain body is not read.", raw="hello", content_type="text/plain")
    step("revokeAgentSecret.first", "DELETE", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
         "Revoke, first time.")
    step("revokeAgentSecret.again", "DELETE", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
         "Revoke again: still 204.")
    step("revokeAgentSecret.unknownSecret", "DELETE",
         "/agents/%s/grants/secrets/%s" % (agent_a, UNKNOWN), "Unknown secret id: 204 (no fence).")
    step("revokeAgentSecret.nonUuidSecret", "DELETE",
         "/agents/%s/grants/secrets/%s" % (agent_a, NOT_UUID), "Non-UUID secret id: 204.")
    step("revokeAgentSecret.unknownAgent", "DELETE",
         "/agents/%s/grants/secrets/%s" % (UNKNOWN, gen), "Unknown agent: 404.")
    step("grantAgentSecret.unknownAgent", "PUT", "/agents/%s/grants/secrets/%s" % (UNKNOWN, gen),
         "Unknown agent: 404.")
    step("grantAgentSecret.unknownSecret", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, UNKNOWN),
         "Unknown secret: 404.")
    step("grantAgentSecret.nonUuidAgent", "PUT", "/agents/%s/grants/secrets/%s" % (NOT_UUID, gen),
         "Non-UUID agent id: 404 like any unknown id.")
    step("grantAgentSecret.nonUuidSecret", "PUT",
         "/agents/%s/grants/secrets/%s" % (agent_a, NOT_UUID), "Non-UUID secret id: 404.")
    for i in range(3):
        step("grantAgentSecret.unknownBoth", "PUT", "/agents/%s/grants/secrets/%s" % (UNKNOWN, UNKNOWN),
             "Both unknown (the two lookups run in parallel; repeated to see which one answers).")
    step("listAgentGrants.unknownAgent", "GET", "/agents/%s/grants" % UNKNOWN, "Unknown agent.")
    step("listAgentGrants.nonUuidAgent", "GET", "/agents/%s/grants" % NOT_UUID, "Non-UUID agent id.")
    step("getAgentEffectiveCredentials.unknownAgent", "GET",
         "/agents/%s/effective-credentials" % UNKNOWN, "Unknown agent.")
    # deleting a granted secret
    step("deleteSecret.grantedLlmKey", "DELETE", "/secrets/%s" % s1,
         "Delete an LLM key that agents A and C hold.")
    created["secrets"].remove(s1)
    step("listAgentGrants.afterSecretDeleted", "GET", "/agents/%s/grants" % agent_a,
         "Agent A's grant on the deleted key is gone; no replacement key is attached.")
    step("listAgentGrants.afterSecretDeletedOther", "GET", "/agents/%s/grants" % agent_c,
         "Agent C keeps the other LLM key.")
    step("getAgentEffectiveCredentials.afterSecretDeleted", "GET",
         "/agents/%s/effective-credentials" % agent_a, "Nothing effective for agent A.")
    step("revokeAgentSecret.deletedSecret", "DELETE", "/agents/%s/grants/secrets/%s" % (agent_a, s1),
         "Revoking a grant of a deleted secret: 204.")
    step("grantAgentSecret.deletedSecret", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, s1),
         "Granting a deleted secret: 404.")
    # deleting an agent that holds grants
    step("grantAgentSecret.beforeAgentDelete", "PUT", "/agents/%s/grants/secrets/%s" % (agent_c, gen),
         "Agent C also gets the generic secret.")
    step("deleteAgent.withGrants", "DELETE", "/agents/%s" % agent_c, "Delete an agent holding grants.")
    created["agents"].remove(agent_c)
    step("listAgentGrants.deletedAgent", "GET", "/agents/%s/grants" % agent_c, "Deleted agent: 404.")
    step("revokeAgentSecret.deletedAgent", "DELETE", "/agents/%s/grants/secrets/%s" % (agent_c, gen),
         "Deleted agent: 404.")
    step("listAgents.grantsSummaryAfterDeletes", "GET", "/agents?include=grants-summary",
         "Summaries after the deletes.")
    step("listAgents.includeUnknown", "GET", "/agents?include=grants",
         "Unknown include value: 422.")
    step("listAgents.includeEmpty", "GET", "/agents?include=", "Empty include value.")
    step("listAgents.includeTwice", "GET", "/agents?include=grants-summary&include=grants-summary",
         "The include parameter twice.")
    step("listAgents.plain", "GET", "/agents", "Plain list: 2.0.1 list item fields.")

    # org-level LLM key: pool and auto-attach
    s = need(step("createOrgSecret.anthropic", "POST", "/org/secrets",
                  "An organization-level anthropic key (existing operation): no auto-attach.",
                  body={"name": "rec org anthropic", "type": "anthropic",
                        "value": "sk-ant-api03-recorder-org-0001", "hostPattern": "api.anthropic.com"}),
             201, "create org secret")
    org_s = reg("orgsecret", s.json["id"])
    created["orgsecrets"].append(org_s)
    a = need(step("createAgent.withOrgLlmKey", "POST", "/agents",
                  "A new agent also receives organization-level LLM keys.",
                  body={"name": "Rec Agent D", "identifier": "rec-agent-d"}), 201, "create D")
    agent_d = reg("agent", a.json["id"])
    created["agents"].append(agent_d)
    step("listAgentGrants.orgScope", "GET", "/agents/%s/grants" % agent_d,
         "A granted organization secret has scope organization.")
    step("revokeAgentSecret.orgSecret", "DELETE", "/agents/%s/grants/secrets/%s" % (agent_d, org_s),
         "Revoke the organization key from D.")
    step("grantAgentSecret.orgSecret", "PUT", "/agents/%s/grants/secrets/%s" % (agent_d, org_s),
         "Grant it back explicitly.")
    step("getAgentEffectiveCredentials.orgSecret", "GET", "/agents/%s/effective-credentials" % agent_d,
         "Effective view with an organization secret.")
    step("deleteOrgSecret.granted", "DELETE", "/org/secrets/%s" % org_s,
         "Delete the organization key.")
    created["orgsecrets"].remove(org_s)
    step("listAgentGrants.afterOrgSecretDeleted", "GET", "/agents/%s/grants" % agent_d,
         "The org key's grant is gone.")

    # ---- 4. agent model 2.0.1 -------------------------------------------------------
    step("getAgent.ok", "GET", "/agents/%s" % agent_a, "One agent.")
    step("getAgent.unknown", "GET", "/agents/%s" % UNKNOWN, "Unknown agent.")
    step("getAgent.nonUuid", "GET", "/agents/%s" % NOT_UUID, "Non-UUID id.")
    step("createAgent.duplicateIdentifier", "POST", "/agents", "Identifier taken: 409.",
         body={"name": "Dup", "identifier": "rec-agent-a"})
    step("createAgent.badIdentifier", "POST", "/agents", "Uppercase identifier.",
         body={"name": "Bad", "identifier": "Rec_Agent"})
    step("createAgent.missingName", "POST", "/agents", "No name.", body={"identifier": "rec-x"})
    step("createAgent.blankName", "POST", "/agents", "Blank name (trimmed to empty).",
         body={"name": "   ", "identifier": "rec-x"})
    step("createAgent.nameTooLong", "POST", "/agents", "256-character name.",
         body={"name": "n" * 256, "identifier": "rec-x"})
    step("createAgent.emptyBody", "POST", "/agents", "Body {}.", body={})
    step("createAgent.noBody", "POST", "/agents", "No body at all.")
    step("createAgent.kindUnknown", "POST", "/agents", "kind outside byo/hosted.",
         body={"name": "K", "identifier": "rec-x", "kind": "robot"})
    step("createAgent.byoWithHarness", "POST", "/agents", "harness on a byo agent.",
         body={"name": "H", "identifier": "rec-x", "harness": "jcode"})
    step("createAgent.byoWithInstructions", "POST", "/agents", "instructions on a byo agent.",
         body={"name": "I", "identifier": "rec-x", "instructions": "Be brief."})
    step("createAgent.hostedNoRunner", "POST", "/agents", "hosted agent without a runner.",
         body={"name": "Hosted", "identifier": "rec-hosted", "kind": "hosted"})
    a = need(step("createAgent.explicitByoAndParent", "POST", "/agents",
                  "kind byo explicitly, parentIdentifier accepted and ignored, unknown field dropped.",
                  body={"name": "  Rec Agent E  ", "identifier": "rec-agent-e", "kind": "byo",
                        "parentIdentifier": "rec-agent-a", "color": "blue"}), 201, "create E")
    agent_e = reg("agent", a.json["id"])
    created["agents"].append(agent_e)
    step("createAgent.badParentIdentifier", "POST", "/agents", "Malformed parentIdentifier.",
         body={"name": "P", "identifier": "rec-x", "parentIdentifier": "Not Valid"})
    step("renameAgent.ok", "PATCH", "/agents/%s" % agent_e, "Rename.", body={"name": "Rec Agent E2"})
    step("renameAgent.emptyBody", "PATCH", "/agents/%s" % agent_e, "No field.", body={})
    step("renameAgent.unknownFieldOnly", "PATCH", "/agents/%s" % agent_e,
         "Only an unknown field (dropped, so no field).", body={"color": "red"})
    step("renameAgent.instructionsOnByo", "PATCH", "/agents/%s" % agent_e,
         "instructions on a byo agent.", body={"instructions": "Be brief."})
    step("renameAgent.modelOnByo", "PATCH", "/agents/%s" % agent_e, "model on a byo agent.",
         body={"model": "claude-sonnet-4-5"})
    step("renameAgent.effortUnknown", "PATCH", "/agents/%s" % agent_e, "effort outside the enum.",
         body={"effort": "extreme"})
    step("renameAgent.effortNumber", "PATCH", "/agents/%s" % agent_e, "effort as a number.",
         body={"effort": 1})
    step("renameAgent.effortNull", "PATCH", "/agents/%s" % agent_e, "effort null on a byo agent.",
         body={"effort": None})
    step("renameAgent.blankName", "PATCH", "/agents/%s" % agent_e, "Blank name.", body={"name": "  "})
    step("renameAgent.unknown", "PATCH", "/agents/%s" % UNKNOWN, "Unknown agent.", body={"name": "X"})
    step("renameAgent.unknownInvalidBody", "PATCH", "/agents/%s" % UNKNOWN,
         "Unknown agent and invalid body: the body is checked first.", body={})
    step("regenerateAgentToken.unknown", "POST", "/agents/%s/regenerate-token" % UNKNOWN,
         "Unknown agent.")
    step("deleteAgent.unknown", "DELETE", "/agents/%s" % UNKNOWN, "Unknown agent.")
    step("getAgent.afterRename", "GET", "/agents/%s" % agent_e, "After the rename.")

    # ---- 5. connection grants --------------------------------------------------------
    c = need(step("connectApp.granola", "POST", "/apps/granola/connect",
                  "An api_key app with a tool catalog and no outbound call at connect time.",
                  body={"fields": {"apiKey": "grn_recorder_0001"}, "label": "rec granola"}),
             200, "connect granola")
    conn = reg("connection", c.json["connection"]["id"])
    created["connections"].append(conn)
    step("listConnectionGrants.none", "GET", "/connections/%s/grants" % conn, "No agent yet.")
    step("grantAgentConnection.full", "PUT", "/agents/%s/grants/connections/%s" % (agent_a, conn),
         "Full access.", body={"access": "full"})
    step("grantAgentConnection.fullAgain", "PUT", "/agents/%s/grants/connections/%s" % (agent_a, conn),
         "Same again: idempotent.", body={"access": "full"})
    step("grantAgentConnection.custom", "PUT", "/agents/%s/grants/connections/%s" % (agent_a, conn),
         "Custom: one tool allowed, one needing approval.",
         body={"access": "custom", "allow": ["list_notes"], "ask": ["get_note"]})
    step("grantAgentConnection.customAllowOnly", "PUT",
         "/agents/%s/grants/connections/%s" % (agent_a, conn), "Custom with an empty ask list.",
         body={"access": "custom", "allow": ["list_notes", "list_folders"], "ask": []})
    step("listAgentGrants.withConnection", "GET", "/agents/%s/grants" % agent_a,
         "Agent grants with a connection entry.")
    step("listConnectionGrants.one", "GET", "/connections/%s/grants" % conn, "One agent.")
    step("grantConnectionAgent.full", "PUT", "/connections/%s/grants/agents/%s" % (conn, agent_b),
         "Connection side: answers the AgentGrants of that agent.", body={"access": "full"})
    step("listConnectionGrants.two", "GET", "/connections/%s/grants" % conn, "Two agents.")
    step("getConnectionEffectiveAgents.ok", "GET", "/connections/%s/effective-agents" % conn,
         "Per-agent effective access to the connection.")
    step("getAgentEffectiveCredentials.withConnection", "GET",
         "/agents/%s/effective-credentials" % agent_a, "Effective view with a connection.")
    step("getEffectiveAppPermissions.provider", "GET", "/policy/effective-app-permissions?provider=granola",
         "Workspace per-tool verdicts for an app.")
    step("getEffectiveAppPermissions.agentAndConnection", "GET",
         "/policy/effective-app-permissions?provider=granola&agentId=%s&connectionId=%s" % (agent_a, conn),
         "Per-tool verdicts for one agent and connection.")
    step("getEffectiveAppPermissions.noProvider", "GET", "/policy/effective-app-permissions",
         "provider is required.")
    step("getEffectiveAppPermissions.unknownProvider", "GET",
         "/policy/effective-app-permissions?provider=no-such-app", "Provider without a catalog.")
    step("getEffectiveAppPermissions.unknownAgent", "GET",
         "/policy/effective-app-permissions?provider=granola&agentId=%s" % UNKNOWN, "Unknown agent id.")
    step("getOrgEffectiveAppPermissions.provider", "GET",
         "/org/policy/effective-app-permissions?provider=granola", "Organization verdicts.")
    step("getOrgEffectiveAppPermissions.noProvider", "GET", "/org/policy/effective-app-permissions",
         "provider is required.")
    # validation of the grant body
    bad_bodies = [
        ("customEmpty", {"access": "custom", "allow": [], "ask": []}),
        ("customOverlap", {"access": "custom", "allow": ["list_notes"], "ask": ["list_notes"]}),
        ("customMissingAsk", {"access": "custom", "allow": ["list_notes"]}),
        ("customNullAsk", {"access": "custom", "allow": ["list_notes"], "ask": None}),
        ("customUnknownTool", {"access": "custom", "allow": ["delete_everything"], "ask": []}),
        ("customEmptyToolId", {"access": "custom", "allow": [""], "ask": []}),
        ("customTooManyTools", {"access": "custom", "allow": ["t%d" % i for i in range(201)], "ask": []}),
        ("accessUnknown", {"access": "read"}),
        ("accessMissing", {}),
        ("resourcesSet", {"access": "full", "resources": {"repositories": ["octo/repo"]}}),
        ("resourcesEmptyList", {"access": "full", "resources": {"repositories": []}}),
        ("resourcesEmptyObject", {"access": "full", "resources": {}}),
    ]
    for case, b in bad_bodies:
        step("grantAgentConnection." + case, "PUT", "/agents/%s/grants/connections/%s" % (agent_a, conn),
             "Invalid grant body.", body=b)
    step("grantAgentConnection.resourcesNull", "PUT", "/agents/%s/grants/connections/%s" % (agent_a, conn),
         "resources null clears (no restriction was set).", body={"access": "full", "resources": None})
    step("grantAgentConnection.noBody", "PUT", "/agents/%s/grants/connections/%s" % (agent_a, conn),
         "No body at all.")
    step("grantAgentConnection.invalidJson", "PUT", "/agents/%s/grants/connections/%s" % (agent_a, conn),
         "Malformed JSON.", raw="{not json", content_type="application/json")
    step("grantAgentConnection.unknownAgent", "PUT", "/agents/%s/grants/connections/%s" % (UNKNOWN, conn),
         "Unknown agent, valid body.", body={"access": "full"})
    step("grantAgentConnection.unknownAgentBadBody", "PUT",
         "/agents/%s/grants/connections/%s" % (UNKNOWN, conn),
         "Unknown agent and invalid body: the body is checked first (422).", body={"access": "read"})
    step("grantAgentConnection.unknownConnection", "PUT",
         "/agents/%s/grants/connections/%s" % (agent_a, UNKNOWN), "Unknown connection.",
         body={"access": "full"})
    step("grantAgentConnection.unknownConnectionCustom", "PUT",
         "/agents/%s/grants/connections/%s" % (agent_a, UNKNOWN),
         "Unknown connection with a custom body.",
         body={"access": "custom", "allow": ["list_notes"], "ask": []})
    step("listConnectionGrants.unknown", "GET", "/connections/%s/grants" % UNKNOWN, "Unknown connection.")
    step("listConnectionGrants.nonUuid", "GET", "/connections/%s/grants" % NOT_UUID, "Non-UUID id.")
    step("grantAgentConnection.nonUuidConnection", "PUT",
         "/agents/%s/grants/connections/%s" % (agent_a, NOT_UUID), "Non-UUID connection id.",
         body={"access": "full"})
    step("getConnectionEffectiveAgents.unknown", "GET", "/connections/%s/effective-agents" % UNKNOWN,
         "Unknown connection.")
    step("grantConnectionAgent.unknownAgent", "PUT", "/connections/%s/grants/agents/%s" % (conn, UNKNOWN),
         "Unknown agent.", body={"access": "full"})
    step("grantConnectionAgent.invalidBody", "PUT", "/connections/%s/grants/agents/%s" % (conn, agent_b),
         "Invalid body.", body={"access": "custom", "allow": [], "ask": []})
    step("revokeConnectionAgent.ok", "DELETE", "/connections/%s/grants/agents/%s" % (conn, agent_b),
         "Connection side revoke.")
    step("revokeConnectionAgent.again", "DELETE", "/connections/%s/grants/agents/%s" % (conn, agent_b),
         "Again: 204.")
    step("revokeConnectionAgent.unknownAgent", "DELETE",
         "/connections/%s/grants/agents/%s" % (conn, UNKNOWN), "Unknown agent: 404.")
    step("revokeConnectionAgent.unknownConnection", "DELETE",
         "/connections/%s/grants/agents/%s" % (UNKNOWN, agent_b), "Unknown connection: 204.")
    step("revokeAgentConnection.unknownConnection", "DELETE",
         "/agents/%s/grants/connections/%s" % (agent_a, UNKNOWN), "Unknown connection: 204.")
    step("revokeAgentConnection.unknownAgent", "DELETE",
         "/agents/%s/grants/connections/%s" % (UNKNOWN, conn), "Unknown agent: 404.")
    # deleting a granted connection
    step("disconnectConnection.granted", "DELETE", "/connections/%s" % conn,
         "Delete a connection agent A holds.")
    created["connections"].remove(conn)
    step("listAgentGrants.afterConnectionDeleted", "GET", "/agents/%s/grants" % agent_a,
         "The connection entry is gone.")
    step("revokeAgentConnection.deletedConnection", "DELETE",
         "/agents/%s/grants/connections/%s" % (agent_a, conn), "Revoke on a deleted connection: 204.")
    step("listConnectionGrants.deleted", "GET", "/connections/%s/grants" % conn, "Deleted connection.")
    # an organization-level connection (existing operation connectOrgApp)
    step("connectOrgApp.granola", "POST", "/org/apps/granola/connect",
         "Organization-level connection of the same app (answers no id).",
         body={"fields": {"apiKey": "grn_recorder_org_0001"}, "label": "rec org granola"})
    oc = need(http("GET", "/org/connections?provider=granola"), 200, "list org connections").json or []
    org_conn = None
    for x in oc:
        if x.get("label") == "rec org granola":
            org_conn = reg("connection", x["id"])
            created["orgconnections"].append(org_conn)
    step("listOrgConnectionsByProvider.ok", "GET", "/org/connections/granola",
         "Organization connections of one provider (legacy path form).")
    step("listOrgConnectionsByProvider.unknownProvider", "GET", "/org/connections/no-such-app",
         "Unknown provider: empty list.")
    if org_conn:
        step("grantAgentConnection.orgConnection", "PUT",
             "/agents/%s/grants/connections/%s" % (agent_a, org_conn),
             "Grant an organization connection: scope organization in the answer.", body={"access": "full"})
        step("listConnectionGrants.orgConnection", "GET", "/connections/%s/grants" % org_conn,
             "Grants of an organization connection, seen from the workspace.")
        step("getAgentEffectiveCredentials.orgConnection", "GET", "/agents/%s/effective-credentials" % agent_a,
             "Effective view with an organization connection.")
        step("getConnectionEffectiveAgents.orgConnection", "GET",
             "/connections/%s/effective-agents" % org_conn, "Effective agents of an organization connection.")
    step("renameConnection.unknown", "PATCH", "/connections/%s" % UNKNOWN, "Unknown connection.",
         body={"label": "x"})
    step("disconnectConnection.unknown", "DELETE", "/connections/%s" % UNKNOWN, "Unknown connection.")

    # ---- 6. workspaces ---------------------------------------------------------------
    # A workspace key may rename or delete only its OWN workspace (others answer 404), and
    # deleting its own workspace while another exists succeeds and kills the key. The new
    # workspace is therefore renamed and deleted with the key the create call returns.
    step("listWorkspaces.ok", "GET", "/workspaces", "The organization's workspaces.")
    step("getWorkspace.ok", "GET", "/workspaces/%s" % home_ws, "One workspace.")
    step("getWorkspace.unknown", "GET", "/workspaces/%s" % UNKNOWN, "Unknown workspace.")
    step("getWorkspace.nonUuid", "GET", "/workspaces/%s" % NOT_UUID, "Malformed id.")
    w = need(step("createWorkspace.ok", "POST", "/workspaces", "New workspace with its creator's key.",
                  body={"name": "rec staging"}), 201, "create workspace")
    new_ws = reg("workspace", w.json["id"])
    new_key = w.json.get("apiKey")
    if not new_key:
        raise SystemExit("createWorkspace answered no apiKey; cannot clean the workspace up")
    reg("apiKey", new_key)
    created["workspaces"].append((new_ws, new_key))
    step("createWorkspace.duplicateSlug", "POST", "/workspaces", "Same slug: 409.",
         body={"name": "Rec Staging"})
    step("createWorkspace.nameTooShort", "POST", "/workspaces", "1 character.", body={"name": "x"})
    step("createWorkspace.nameNoLetter", "POST", "/workspaces", "No letter or digit.",
         body={"name": "---"})
    step("createWorkspace.nameTooLong", "POST", "/workspaces", "51 characters.", body={"name": "w" * 51})
    step("createWorkspace.emptyBody", "POST", "/workspaces", "Body {}.", body={})
    step("createWorkspace.noBody", "POST", "/workspaces", "No body.")
    step("getWorkspace.otherWorkspace", "GET", "/workspaces/%s" % new_ws,
         "Reading a sibling workspace with a workspace key works.")
    step("updateWorkspace.otherWorkspace", "PATCH", "/workspaces/%s" % new_ws,
         "Renaming a sibling workspace with a workspace key: 404.", body={"name": "rec other"})
    step("deleteWorkspace.otherWorkspace", "DELETE", "/workspaces/%s" % new_ws,
         "Deleting a sibling workspace with a workspace key: 404.")
    step("updateWorkspace.ok", "PATCH", "/workspaces/%s" % new_ws, "Rename with the workspace's own key.",
         key=new_key, body={"name": "rec staging two"})
    step("updateWorkspace.emptyBody", "PATCH", "/workspaces/%s" % new_ws, "No field.", key=new_key,
         body={})
    step("updateWorkspace.unknownFieldOnly", "PATCH", "/workspaces/%s" % new_ws, "Only an unknown field.",
         key=new_key, body={"slug": "x"})
    home_name = ws_by_id[home_ws].get("name") or ""
    if len(home_name.strip()) >= 2:
        step("updateWorkspace.slugTaken", "PATCH", "/workspaces/%s" % new_ws,
             "Name whose slug another workspace has.", key=new_key, body={"name": home_name})
    step("updateWorkspace.unknown", "PATCH", "/workspaces/%s" % UNKNOWN, "Unknown workspace.",
         body={"name": "rec nope"})
    step("updateWorkspace.unknownInvalidBody", "PATCH", "/workspaces/%s" % UNKNOWN,
         "Unknown workspace and invalid body: the lookup comes first.", body={})
    step("listAgents.newWorkspaceKey", "GET", "/agents", "The new workspace is empty.", key=new_key)
    step("listProjects.alias", "GET", "/projects", "Deprecated alias of /workspaces.")
    step("getProject.aliasUnknown", "GET", "/projects/%s" % UNKNOWN, "Alias with an unknown id.")
    step("getProject.alias", "GET", "/projects/%s" % new_ws, "Alias with a known id.")
    step("deleteWorkspace.ok", "DELETE", "/workspaces/%s" % new_ws,
         "A workspace key deletes its own workspace (another one exists).", key=new_key)
    created["workspaces"] = [x for x in created["workspaces"] if x[0] != new_ws]
    step("listAgents.deletedWorkspaceKey", "GET", "/agents", "The deleted workspace's key is dead.",
         key=new_key)
    step("deleteWorkspace.again", "DELETE", "/workspaces/%s" % new_ws, "Already deleted.")
    step("deleteWorkspace.unknown", "DELETE", "/workspaces/%s" % UNKNOWN, "Unknown workspace.")
    if len(http("GET", "/workspaces").json or []) == 1:
        step("deleteWorkspace.onlyOne", "DELETE", "/workspaces/%s" % home_ws,
             "The organization's only workspace, with its own key.")
    # workspace headers with a workspace key
    step("header.workspaceKeyBogusWorkspaceId", "GET", "/agents",
         "A workspace key ignores X-Workspace-Id.", headers={"X-Workspace-Id": "nope"})
    if other_ws:
        step("header.workspaceKeyForeignWorkspaceId", "GET", "/agents",
             "A workspace key ignores another tenant's workspace id too.",
             headers={"X-Workspace-Id": other_ws})
    step("header.projectIdLegacy", "GET", "/agents", "Legacy header: Deprecation and Link answered.",
         headers={"X-Project-Id": home_ws})
    step("header.bothHeaders", "GET", "/agents", "Canonical header present: legacy one not read.",
         headers={"X-Workspace-Id": home_ws, "X-Project-Id": home_ws})
    step("header.projectQueryLegacy", "GET", "/agents?_project=%s" % home_ws,
         "Legacy query bridge.")

    # ---- 7. org policy ---------------------------------------------------------------
    step("listOrgPolicyRules.empty", "GET", "/org/policy/rules", "Draft rules (default status).")
    step("listOrgPolicyRules.published", "GET", "/org/policy/rules?status=published", "Published rules.")
    step("listOrgPolicyRules.badStatus", "GET", "/org/policy/rules?status=live", "Unknown status.")
    virtual = http("GET", "/org/policy/default").json or {}
    if virtual.get("id") == "":
        step("getOrgPolicyDefault.virtual", "GET", "/org/policy/default",
             "Default rule of an organization that never wrote one: virtual, id \"\".")
    else:
        step("getOrgPolicyDefault.persistedEarlier", "GET", "/org/policy/default",
             "Default rule persisted by an earlier write (not a fresh tenant).")
    step("getOrgPolicyDefault.published", "GET", "/org/policy/default?status=published",
         "Published default.")
    step("getOrgPolicyDefault.badStatus", "GET", "/org/policy/default?status=x", "Unknown status.")
    if http("GET", "/org/policy/last-publish").json is None:
        step("getOrgPolicyLastPublish.never", "GET", "/org/policy/last-publish",
             "Never published: JSON null.")
    else:
        step("getOrgPolicyLastPublish.earlierRun", "GET", "/org/policy/last-publish",
             "Published before this run (not a fresh tenant).")
    r = need(step("createOrgPolicyRule.networkBlock", "POST", "/org/policy/rules",
                  "Block one host for everyone.",
                  body={"name": "rec block example", "action": "block",
                        "targets": [{"kind": "network", "hostPattern": "blocked.example.com",
                                     "pathPattern": "/admin/*", "method": "DELETE"}]}), 201, "rule 1")
    rule1 = reg("rule", r.json["id"])
    reg("logical", r.json.get("logicalId"))
    created["rules"].append(rule1)
    r = need(step("createOrgPolicyRule.appAllowRateLimited", "POST", "/org/policy/rules",
                  "Allow an app's tools with a rate limit and approval; legacy 'project' scope value.",
                  body={"name": "rec granola limits", "description": "recorded", "action": "allow",
                        "rateLimit": 100, "rateLimitWindow": "hour", "requireApproval": True,
                        "conditions": [{"target": "body", "operator": "contains", "value": "secret",
                                        "key": "query"}],
                        "identities": [{"type": "user", "id": me["id"]}],
                        "targets": [{"kind": "app", "provider": "granola", "tools": ["list_notes"],
                                     "connectionScope": "project"}]}), 201, "rule 2")
    rule2 = reg("rule", r.json["id"])
    reg("logical", r.json.get("logicalId"))
    created["rules"].append(rule2)
    r = need(step("createOrgPolicyRule.secretLevel", "POST", "/org/policy/rules",
                  "Disabled rule on every workspace-level secret.",
                  body={"name": "rec all workspace secrets", "action": "allow", "enabled": False,
                        "targets": [{"kind": "secret", "secretScope": "workspace"}]}), 201, "rule 3")
    rule3 = reg("rule", r.json["id"])
    reg("logical", r.json.get("logicalId"))
    created["rules"].append(rule3)
    invalid_rules = [
        ("noTargets", {"name": "rec x", "action": "block"}),
        ("emptyTargets", {"name": "rec x", "action": "block", "targets": []}),
        ("blankName", {"name": " ", "action": "block",
                       "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("missingAction", {"name": "rec x", "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("actionUnknown", {"name": "rec x", "action": "deny",
                           "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("blockWithRateLimit", {"name": "rec x", "action": "block", "rateLimit": 5, "rateLimitWindow": "minute",
                                "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("rateLimitWithoutWindow", {"name": "rec x", "action": "allow", "rateLimit": 5,
                                    "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("rateLimitZero", {"name": "rec x", "action": "allow", "rateLimit": 0, "rateLimitWindow": "day",
                           "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("agentIdentity", {"name": "rec x", "action": "block", "identities": [{"type": "agent", "id": agent_a}],
                           "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("groupIdentity", {"name": "rec x", "action": "block", "identities": [{"type": "group", "id": UNKNOWN}],
                           "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("unknownUser", {"name": "rec x", "action": "block", "identities": [{"type": "user", "id": UNKNOWN}],
                         "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("workspaceSecretTarget", {"name": "rec x", "action": "block",
                                   "targets": [{"kind": "secret", "secretId": gen}]}),
        ("secretIdAndScope", {"name": "rec x", "action": "block",
                              "targets": [{"kind": "secret", "secretId": gen, "secretScope": "workspace"}]}),
        ("secretNeither", {"name": "rec x", "action": "block", "targets": [{"kind": "secret"}]}),
        ("unknownConnection", {"name": "rec x", "action": "allow",
                               "targets": [{"kind": "connection", "connectionId": UNKNOWN}]}),
        ("targetKindUnknown", {"name": "rec x", "action": "block", "targets": [{"kind": "host", "hostPattern": "a"}]}),
        ("networkNoHost", {"name": "rec x", "action": "block", "targets": [{"kind": "network"}]}),
        ("methodUnknown", {"name": "rec x", "action": "block",
                           "targets": [{"kind": "network", "hostPattern": "a.example.com", "method": "HEAD"}]}),
        ("sessionPolicyWithoutConnection", {"name": "rec x", "action": "allow",
                                            "conditions": {"repositories": ["octo/repo"]},
                                            "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
        ("conditionBadOperator", {"name": "rec x", "action": "block",
                                  "conditions": [{"target": "body", "operator": "equals", "value": "x"}],
                                  "targets": [{"kind": "network", "hostPattern": "a.example.com"}]}),
    ]
    if org_conn:
        r = step("createOrgPolicyRule.orgConnectionTools", "POST", "/org/policy/rules",
                 "Approval on one tool of an organization connection.",
                 body={"name": "rec org connection approval", "action": "allow", "requireApproval": True,
                       "targets": [{"kind": "connection", "connectionId": org_conn, "tools": ["get_note"]}]})
        if r.status == 201 and r.json:
            created["rules"].append(reg("rule", r.json["id"]))
        step("createOrgPolicyRule.sessionPolicy", "POST", "/org/policy/rules",
             "Resource scoping on a connection target (licence-gated on self-host).",
             body={"name": "rec org connection folders", "action": "allow",
                   "conditions": {"folders": ["/shared"]},
                   "targets": [{"kind": "connection", "connectionId": org_conn}]})
    for case, b in invalid_rules:
        step("createOrgPolicyRule." + case, "POST", "/org/policy/rules", "Invalid rule.", body=b)
    step("createOrgPolicyRule.noBody", "POST", "/org/policy/rules", "No body.")
    step("getOrgPolicyRule.ok", "GET", "/org/policy/rules/%s" % rule2, "One draft rule.")
    step("getOrgPolicyRule.unknown", "GET", "/org/policy/rules/%s" % UNKNOWN, "Unknown rule.")
    step("getOrgPolicyRule.nonUuid", "GET", "/org/policy/rules/%s" % NOT_UUID, "Non-UUID id.")
    step("updateOrgPolicyRule.ok", "PATCH", "/org/policy/rules/%s" % rule1, "Rename and disable.",
         body={"name": "rec block example (off)", "enabled": False, "description": None})
    step("updateOrgPolicyRule.emptyBody", "PATCH", "/org/policy/rules/%s" % rule1, "No field.", body={})
    step("updateOrgPolicyRule.unknownFieldOnly", "PATCH", "/org/policy/rules/%s" % rule1,
         "Only an unknown field.", body={"color": "red"})
    step("updateOrgPolicyRule.emptyTargets", "PATCH", "/org/policy/rules/%s" % rule1, "Targets [].",
         body={"targets": []})
    step("updateOrgPolicyRule.blockWithModifiers", "PATCH", "/org/policy/rules/%s" % rule2,
         "Switch a rate-limited rule to block.", body={"action": "block"})
    step("updateOrgPolicyRule.clearRateLimit", "PATCH", "/org/policy/rules/%s" % rule2,
         "Clear only the limit (window stays).", body={"rateLimit": None})
    step("updateOrgPolicyRule.unknown", "PATCH", "/org/policy/rules/%s" % UNKNOWN, "Unknown rule.",
         body={"name": "x"})
    step("updateOrgPolicyRule.unknownInvalidBody", "PATCH", "/org/policy/rules/%s" % UNKNOWN,
         "Unknown rule and invalid body: the body is checked first.", body={})
    draft_ids = [r["id"] for r in (http("GET", "/org/policy/rules").json or [])]
    new_order = draft_ids[-1:] + draft_ids[:-1]
    step("reorderOrgPolicyRules.ok", "PUT", "/org/policy/rules/order",
         "New order naming every draft rule once (last one moved first).", body={"orderedIds": new_order})
    step("reorderOrgPolicyRules.missingOne", "PUT", "/org/policy/rules/order",
         "Not every rule named: 409.", body={"orderedIds": new_order[:-1]})
    step("reorderOrgPolicyRules.duplicate", "PUT", "/org/policy/rules/order",
         "A rule named twice: 409.", body={"orderedIds": new_order + new_order[:1]})
    step("reorderOrgPolicyRules.empty", "PUT", "/org/policy/rules/order", "Empty list.",
         body={"orderedIds": []})
    step("reorderOrgPolicyRules.noBody", "PUT", "/org/policy/rules/order", "No body.")
    step("updateOrgPolicyDefault.block", "PATCH", "/org/policy/default", "Persist the default as block.",
         body={"action": "block"})
    step("updateOrgPolicyDefault.badAction", "PATCH", "/org/policy/default", "Unknown action.",
         body={"action": "deny"})
    step("getOrgPolicyDefault.persisted", "GET", "/org/policy/default", "Persisted default rule.")
    step("publishOrgPolicy.ok", "POST", "/org/policy/publish", "Publish the draft.")
    step("publishOrgPolicy.withBody", "POST", "/org/policy/publish", "A body is ignored.",
         body={"dryRun": True})
    step("getOrgPolicyLastPublish.afterPublish", "GET", "/org/policy/last-publish", "Who and when.")
    step("listOrgPolicyRules.afterPublish", "GET", "/org/policy/rules?status=published",
         "The published generation (row ids differ from the draft; logicalId is stable).")
    pub = http("GET", "/org/policy/rules?status=published").json or []
    for p in pub:
        reg("rule", p["id"])
    if pub:
        step("getOrgPolicyRule.publishedRowId", "GET", "/org/policy/rules/%s" % pub[0]["id"],
             "A published row id is not addressable (draft rows only).")
    step("getOrgPolicyDefault.publishedAfterPublish", "GET", "/org/policy/default?status=published",
         "Published default.")
    # org policy and effective credentials
    # Unrecorded calls that change state (here and two more below) are repeated by the replay
    # (FixtureReplay.interlude in sdk-testing): keep the two in step.
    http("PUT", "/agents/%s/grants/secrets/%s" % (agent_b, gen))
    step("getAgentEffectiveCredentials.orgDefaultBlock", "GET", "/agents/%s/effective-credentials" % agent_b,
         "Published org default block: the generic secret reads blocked, the LLM key stays usable.")
    step("updateOrgPolicyDefault.allow", "PATCH", "/org/policy/default", "Back to allow.",
         body={"action": "allow"})
    step("publishOrgPolicy.defaultAllow", "POST", "/org/policy/publish", "Publish the allow default.")
    step("getAgentEffectiveCredentials.orgDefaultAllow", "GET", "/agents/%s/effective-credentials" % agent_b,
         "Everything usable again.")
    r = need(step("createOrgPolicyRule.blockSecretHost", "POST", "/org/policy/rules",
                  "Block the generic secret's host org-wide.",
                  body={"name": "rec block api.example.com", "action": "block",
                        "targets": [{"kind": "network", "hostPattern": "api.example.com"}]}), 201, "rule 4")
    rule4 = reg("rule", r.json["id"])
    reg("logical", r.json.get("logicalId"))
    created["rules"].append(rule4)
    step("getAgentEffectiveCredentials.draftOrgBlock", "GET", "/agents/%s/effective-credentials" % agent_b,
         "Draft org rule: not effective yet.")
    step("publishOrgPolicy.withBlock", "POST", "/org/policy/publish", "Publish the block.")
    step("getAgentEffectiveCredentials.orgBlocked", "GET", "/agents/%s/effective-credentials" % agent_b,
         "Published org block: the granted secret reads blocked.")
    step("listAgentGrants.orgBlocked", "GET", "/agents/%s/grants" % agent_b,
         "Grants (intent) do not change.")
    # an org allow rule naming the user and all workspace secrets injects into every agent
    r = need(step("createOrgPolicyRule.userAllSecrets", "POST", "/org/policy/rules",
                  "Allow every workspace secret to the calling user.",
                  body={"name": "rec user gets workspace secrets", "action": "allow",
                        "identities": [{"type": "user", "id": me["id"]}],
                        "targets": [{"kind": "secret", "secretScope": "workspace"}]}), 201, "rule 5")
    rule5 = reg("rule", r.json["id"])
    reg("logical", r.json.get("logicalId"))
    created["rules"].append(rule5)
    step("publishOrgPolicy.withUserRule", "POST", "/org/policy/publish", "Publish it.")
    step("getAgentEffectiveCredentials.orgUserRule", "GET", "/agents/%s/effective-credentials" % agent_a,
         "Agent A (no grant of its own on these) as seen through the org rule.")
    step("listAgentGrants.orgUserRule", "GET", "/agents/%s/grants" % agent_a,
         "Agent A's grants do not show what the org rule adds.")
    step("listAgents.grantsSummaryOrgUserRule", "GET", "/agents?include=grants-summary",
         "Summary with the org rule in force.")
    http("DELETE", "/agents/%s/grants/secrets/%s" % (agent_b, gen))
    step("deleteOrgPolicyRule.ok", "DELETE", "/org/policy/rules/%s" % rule5, "Delete a draft rule.")
    created["rules"].remove(rule5)
    step("deleteOrgPolicyRule.again", "DELETE", "/org/policy/rules/%s" % rule5, "Already deleted.")
    step("deleteOrgPolicyRule.unknown", "DELETE", "/org/policy/rules/%s" % UNKNOWN, "Unknown rule.")
    for rid in list(created["rules"]):
        http("DELETE", "/org/policy/rules/%s" % rid)
        created["rules"].remove(rid)
    http("PATCH", "/org/policy/default", body={"action": "allow"})
    step("publishOrgPolicy.clean", "POST", "/org/policy/publish",
         "Publish the emptied draft (allow default, no rules).")
    step("getAgentEffectiveCredentials.afterOrgCleanup", "GET",
         "/agents/%s/effective-credentials" % agent_a, "Back to the agent's own grants.")

    # ---- 8. invitations, apps, org connections, blocklist -----------------------------
    step("listOrgInvitations.empty", "GET", "/org/invitations", "No pending invitation.")
    i = need(step("createOrgInvitation.ok", "POST", "/org/invitations", "Invite a member.",
                  body={"email": "rec-invitee@example.com", "role": "member"}), 201, "invite")
    inv = reg("invitation", i.json["id"])
    created["invitations"].append(inv)
    m = re.search(r"token=([0-9a-f]+)", i.json.get("joinUrl", ""))
    if m:
        reg("inviteToken", m.group(1))
    i = step("createOrgInvitation.again", "POST", "/org/invitations",
             "Same email again with another role: same invitation id, new token.",
             body={"email": "rec-invitee@example.com", "role": "admin"})
    if i.json and i.json.get("joinUrl"):
        m = re.search(r"token=([0-9a-f]+)", i.json["joinUrl"])
        if m:
            reg("inviteToken", m.group(1))
    step("listOrgInvitations.one", "GET", "/org/invitations", "One pending invitation.")
    i = step("createOrgInvitation.uppercaseEmail", "POST", "/org/invitations",
             "Upper-case email: stored lower-cased.", body={"email": "REC-Upper@Example.COM", "role": "member"})
    if i.status == 201 and i.json:
        created["invitations"].append(reg("invitation", i.json["id"]))
        m = re.search(r"token=([0-9a-f]+)", i.json.get("joinUrl", ""))
        if m:
            reg("inviteToken", m.group(1))
    step("createOrgInvitation.emailWithSpace", "POST", "/org/invitations",
         "Trailing space: refused (the format check runs before the trim).",
         body={"email": "rec-space@example.com ", "role": "member"})
    step("createOrgInvitation.badEmail", "POST", "/org/invitations", "Not an email.",
         body={"email": "nope", "role": "member"})
    step("createOrgInvitation.ownerRole", "POST", "/org/invitations", "owner cannot be given.",
         body={"email": "rec-x@example.com", "role": "owner"})
    step("createOrgInvitation.extraField", "POST", "/org/invitations", "Strict body: unknown key.",
         body={"email": "rec-x@example.com", "role": "member", "note": "hi"})
    step("createOrgInvitation.existingMember", "POST", "/org/invitations", "Invite yourself.",
         body={"email": me.get("email"), "role": "member"})
    step("createOrgInvitation.noBody", "POST", "/org/invitations", "No body.")
    step("listOrgInvitations.two", "GET", "/org/invitations", "Two pending invitations.")
    step("deleteOrgInvitation.ok", "DELETE", "/org/invitations/%s" % inv, "Cancel it.")
    created["invitations"].remove(inv)
    step("deleteOrgInvitation.again", "DELETE", "/org/invitations/%s" % inv, "Already cancelled.")
    step("deleteOrgInvitation.unknown", "DELETE", "/org/invitations/%s" % UNKNOWN, "Unknown invitation.")
    step("listAvailableApps.ok", "GET", "/apps/available", "Self-host: unrestricted.")
    if org_conn:
        step("revokeAgentConnection.orgConnection", "DELETE",
             "/agents/%s/grants/connections/%s" % (agent_a, org_conn), "Revoke the organization connection.")
        step("deleteOrgConnection.ok", "DELETE", "/org/connections/%s" % org_conn,
             "Delete the organization connection (existing operation).")
        created["orgconnections"].remove(org_conn)
    step("addBlocklistEntry.customRule", "POST", "/apps/jfrog-artifactory/blocklist",
         "The retired custom-rule shape.", body={"name": "rec custom", "hostPattern": "evil.example.com"})
    step("addBlocklistEntry.unknownHostId", "POST", "/apps/jfrog-artifactory/blocklist",
         "hostId the app does not declare.", body={"hostId": "nope"})
    step("addBlocklistEntry.noBody", "POST", "/apps/jfrog-artifactory/blocklist", "No body.")
    step("addBlocklistEntry.unknownProvider", "POST", "/apps/no-such-app/blocklist", "Unknown app.",
         body={"hostId": "npm"})
    b = step("addBlocklistEntry.hostId", "POST", "/apps/jfrog-artifactory/blocklist",
             "Switch on a declared host.", body={"hostId": "npm"})
    if b.status == 201 and b.json and b.json.get("ruleId"):
        bl = reg("blocklist", b.json["ruleId"])
        created["blocklist"].append(bl)
        step("toggleBlocklistRule.ok", "PATCH", "/apps/jfrog-artifactory/blocklist/%s" % bl,
             "Switch it off.", body={"enabled": False})
        step("removeBlocklistRule.ok", "DELETE", "/apps/jfrog-artifactory/blocklist/%s" % bl, "Remove it.")
        created["blocklist"].remove(bl)
    step("toggleBlocklistRule.unknown", "PATCH", "/apps/jfrog-artifactory/blocklist/%s" % UNKNOWN,
         "Unknown blocklist rule.", body={"enabled": False})
    step("toggleBlocklistRule.noEnabled", "PATCH", "/apps/jfrog-artifactory/blocklist/%s" % UNKNOWN,
         "Body without enabled.", body={})
    step("removeBlocklistRule.unknown", "DELETE", "/apps/jfrog-artifactory/blocklist/%s" % UNKNOWN,
         "Unknown blocklist rule.")

    # ---- 9. unknown ids of the other families, secrets with attachedAgents -----------
    step("updateSecret.unknown", "PATCH", "/secrets/%s" % UNKNOWN, "Unknown secret.", body={"name": "x"})
    step("deleteSecret.unknown", "DELETE", "/secrets/%s" % UNKNOWN, "Unknown secret.")
    step("deleteSecret.nonUuid", "DELETE", "/secrets/%s" % NOT_UUID, "Non-UUID id.")
    step("listSecrets.ok", "GET", "/secrets", "List (2.0.1 shape).")

    # ---- 10. retired operations (26) ---------------------------------------------------
    retired = [
        ("getDefaultAgent", "GET", "/agents/default", NO_BODY),
        ("setDefaultAgent", "POST", "/agents/%s/set-default" % agent_a, NO_BODY),
        ("updateAgentSecretMode", "PATCH", "/agents/%s/secret-mode" % agent_a, {"mode": "selective"}),
        ("getAgentSecrets", "GET", "/agents/%s/secrets" % agent_a, NO_BODY),
        ("updateAgentSecrets", "PUT", "/agents/%s/secrets" % agent_a, {"secretIds": [gen]}),
        ("listAgentGranularAccess", "GET", "/agents/granular-access", NO_BODY),
        ("getAgentConnections", "GET", "/agents/%s/connections" % agent_a, NO_BODY),
        ("updateAgentConnections", "PUT", "/agents/%s/connections" % agent_a, {"connections": []}),
        ("listRules", "GET", "/rules", NO_BODY),
        ("createRule", "POST", "/rules", {"name": "x", "hostPattern": "a.example.com", "action": "block",
                                          "enabled": True}),
        ("getRule", "GET", "/rules/%s" % UNKNOWN, NO_BODY),
        ("updateRule", "PATCH", "/rules/%s" % UNKNOWN, {"enabled": False}),
        ("deleteRule", "DELETE", "/rules/%s" % UNKNOWN, NO_BODY),
        ("getRulePermissions", "GET", "/rules/permissions/github", NO_BODY),
        ("setRulePermissions", "PUT", "/rules/permissions/github", {"permissions": []}),
        ("getRuleOverlap", "GET", "/rules/overlap/github", NO_BODY),
        ("listOrgRules", "GET", "/org/rules", NO_BODY),
        ("createOrgRule", "POST", "/org/rules", {"name": "x", "hostPattern": "a.example.com",
                                                 "action": "block", "enabled": True}),
        ("getOrgRule", "GET", "/org/rules/%s" % UNKNOWN, NO_BODY),
        ("updateOrgRule", "PATCH", "/org/rules/%s" % UNKNOWN, {"enabled": False}),
        ("deleteOrgRule", "DELETE", "/org/rules/%s" % UNKNOWN, NO_BODY),
        ("getAppPermissions", "GET", "/org/rules/permissions/github", NO_BODY),
        ("setAppPermissions", "PUT", "/org/rules/permissions/github", {"permissions": []}),
        ("getOrgRuleOverlap", "GET", "/org/rules/overlap/github", NO_BODY),
        ("getOrgSettings", "GET", "/org/settings", NO_BODY),
        ("updateOrgSettings", "PATCH", "/org/settings", {"policyMode": "allow"}),
    ]
    for op, m, p, b in retired:
        step("retired." + op, m, p, "Retired in 2.0.1 (410).", body=b)
    step("retired.getAgentSecrets.unknownAgent", "GET", "/agents/%s/secrets" % UNKNOWN,
         "Tombstone answers 410 whatever the id.")
    step("retired.listRules.noAuth", "GET", "/rules", "Tombstone without auth.", key=None)
    step("retired.getAgentSecrets.noAuth", "GET", "/agents/%s/secrets" % agent_a,
         "Under /agents auth runs first.", key=None)
    step("retired.workspacePolicyRules", "GET", "/policy/rules", "Workspace policy CRUD is retired too.")

    # ---- 11. cross-tenant ---------------------------------------------------------------
    if KEY2:
        step("crossTenant.getAgent", "GET", "/agents/%s" % agent_a, "Another tenant's agent.", key=KEY2)
        step("crossTenant.listAgentGrants", "GET", "/agents/%s/grants" % agent_a,
             "Another tenant's agent.", key=KEY2)
        step("crossTenant.getAgentEffectiveCredentials", "GET", "/agents/%s/effective-credentials" % agent_a,
             "Another tenant's agent.", key=KEY2)
        step("crossTenant.grantAgentSecret", "PUT", "/agents/%s/grants/secrets/%s" % (agent_a, gen),
             "Another tenant's agent and secret.", key=KEY2)
        step("crossTenant.getWorkspace", "GET", "/workspaces/%s" % home_ws, "Another tenant's workspace.",
             key=KEY2)
        step("crossTenant.updateSecret", "PATCH", "/secrets/%s" % gen, "Another tenant's secret.",
             key=KEY2, body={"name": "x"})

    # ---- 12. organization key ---------------------------------------------------------
    if ORG_KEY:
        step("orgKey.agentsNoWorkspace", "GET", "/agents", "Workspace route without X-Workspace-Id.",
             key=ORG_KEY)
        step("orgKey.agentsWithWorkspace", "GET", "/agents", "With the workspace id.", key=ORG_KEY,
             headers={"X-Workspace-Id": home_ws})
        step("orgKey.agentsBogusWorkspace", "GET", "/agents", "Workspace id that does not exist.",
             key=ORG_KEY, headers={"X-Workspace-Id": "nope"})
        if other_ws:
            step("orgKey.agentsForeignWorkspace", "GET", "/agents", "Another organization's workspace.",
                 key=ORG_KEY, headers={"X-Workspace-Id": other_ws})
        step("orgKey.agentsLegacyHeader", "GET", "/agents", "Legacy header only.", key=ORG_KEY,
             headers={"X-Project-Id": home_ws})
        step("orgKey.agentsEmptyWorkspace", "GET", "/agents", "Empty header value.", key=ORG_KEY,
             headers={"X-Workspace-Id": ""})
        step("orgKey.grantsNoWorkspace", "GET", "/agents/%s/grants" % agent_a, "Grants without a workspace.",
             key=ORG_KEY)
        step("orgKey.grantsWithWorkspace", "GET", "/agents/%s/grants" % agent_a, "Grants with it.",
             key=ORG_KEY, headers={"X-Workspace-Id": home_ws})
        step("orgKey.effectiveCredentialsNoWorkspace", "GET", "/agents/%s/effective-credentials" % agent_a,
             "Reflection without a workspace.", key=ORG_KEY)
        step("orgKey.workspacesNoWorkspace", "GET", "/workspaces", "Org-member route.", key=ORG_KEY)
        step("orgKey.orgPolicyNoWorkspace", "GET", "/org/policy/rules", "Org-admin route.", key=ORG_KEY)
        step("orgKey.invitationsNoWorkspace", "GET", "/org/invitations", "Org route.", key=ORG_KEY)
        step("orgKey.gatewayUrl", "GET", "/gateway-url", "No auth route.", key=ORG_KEY)
        step("orgKey.availableAppsNoWorkspace", "GET", "/apps/available", "Workspace route.", key=ORG_KEY)
        w = step("orgKey.createWorkspace", "POST", "/workspaces", "An organization key creates a workspace.",
                 key=ORG_KEY, body={"name": "rec org workspace"})
        if w.status == 201 and w.json:
            wid = reg("workspace", w.json["id"])
            if w.json.get("apiKey"):
                reg("apiKey", w.json["apiKey"])
            created["workspaces"].append((wid, ORG_KEY))
            step("orgKey.updateWorkspace", "PATCH", "/workspaces/%s" % wid,
                 "An organization key renames any workspace of its organization.", key=ORG_KEY,
                 body={"name": "rec org workspace two"})
            step("orgKey.agentsInNewWorkspace", "GET", "/agents", "Pick the new workspace by header.",
                 key=ORG_KEY, headers={"X-Workspace-Id": wid})
            step("orgKey.deleteWorkspace", "DELETE", "/workspaces/%s" % wid,
                 "An organization key deletes any workspace of its organization.", key=ORG_KEY)
            created["workspaces"] = [x for x in created["workspaces"] if x[0] != wid]
        o = step("orgKey.createAgentNoWorkspace", "POST", "/agents",
                 "Create without a workspace (body valid).", key=ORG_KEY,
                 body={"name": "rec org", "identifier": "rec-org-agent"})
        if o.status == 201 and o.json:
            created["agents"].append(reg("agent", o.json["id"]))

    # ---- 13. cleanup (recorded) ----------------------------------------------------------
    for aid in list(created["agents"]):
        step("deleteAgent.ok", "DELETE", "/agents/%s" % aid, "Cleanup.")
        created["agents"].remove(aid)
    for sid in list(created["secrets"]):
        step("deleteSecret.ok", "DELETE", "/secrets/%s" % sid, "Cleanup.")
        created["secrets"].remove(sid)
    step("listAgents.afterCleanup", "GET", "/agents", "Nothing left.")
    step("listSecrets.afterCleanup", "GET", "/secrets", "Nothing left.")


# ---------------------------------------------------------------------------------------
def scrub(obj_text):
    for real in sorted(placeholders, key=len, reverse=True):
        obj_text = obj_text.replace(real, placeholders[real])
    return obj_text


UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TOKEN_RES = [(re.compile(r"aoc_[0-9a-f]{64}"), "agentToken"),
             (re.compile(r"oc_org_[0-9a-f]{64}"), "orgApiKey"),
             (re.compile(r"(?<![a-z_])oc_[0-9a-f]{64}"), "apiKey")]


def write_out():
    for f in os.listdir(OUT):
        if f.endswith(".json") or f == "INDEX.tsv":
            os.remove(os.path.join(OUT, f))
    typed = {"logicalId": "logical", "agentId": "agent", "secretId": "secret", "connectionId": "connection"}

    def walk(o):
        if isinstance(o, dict):
            if o.get("isDefault") is True or "logicalId" in o and "priority" in o:
                if isinstance(o.get("id"), str) and UUID_RE.fullmatch(o["id"]):
                    reg("rule", o["id"])
            for k, v in o.items():
                if isinstance(v, str) and k in typed and UUID_RE.fullmatch(v):
                    reg(typed[k], v)
                walk(v)
        elif isinstance(o, list):
            for x in o:
                walk(x)

    for _, fx in fixtures:
        walk(fx)
    texts = [(n, json.dumps(fx, ensure_ascii=False, indent=2)) for n, fx in fixtures]
    # anything id-like the script did not register gets a generic placeholder
    for _, t in texts:
        for rx, kind in TOKEN_RES:
            for m in rx.findall(t):
                reg(kind, m)
        for m in UUID_RE.findall(t):
            if m not in placeholders and m not in placeholders.values():
                reg("id", m)
    for n, t in texts:
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as fh:
            fh.write(scrub(t) + "\n")
    with open(os.path.join(OUT, "INDEX.tsv"), "w", encoding="utf-8") as fh:
        fh.write("step\tfixture\tmethod\tpath\tstatus\terrorType\terrorMessage\n")
        for row in index:
            fh.write(scrub("\t".join(str(x).replace("\t", " ").replace("\n", " ") for x in row)) + "\n")


preclean()
try:
    record()
finally:
    cleanup()
    write_out()
print("%d fixtures written to %s" % (len(fixtures), OUT))
PY
