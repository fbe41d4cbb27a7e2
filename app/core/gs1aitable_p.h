// SPDX-License-Identifier: MIT
#pragma once

namespace Omnitote::Gs1::Detail {

/** One row of the GS1 AI table as written in the source; gs1.cpp expands and parses it once. */
struct AiTableEntry
{
    const char *ai;
    const char *format;
    const char *title;
    int lastN; // >= 0: the AI ends in 'n' and stands for n = 0..lastN
};

extern const AiTableEntry aiTable[];
extern const int aiTableSize;

} // namespace Omnitote::Gs1::Detail
