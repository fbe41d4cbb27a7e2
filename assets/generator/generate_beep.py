#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes assets/sounds/beep.wav: the short scan confirmation tone (80 ms, 2.7 kHz, 16-bit mono).

Generated rather than downloaded so its origin and licence are plain; rerun to change the tone.
"""
import math
import pathlib
import struct
import wave

RATE = 22050
SECONDS = 0.08
FREQUENCY = 2700.0
FADE = int(RATE * 0.005)  # 5 ms ramps: no click at either end

out = pathlib.Path(__file__).resolve().parent.parent / "sounds" / "beep.wav"
count = int(RATE * SECONDS)
samples = []
for i in range(count):
    envelope = min(1.0, i / FADE, (count - 1 - i) / FADE)
    samples.append(int(0.5 * 32767 * envelope * math.sin(2 * math.pi * FREQUENCY * i / RATE)))
with wave.open(str(out), "wb") as wav:
    wav.setnchannels(1)
    wav.setsampwidth(2)
    wav.setframerate(RATE)
    wav.writeframes(struct.pack("<%dh" % count, *samples))
