# SPDX-License-Identifier: MIT
# Email my list and identify by email (issue 7, server side): the MIME builder without a network,
# then the API and the sender against a real SMTP server (Debian's python3-aiosmtpd, run by the test
# on loopback through tests/scripts/smtpsink.py) on SQLite and PostgreSQL.
omnitote_add_test(NAME mimemessagetest SOURCES unit/mimemessagetest.cpp LIBS omnitote-server-lib LABELS unit)

# The system interpreter: Debian's python3-aiosmtpd lives there, not in a pyenv or venv on PATH.
find_program(OMNITOTE_SYSTEM_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT OMNITOTE_SYSTEM_PYTHON3)
    find_program(OMNITOTE_SYSTEM_PYTHON3 python3)
endif()
omnitote_add_test(NAME emailapitest SOURCES integration/emailapitest.cpp
    LIBS omnitote-testsupport omnitote-net LABELS integration FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} TIMEOUT 300)
target_compile_definitions(emailapitest PRIVATE OMNITOTE_PYTHON3="${OMNITOTE_SYSTEM_PYTHON3}")
