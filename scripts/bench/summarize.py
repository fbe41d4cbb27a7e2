#!/usr/bin/env python3
"""Turn the wrk outputs of one bench-server.sh run into a Markdown table (stdout)."""
import csv
import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNITS[match.group(2)] if match else None


def parse(path):
    text = path.read_text()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
    total = re.search(r"(\d+) requests in ([\d.]+\w+)", text)
    p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
    problems = []
    if socket := re.search(r"Socket errors: (.*)", text):
        problems.append("socket errors: " + socket.group(1))
    if non2xx := re.search(r"Non-2xx or 3xx responses: (\d+)", text):
        problems.append(non2xx.group(1) + " non-2xx")
    return {
        "rps": float(rps.group(1)) if rps else None,
        "requests": total.group(1) if total else "?",
        "p50": to_ms(p50.group(1)) if p50 else None,
        "p99": to_ms(p99.group(1)) if p99 else None,
        "problems": "; ".join(problems) or "none",
    }


def fmt(value, digits):
    return "?" if value is None else f"{value:.{digits}f}"


def main():
    out = pathlib.Path(sys.argv[1])
    print(f"Results in `{out}`\n")
    print((out / "machine.txt").read_text().strip().replace("\n", "  \n"))
    print()
    print("| run | requests/s | p50 ms | p99 ms | requests | errors | load before | drain before ms | command |")
    print("|---|---:|---:|---:|---:|---|---:|---:|---|")
    with open(out / "runs.tsv") as runs:
        for row in csv.DictReader(runs, delimiter="\t"):
            r = parse(out / f"wrk-{row['name']}.txt")
            command = re.sub(r"Bearer [A-Za-z0-9_\-]+", "Bearer $TOKEN", row["command"])
            command = command.replace(str(REPO) + "/", "")
            # runs.tsv holds the arguments unquoted; quote the ones a shell would split.
            command = re.sub(r"-H (Authorization: Bearer \$TOKEN|Accept-Encoding: gzip)", r"-H '\1'", command)
            command = re.sub(r" (http://\S*&\S*)$", r" '\1'", command)
            command = command.replace("|", "\\|")
            if r["requests"] == "0":
                r["p50"] = r["p99"] = None
                r["problems"] += " (0 answers within the run)"
            print(f"| {row['name']} | {fmt(r['rps'], 0 if (r['rps'] or 0) >= 100 else 1)} | {fmt(r['p50'], 2)} | {fmt(r['p99'], 2)} "
                  f"| {r['requests']} | {r['problems']} | {row['load_before']} | {row.get('drain_ms', '')} | `{command}` |")


if __name__ == "__main__":
    main()
