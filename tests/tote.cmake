# SPDX-License-Identifier: MIT
# The tote: local store + outbox, the sync engine, the kiosk's tote model and controller, and the
# fault-injection proof against the real server behind a misbehaving proxy.
omnitote_add_test(NAME totestoretest SOURCES unit/totestoretest.cpp LIBS omnitote-tote LABELS unit)
