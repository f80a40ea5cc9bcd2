#!/usr/bin/env python3
"""Checks a JAST plan dossier offline (Python 3, standard library only).

    python3 verify.py            # in the unpacked dossier folder
    python3 verify.py DIR        # or name the folder

Exit status 0 when every check passes, 1 when one fails (each failure is printed), 2 when the
dossier cannot be read. See README.txt for what each check proves.
"""
import hashlib
import json
import os
import sys

FORMAT = "jast-plan-audit/1"


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def field(value):
    """One field of the canonical form: <length in UTF-8 bytes>:<value>, or - for null; then a newline."""
    if value is None:
        return b"-\n"
    raw = value.encode("utf-8")
    return str(len(raw)).encode("ascii") + b":" + raw + b"\n"


def canonical(entry):
    """The text an entry's hash is the SHA-256 of (AuditEntry.canonicalForm in the application)."""
    out = (FORMAT + "\n").encode("ascii")
    for name in ("seq", "at", "actor", "action", "targetType", "targetId", "before", "after", "previousHash"):
        value = entry.get(name)
        out += field(str(value) if name == "seq" else value)
    return out


def main(folder):
    failures = []
    ok = []

    def path(name):
        return os.path.join(folder, *name.split("/"))

    def read(name):
        with open(path(name), "rb") as f:
            return f.read()

    def load(name):
        return json.loads(read(name).decode("utf-8"))

    try:
        sums = read("SHA256SUMS").decode("utf-8").splitlines()
        attachments = load("attachments.json")
        entries = load("audit/entries.json")
        chain = load("audit/chain.json")
        application = load("application.json")
    except (OSError, ValueError) as e:
        print("cannot read the dossier in %s: %s" % (folder, e))
        return 2

    # 1. every file as listed in SHA256SUMS (what sha256sum -c checks)
    listed = 0
    for line in sums:
        if not line.strip():
            continue
        digest, name = line.split("  ", 1)
        listed += 1
        try:
            actual = sha256(read(name))
        except OSError:
            failures.append("file %s is missing" % name)
            continue
        if actual != digest:
            failures.append("file %s: SHA-256 %s, SHA256SUMS says %s" % (name, actual, digest))
    ok.append("%d files against SHA256SUMS" % listed)

    # 2. every entry's hash recomputed from its content
    for e in entries:
        computed = sha256(canonical(e))
        if computed != e["hash"]:
            failures.append("audit entry %s (%s): its content gives %s, not its hash %s: the entry was changed"
                            % (e["seq"], e["action"], computed, e["hash"]))
    ok.append("%d audit entries recomputed" % len(entries))

    # 3. the run of links from the first entry to the head: consecutive, each linked to the one before
    links = chain["links"]
    by_seq = {}
    for i, link in enumerate(links):
        by_seq[link["seq"]] = link
        if i > 0:
            before = links[i - 1]
            if link["seq"] != before["seq"] + 1:
                failures.append("chain: entry %d follows entry %d: entries are missing"
                                % (link["seq"], before["seq"]))
            elif link["previousHash"] != before["hash"]:
                failures.append("chain: entry %d does not link to entry %d" % (link["seq"], before["seq"]))
    head = chain["head"]
    if links:
        last = links[-1]
        if last["seq"] != head["seq"] or last["hash"] != head["hash"]:
            failures.append("chain: the last link (entry %d) is not the head (entry %d)" % (last["seq"], head["seq"]))
    if entries and entries[0]["seq"] == 1 and entries[0]["previousHash"] != chain["genesis"]:
        failures.append("chain: the first entry does not start from the genesis hash")
    ok.append("%d links up to the head, entry %d" % (len(links), head["seq"]))

    # 4. each entry of the application is the link of its number
    for e in entries:
        link = by_seq.get(e["seq"])
        if link is None:
            failures.append("audit entry %s is not in the chain's links" % e["seq"])
        elif link["hash"] != e["hash"] or link["previousHash"] != e["previousHash"]:
            failures.append("audit entry %s: its hashes are not those of link %s in the chain" % (e["seq"], e["seq"]))
        if e.get("targetType") != "Application" or e.get("targetId") != application["id"]:
            failures.append("audit entry %s is not about application %s" % (e["seq"], application["id"]))

    # 5. every attachment as its upload was recorded in the (hash-chained) audit log
    stored = {}
    for e in entries:
        if e["action"] == "attachment.store" and e.get("after"):
            try:
                after = json.loads(e["after"])
            except ValueError:
                continue
            stored[after.get("attachment")] = after
    for a in attachments:
        name = a["path"]
        try:
            data = read(name)
        except OSError:
            failures.append("attachment %s is missing" % name)
            continue
        if sha256(data) != a["sha256"] or len(data) != a["size"]:
            failures.append("attachment %s: SHA-256 %s (%d bytes), stored as %s (%d bytes)"
                            % (name, sha256(data), len(data), a["sha256"], a["size"]))
        recorded = stored.get(a["id"])
        if recorded is None:
            failures.append("attachment %s: no attachment.store entry records it" % name)
        elif recorded.get("sha256") != sha256(data):
            failures.append("attachment %s: the audit log recorded SHA-256 %s at its upload, the file has %s"
                            % (name, recorded.get("sha256"), sha256(data)))
    ok.append("%d attachments against the audit log" % len(attachments))

    # 6. the fingerprint of the submitted content, as the submission recorded it
    fingerprint = application.get("fingerprint")
    if fingerprint:
        found = False
        for e in entries:
            try:
                after = json.loads(e["after"]) if e.get("after") else None
            except ValueError:
                after = None
            if isinstance(after, dict) and after.get("fingerprint") == fingerprint:
                found = True
        if not found:
            failures.append("the fingerprint %s is in no audit entry of the application" % fingerprint)
        else:
            ok.append("fingerprint %s… recorded in the audit log" % fingerprint[:16])

    verified = chain.get("verifiedAtExport", {})
    if not verified.get("intact", False):
        failures.append("at the export the server found the chain broken at entry %s: %s"
                        % (verified.get("firstBrokenSeq"), verified.get("problem")))

    for line in ok:
        print("checked: " + line)
    if failures:
        for f in failures:
            print("FAILED: " + f)
        print("校验失败 / the dossier does NOT check: %d problem(s)" % len(failures))
        return 1
    print("校验通过 / the dossier checks: application %s, chain head entry %d %s"
          % (application["id"], head["seq"], head["hash"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
