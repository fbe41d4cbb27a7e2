#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every user-visible string is translated: runs lupdate over the UI sources into copies of the .ts
files, then fails listing each message that is new or unfinished in zh_CN, et or pl (and each plural
string without English forms). The repository's .ts files are not touched.
usage: check-translations.py LUPDATE SOURCE_DIR"""
import pathlib, re, shutil, subprocess, sys, tempfile

lupdate, source = sys.argv[1], pathlib.Path(sys.argv[2])
ts_dir = source / "assets" / "translations"
inputs = [str(p) for p in sorted((source / "qml").glob("*.qml"))]
inputs += [str(p) for p in sorted((source / "app" / "kiosk").glob("*.cpp"))]
inputs += [str(p) for p in sorted((source / "app" / "kiosk").glob("*.h"))]
# The libraries whose messages reach the screen (as app/kiosk/CMakeLists.txt gives them to lupdate).
for library in ["app/net", "app/tote", "app/catalogcache"]:
    inputs += [str(p) for p in sorted((source / library).glob("*.cpp"))]
inputs += [str(p) for p in sorted((source / "hardware").glob("*/*.cpp"))]
message = re.compile(r"<message[ >].*?</message>", re.S)
problems = []
with tempfile.TemporaryDirectory() as tmp:
    for lang in ["en", "zh_CN", "et", "pl"]:
        ts = pathlib.Path(tmp) / f"omnitote_{lang}.ts"
        shutil.copy(ts_dir / ts.name, ts)
        run = subprocess.run([lupdate, "-silent", "-locations", "none", *inputs, "-ts", str(ts)],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"lupdate failed: {run.stderr}")
        for block in message.findall(ts.read_text(encoding="utf-8")):
            if 'type="unfinished"' not in block:
                continue
            if lang == "en" and 'numerus="yes"' not in block:
                continue  # English is the source language
            src = re.search(r"<source>(.*?)</source>", block, re.S).group(1)
            problems.append(f"{lang}: untranslated: {src}")
for problem in problems:
    print(problem)
print(f"{len(problems)} untranslated message(s)")
sys.exit(1 if problems else 0)
