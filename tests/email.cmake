# SPDX-License-Identifier: MIT
# Email my list and identify by email (issue 7, server side): the MIME builder without a network,
# then the API and the sender against a real SMTP server (Debian's python3-aiosmtpd, run by the test
# on loopback through tests/scripts/smtpsink.py) on SQLite and PostgreSQL.
omnitote_add_test(NAME mimemessagetest SOURCES unit/mimemessagetest.cpp LIBS omnitote-server-lib LABELS unit)

omnitote_add_test(NAME emailapitest SOURCES integration/emailapitest.cpp
    LIBS omnitote-testsupport omnitote-net LABELS integration FIXTURES postgres
    ENVIRONMENT ${OMNITOTE_TEST_PG_ENV} TIMEOUT 300)
# limitsHoldUnderConcurrentRequests runs several omnitote-server processes on one PostgreSQL database.
target_compile_definitions(emailapitest PRIVATE OMNITOTE_SERVER_BINARY="$<TARGET_FILE:omnitote-server>")
add_dependencies(emailapitest omnitote-server)
