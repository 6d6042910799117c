#!/usr/bin/env python3
"""`make kubernetes-check`: the manifests in docs/kubernetes/ parse as YAML and agree with each
other, with the Dockerfile and with galley's version. No cluster needed. Exit 1 with a list of
what is wrong."""
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
problems = []


def check(condition, message):
    if not condition:
        problems.append(message)


def load(name):
    with open(HERE / name, encoding="utf-8") as file:
        return [doc for doc in yaml.safe_load_all(file) if doc is not None]


(batch,) = load("galley-batch-job.yaml")
(merge,) = load("galley-merge-job.yaml")
claims = {doc["metadata"]["name"]: doc for doc in load("volumes.yaml")}
dockerfile = (HERE / "Dockerfile").read_text(encoding="utf-8")
version = re.search(r'static let current = "(.*)"', (ROOT / "Sources/GalleyKit/Version.swift").read_text()).group(1)

# The batch Job.
spec = batch["spec"]
pod = spec["template"]["spec"]
(container,) = pod["containers"]
check(batch["kind"] == "Job" and batch["apiVersion"] == "batch/v1", "galley-batch is not a batch/v1 Job")
check(spec.get("completionMode") == "Indexed", "galley-batch: completionMode must be Indexed")
shards = int(next(e["value"] for e in container["env"] if e["name"] == "SHARDS"))
check(spec["completions"] == shards, f"completions {spec['completions']} != SHARDS {shards}")
check(1 <= spec["parallelism"] <= spec["completions"], "parallelism must be between 1 and completions")
check(spec.get("podReplacementPolicy") == "Failed", "podReplacementPolicy must be Failed")
check(isinstance(spec.get("backoffLimitPerIndex"), int), "backoffLimitPerIndex missing")
check(pod.get("restartPolicy") == "Never", "podFailurePolicy needs restartPolicy: Never")
rules = spec.get("podFailurePolicy", {}).get("rules", [])
check(
    any(r["action"] == "FailIndex" and r.get("onExitCodes", {}).get("operator") == "In"
        and 1 in r["onExitCodes"]["values"] and r["onExitCodes"].get("containerName") == container["name"]
        for r in rules),
    "podFailurePolicy has no FailIndex rule on exit 1 of the galley container")
command = " ".join(container["command"] + container["args"])
check("--shard" in command and "JOB_COMPLETION_INDEX + 1" in command and "$SHARDS" in command,
      "the batch command must take --shard $((JOB_COMPLETION_INDEX + 1))/$SHARDS")
jobs = int(re.search(r"--jobs (\d+)", command).group(1))
check(int(container["resources"]["requests"]["cpu"]) == jobs, "requests.cpu should equal --jobs")
header = (HERE / "galley-batch-job.yaml").read_text(encoding="utf-8")
check("1.29" in header, "the comments must say backoffLimitPerIndex needs Kubernetes 1.29+")
check("must both equal" not in header, "parallelism need not equal N: only completions must")

# Volumes: the output is written from pods on several nodes.
mounts = {m["name"]: m for m in container["volumeMounts"]}
for volume in pod["volumes"]:
    name = volume["persistentVolumeClaim"]["claimName"]
    check(name in claims, f"claim {name} is not defined in volumes.yaml")
    if name in claims:
        modes = claims[name]["spec"]["accessModes"]
        writable = not mounts[volume["name"]].get("readOnly", False)
        needed = "ReadWriteMany" if writable else "ReadOnlyMany"
        check(needed in modes or "ReadWriteMany" in modes, f"claim {name}: {modes}, needs {needed}")

# The merge Job: the same image and output claim, the merge command.
(merge_container,) = merge["spec"]["template"]["spec"]["containers"]
check(merge_container["command"][:3] == ["galley", "manifest", "merge"], "galley-merge does not run galley manifest merge")
check(merge_container["image"] == container["image"], "the two Jobs use different images")
merge_claims = {v["persistentVolumeClaim"]["claimName"] for v in merge["spec"]["template"]["spec"]["volumes"]}
out_claim = next(v["persistentVolumeClaim"]["claimName"] for v in pod["volumes"] if v["name"] == "out")
check(merge_claims == {out_claim}, "galley-merge must mount the batch's output claim")

# The image: built from the Dockerfile, tagged with galley's version.
check(re.search(r"^FROM debian:12", dockerfile, re.M) is not None, "the Dockerfile is not based on Debian 12")
check(f"ARG VERSION={version}" in dockerfile, f"the Dockerfile's VERSION is not {version}")
check(f"-t {container['image']} " in dockerfile, f"the Dockerfile's build line does not tag {container['image']}")
check(container["image"].endswith(":" + version), f"the image tag is not the version {version}")
check("build-essential" not in dockerfile and "-dev" not in dockerfile, "the image should hold runtime packages only")

if problems:
    print("kubernetes-check: FAILED\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"kubernetes-check: 4 manifests parse; Indexed Job of {shards} shards, merge Job and Dockerfile agree (galley {version})")
