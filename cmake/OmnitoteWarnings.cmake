# SPDX-License-Identifier: MIT
# Warnings are errors in our own code (never in generated or third-party code).
function(omnitote_strict_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
endfunction()
